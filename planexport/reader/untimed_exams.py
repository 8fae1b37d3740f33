"""Why a timetable of exams with start times only has no timed block.

`| Subject | Date | Time | Venue |` under `## Exam timetable`, rows such as `| Physics | May 14 |
9:00 AM | Hall 2 |`: each exam is dated and starts at its time, but how long it lasts is written
nowhere, and an exam does not last until the next row's start (see `dated_row_starts`). When
every day found is such a row, the plan is refused with that said, and how to give the length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.dated_row_starts import exam_table, start_column

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["untimed_exams"]


def untimed_exams(nodes: list[Node], spans: list[DaySpan]) -> tuple[int, str] | None:
    """The line and message of a plan whose days are all dated rows of one table of exams with
    start times and no length; else None."""
    if not spans or any(span.table is None for span in spans):
        return None
    starts = {span.start for span in spans}
    if len(starts) != 1:
        return None
    (start,) = starts
    node = nodes[start]
    if node.kind != "table" or start_column(node) is None or not exam_table(nodes, start):
        return None
    rows = len(node.rows) - 1
    count = len(spans)
    return node.row_lines[1] if len(node.row_lines) > 1 else node.line, (
        f"no timed blocks found ({rows} exam{'s' * (rows != 1)} on {count} "
        f"date{'s' * (count != 1)} found, each with a start time and no length; an exam lasts "
        "as long as it is written to, not until the next one starts: write each one's end, "
        "such as '| 9:00 AM – 12:00 PM |', or add a Duration column)"
    )
