"""A day's timetable followed by sections that detail its rows: the timetable is the day.

`## Tagesstruktur` over `| 07:30 – 09:00 | **Lernblock 1** | Mathe |` …, then `## Im Detail`
over `### Block 1 – Mathe (07:30 – 09:00)`: the headings repeat the rows' spans, so they are
those blocks' details (their notes), not the plan's day in place of the timetable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.days import DaySpan
from planexport.reader.detail_sections import heading_span
from planexport.reader.outline import unwrap
from planexport.reader.overview_rows import overview_rows, repeated_row

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["table_over_details"]


def table_over_details(nodes: list[Node], chosen: list[DaySpan]) -> list[DaySpan]:
    """The one day of a plan without day headings: the timetable's section through the sections
    that detail its rows, when `chosen` starts at a timed heading that repeats a row of a
    timetable before it (its span, a like title: `overview_rows`); else `chosen`."""
    if len(chosen) != 1:
        return chosen
    span = chosen[0]
    first = span.start + 1
    if first >= span.end or heading_span(nodes[first]) is None:
        return chosen
    table = next((j for j in range(first - 1, -1, -1) if overview_rows(nodes[j])), None)
    if table is None or repeated_row(nodes[first], overview_rows(nodes[table])) is None:
        return chosen  # a later heading may name something else (`### 14:00–15:00 Heaps`)
    head = next((j for j in range(table - 1, -1, -1) if nodes[j].kind == "heading"), None)
    if head is None:
        return [DaySpan(-1, span.end, nodes[0].line, [1], "", 0)]
    level = nodes[head].level
    parent = next(
        (
            j
            for j in range(head - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        None,
    )
    # As a timetable's section is: the day takes the name of what it is under, else its own.
    title = unwrap(nodes[parent].text) if parent is not None else unwrap(nodes[head].text)
    return [DaySpan(head, span.end, nodes[head].line, [1], title, level, parent=parent)]
