"""A Markdown table of parallel tracks (`| Time | Developer Track | IT Pro Track |`, a row of one
cell for what they share: `| 11:15 - 11:30 | Morning tea |`): one slot per row, titled by its
sessions (`Identity / Migrations`), as an HTML programme of tracks is read; only the first
track was read, the others dropped unsaid."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["tracked"]

# Header words of a column that is a track of the programme ("Developer Track", "Room B").
_TRACK_WORDS = frozenset(("track", "room", "stage", "hall", "sala", "saal", "salle", "raum",
                          "zaal", "aula", "auditorium", "trilha", "pista"))  # fmt: skip


def tracked(node: Node) -> Node | None:
    """The table with each row's parallel sessions joined in one cell after its time, or None
    when it is not a table of two or more tracks named in its header with times in order."""
    if node.html or len(node.rows) < 3 or len(node.rows[0]) < 3:
        return None
    from planexport.reader.track_groups import numbered_groups, repeated_times

    rows = repeated_times(node.rows)  # "| Time | Lab 1 | Time | Lab 2 |": the times once
    if sum(bool(_TRACK_WORDS & _words(cell)) for cell in rows[0][1:]) < 2:
        groups = numbered_groups(rows)  # "| Time | CG LAB 1 | CG LAB 2 |": a slot a row
        return dataclasses.replace(node, rows=groups) if groups is not None else None
    from planexport.reader.html_tracks import joined_tracks

    rows = [_shared(row) for row in rows]
    joined = joined_tracks(rows)
    if joined is None or len(joined[0]) != len(rows):
        return None
    return dataclasses.replace(node, rows=joined[0])


def _words(cell: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", fold(unwrap(cell))))


def _shared(row: list[str]) -> list[str]:
    """A row whose tracks all hold one session (`| 8:30 | Keynote | Keynote |`) as one cell."""
    rest = [cell for cell in row[1:] if cell.strip()]
    if len(rest) > 1 and len({cell.strip() for cell in rest}) == 1:
        return [row[0], rest[0]]
    return row
