"""Numbered day lines that only recap days the plan writes out under weekday headings.

`#### **Monday, December 2** - DAY 22` over `- Videos - 2 hours` lines, and far below them a
progress checklist `- [ ] Day 22: Section 2.4 complete`: the weekday days are the plan, the
numbered lines a recap with no length; they do not take the plan's place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from planexport.reader.day_headings import weekday_heading
from planexport.reader.outline import Node, unwrap
from planexport.reader.sections import timed

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan

__all__ = ["over_recap"]


def _untimed(nodes: list[Node], span: DaySpan) -> bool:
    return span.length is None and span.table is None and not timed(nodes[span.start : span.end])


def over_recap(
    nodes: list[Node],
    numbered: list[DaySpan],
    weekdays: Callable[[], list[DaySpan]],
    ctx: Ctx | None = None,
) -> list[DaySpan] | None:
    """The weekday days when every numbered day is untimed and some weekday day is timed and
    stands before them all; `numbered` itself when a day table takes the place of those bold
    day lines (table_over_lines); else None (the numbered days stay)."""
    if ctx is not None:
        from planexport.reader.table_over_lines import table_over_lines

        if table_over_lines(nodes, numbered, ctx):
            return numbered  # "1. **Day 28**: Full build" beside "| 28 | Build | … | 8 |"
    first = min((span.start for span in numbered), default=0)
    if not any(
        node.kind == "heading" and weekday_heading(unwrap(node.text)) for node in nodes[:first]
    ):
        return None  # no weekday heading before the numbered days: nothing they could recap
    if not all(_untimed(nodes, span) for span in numbered):
        return None
    found = weekdays()
    if not found or any(span.start >= first for span in found):
        return None  # weekday days after or among the numbered ones: not a recap
    if all(_untimed(nodes, span) for span in found):
        return None
    return found
