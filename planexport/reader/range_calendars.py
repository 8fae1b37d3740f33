"""A calendar of date ranges with nothing timed in it, in no day: said, since nothing reads it.

`### Daily Study Structure` over `| **6:30 – 8:00 AM** | Biology |`, then month by month a
table `| Date Range | Days | Biology | Physics |` over `| **Nov 4–5** | 2 | Cells | Units |`:
each row names the topics of a few dates, with no time or length. The daily structure is what
the plan times; the ranges are not read as days, and a person expecting them in the schedule is
told so once for each table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.dates import month_day
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["range_calendar"]

# After the first date of a cell: a dash and the range's last day (`Nov 4–5`, `Jan 30 – Feb 2`).
_TO = lazy(r"\s*[-–—]\s*(?:\d|[^\W\d_]{3,}\.?\s*\d)")
_MARKS = "*_` "


def range_calendar(node: Node) -> str | None:
    """The first range of `node`, a table whose rows (at least two, and most of them) open with a
    range of dates (`| **Nov 4–5** | … |`) and whose cells give no time or length; else None."""
    rows = node.rows[1:]
    if len(rows) < 2:
        return None
    ranges: list[str] = []
    for row in rows:
        if not row:
            continue
        first = row[0].strip(_MARKS)
        if "–" not in first and "-" not in first and "—" not in first:
            continue  # the cheap question first: no dash, no range
        if month_day(first)[0] is None:
            continue
        if _TO.match(first, _date_end(first)):
            ranges.append(first)
    if len(ranges) < 2 or 2 * len(ranges) <= len(rows):
        return None
    for row in rows:
        if any(find_duration(cell) or find_point_time(cell) is not None for cell in row):
            return None  # "| Nov 4–5 | 2h |": a timed row, said or read elsewhere
    return ranges[0]


def _date_end(text: str) -> int:
    """Where the first date of `text` (`Nov 4`, `4 Nov`, `11/4`) ends: after its first number."""
    at = 0
    while at < len(text) and not text[at].isdigit():
        at += 1
    while at < len(text) and text[at].isdigit():
        at += 1
    if at < len(text) and text[at] in "/.":
        # "11/4–11/5": the date's second number belongs to it
        at += 1
        while at < len(text) and text[at].isdigit():
            at += 1
    return at
