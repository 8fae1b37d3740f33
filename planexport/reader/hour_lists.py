"""A time column whose cells list the hours they cover, one a line (`| 9<br>10 | Rise |`,
`| 11<br>12<br>1<br>2 | Work on the thesis |`, `| 5 | Walk |` under `Hour`): each cell a slot
from its first hour to the hour after its last, the hours running on from row to row as a clock
does (`12`, then `1` is 13:00)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["listed_hours", "may_list_hours"]

# "9<br>10", "11<br/>12<br>1", "5": bare hours, one a line.
_HOURS = lazy(r"^\s*(?:[01]?\d|2[0-3])(?:\s*<br\s*/?>\s*(?:[01]?\d|2[0-3]))*\s*$", re.IGNORECASE)
_BREAK = lazy(r"\s*<br\s*/?>\s*", re.IGNORECASE)
# A header that names the hours, or none: "Hour", "Stunde", "Hora", "Heure", "Ora", "Uur".
_HEADS = ("", "hour", "time", "stunde", "zeit", "uhrzeit", "hora", "horas",
          "horario", "heure", "heures", "horaire", "ora", "ore", "orario", "uur",
          "tijd")  # fmt: skip
# Listed hours start from the morning on: `1<br>2` alone could be night or afternoon.
_MORNING = 5


def may_list_hours(node: Node) -> bool:
    """A cheap check: whether a table has a cell that starts with a digit and holds a `<br>`."""
    return node.kind == "table" and any(
        cell[:1].isdigit() and "<br" in cell.lower() for row in node.rows[1:] for cell in row
    )


def _clock(lists: list[list[int]]) -> list[tuple[int, int]] | None:
    """Each cell's slot in hours of the day: a cell's hours one after the other, and each cell
    from the first hour on the clock, at or after the one before ends, that it may mean (`3`
    after 12:00 is 15:00, on a 12-hour clock as on a 24-hour one); None when a cell's hours do
    not follow each other or the day would pass midnight."""
    if not lists or not lists[0] or lists[0][0] < _MORNING:
        return None
    end = 0
    slots: list[tuple[int, int]] = []
    for hours in lists:
        first = next((h for h in (hours[0], hours[0] + 12) if h >= end and hours[0] < 24), None)
        if first is None or (hours[0] > 12 and first != hours[0]):
            return None
        now = first
        for hour in hours[1:]:
            now += 1
            if hour not in (now, now - 12):
                return None
        end = now + 1
        if end > 24:
            return None
        slots.append((first, end))
    return slots


def listed_hours(node: Node) -> Node:
    """The table with its column of listed hours written as spans (`09:00-11:00`) and the
    columns that are empty in every row, its header too, left out; the table as it is when no
    column lists hours, two in one cell at least, under a header of hours or none."""
    rows = node.rows
    if len(rows) < 3:
        return node
    width = max(len(row) for row in rows)
    for col in range(width):
        head = fold(unwrap(rows[0][col] if col < len(rows[0]) else "")).strip(" *_:")
        cells = [row[col] if col < len(row) else "" for row in rows[1:]]
        if head not in _HEADS or not all(_HOURS.match(cell) for cell in cells):
            continue
        lists = [[int(hour) for hour in _BREAK.split(cell.strip())] for cell in cells]
        slots = _clock(lists) if any(len(hours) >= 2 for hours in lists) else None
        if slots is None:
            continue
        spans = [f"{start:02d}:00-{end % 24:02d}:00" for start, end in slots]
        body = zip(rows[1:], spans, strict=True)
        written = [list(rows[0]), *([*row[:col], span, *row[col + 1 :]] for row, span in body)]
        empty = {
            c
            for c in range(width)
            if all(not (row[c] if c < len(row) else "").strip() for row in written)
        }
        kept = [[cell for c, cell in enumerate(row) if c not in empty] for row in written]
        return dataclasses.replace(node, rows=kept)
    return node
