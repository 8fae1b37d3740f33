"""A plan that starts at `Day 0` (a setup day before Day 1): its days counted from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["from_day_zero"]


def from_day_zero(spans: list[DaySpan], nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """`spans`, each numbered one more when one of them is `Day 0` (`## Day 0: Setup` over
    timed lines): a person reads it as the plan's first day, so `Day 0` is day 1 of the plan
    and `Day 1` day 2, in order; the titles stay as written and one warning says so. Plans
    whose days start at 1 are returned as they are (a `Day 0` over prose is no day at all)."""
    zero = next((span for span in spans if 0 in span.numbers), None)
    if zero is None:
        return spans
    for span in spans:
        if len(span.numbers) == 1 and not span.title.strip(" *_"):
            span.title = f"Day {span.numbers[0]}"  # as the plan numbers it, not "Day 3"
        span.numbers = [number + 1 for number in span.numbers]
    said = unwrap(nodes[zero.start].text) if zero.start < len(nodes) else "Day 0"
    ctx.warn(
        zero.line,
        f'"{said.strip(" #*_")}" is read as the plan\'s first day: its days are counted from it'
        " (Day 1 is day 2)",
    )
    return spans
