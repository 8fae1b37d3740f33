"""Dated rows with nothing timed in them, after a timed daily structure: not the plan's days.

`### Daily Study Structure` over `| **6:30 – 8:00 AM** | Biology |`, and far below it a
`| May 1 | Full mock test |` table of the last days before an exam: the dated rows say what
those days are for, with no time or length, and the daily structure is what the plan times.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from planexport.reader.dated_row_starts import start_column
from planexport.reader.result import ReadResult, ReadWarning
from planexport.reader.sections import timed

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["untimed_dated_rows"]


def untimed_dated_rows(nodes: list[Node], spans: list[DaySpan]) -> int | None:
    """The line of the table whose dated rows are every day found, when none of them is timed
    and timed lines come before that table; else None.

    Asked only when the days read hold no block, so a plan whose dated rows are read is never
    read otherwise.
    """
    if not spans or any(s.table is None for s in spans):
        return None
    if all(s.date is None and s.month_day is None for s in spans):
        return None  # "| Day 1 | Arrays |": numbered days, which a daily structure may time
    starts = {span.start for span in spans}
    if len(starts) != 1:
        return None  # rows of several tables: a calendar, not a list of last days
    (start,) = starts
    end = max(span.end for span in spans)
    if start <= 0 or timed(nodes[start:end]) or not timed(nodes[:start]):
        return None
    if nodes[start].kind == "table" and start_column(nodes[start]) is not None:
        return None  # "| Physics | May 14 | 9:00 AM |": dated rows with their starts
    return nodes[start].line


def dated_rows_unread(result: ReadResult, source: str, line: int) -> ReadResult:
    """`result` (the plan read as its daily structure) saying that the dated rows at `line`
    were not read as days."""
    said = ReadWarning(
        source, line, "a table of dated rows with no time or length: not read as days"
    )
    warnings = sorted((*result.warnings, said), key=lambda w: w.line)
    return replace(result, warnings=tuple(warnings))
