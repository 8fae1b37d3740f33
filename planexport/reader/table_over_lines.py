"""Bold day lines in a how-to section beside a day table that times more days.

`1. **Day 28**: Full build, fix errors` in a "How to use this guide" section, and below it a
`| Day | Focus | Output | Hours |` table of days 1 to 30, each with its hours: the table is the
plan, the lines only mention some of its days; they do not take the plan's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.sections import timed

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["table_over_lines"]


def table_over_lines(nodes: list[Node], lines: list[DaySpan], ctx: Ctx) -> bool:
    """Whether the tables' days take the place of the untimed bold day `lines`: the tables
    time more days than the lines name, among them every day the lines name."""
    if not any(node.kind == "table" for node in nodes):
        return False
    for span in lines:
        if nodes[span.start].kind != "paragraph" or span.length is not None or span.table:
            return False
        if timed(nodes[span.start : span.end]):
            return False
    from planexport.reader.blocks import Ctx as Quiet
    from planexport.reader.table_day_spans import table_spans

    days = table_spans(nodes, Quiet(ctx.source))  # asked again, with its warnings, if taken
    if len(days) <= len(lines) or not all(span.table and span.table.blocks for span in days):
        return False
    numbers = {number for span in days for number in span.numbers}
    return all(number in numbers for span in lines for number in span.numbers)
