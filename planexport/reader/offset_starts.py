"""A run sheet of start times counted from a session's start (`| 0:00 | Intro |`, `| 0:15 |
Exercise |`, `| 1:00 | Break |`, `| 1:30 | End |`): each row lasts until the next one starts, and
the rows are lengths from whenever the session begins, not clock times after midnight."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["start_offsets"]

# "0:00", "00:15", "**1:30**", "0h45", "1.10": a time alone in its cell.
_START = lazy(r"^[\s*_`]*(?P<h>\d{1,2})[:.h](?P<m>[0-5]\d)[\s*_`]*$")
_LONGEST = 6 * 60  # a run sheet longer than this from 0:00 is a day from midnight


def _minutes(cell: str) -> int | None:
    found = _START.match(cell)
    return None if found is None else int(found["h"]) * 60 + int(found["m"])


def _column(node: Node) -> tuple[int, list[int]] | None:
    """The column whose every row holds a start time, from 0:00 rising within six hours."""
    body = node.rows[1:]
    width = max((len(row) for row in body), default=0)
    for col in range(width):
        times = [_minutes(row[col]) if col < len(row) else None for row in body]
        if any(t is None for t in times):
            continue
        starts = [t for t in times if t is not None]
        if starts[0] != 0 or starts[-1] > _LONGEST:
            return None
        if all(a < b for a, b in itertools.pairwise(starts)):
            return col, starts
        return None
    return None


def start_offsets(node: Node) -> bool:
    """Rewrite a table of start times counted from 0:00 as the lengths of its rows; whether it
    was one.

    At least three rows, every one with a time in the same column, the first `0:00` (or
    `00:00`), each later than the one above, the last within six hours: each row lasts until the
    next starts (`0:15` after `0:00`: 15 min). A last row that only ends the sheet (`End`, `Ende`,
    `Fin`, `Einde`, `Fine`, `Fim`) is dropped; any other last row keeps no length and is warned
    of as a row with no time.
    """
    if len(node.rows) < 4:
        return False
    found = _column(node)
    if found is None:
        return False
    from planexport.reader.block_tables import closing_row

    col, starts = found
    rows = [list(row) for row in node.rows]
    lines = list(node.row_lines)
    for pos, (start, after) in enumerate(itertools.pairwise(starts), start=1):
        rows[pos][col] = f"{after - start} min"
    last = rows[-1]
    others = [cell for n, cell in enumerate(last) if n != col and cell.strip(" -—–")]
    if others and closing_row(others[0]) and len(others) == 1:
        del rows[-1]
        del lines[-1]
    else:
        last[col] = ""
    node.rows[:] = rows
    node.row_lines[:] = lines
    node.offsets = True  # still a timetable when a plan with no day picks its day
    return True
