"""A day number written again for another day: `DÍA 5 - Martes 9 de septiembre`, then
`DÍA 5 - Miércoles 7 de octubre`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan

__all__ = ["renumbered"]


def _apart(first: DaySpan, span: DaySpan) -> bool:
    """Whether two headings of one day number name different days: other dates, or other
    weekdays."""
    if len(first.numbers) != 1 or len(span.numbers) != 1:
        return False  # "Days 3–4" then "Day 4": day 4 written twice
    if first.date is not None and span.date is not None:
        return first.date != span.date
    return first.weekday is not None and span.weekday is not None and first.weekday != span.weekday


def renumbered(
    first: DaySpan,
    span: DaySpan,
    *,
    week: int | None,
    after: int,
    taken: set[tuple[int | None, int]],
    ctx: Ctx,
) -> int | None:
    """The number `span` takes when it repeats the number of `first` but names another date or
    weekday: the first free number after `after` (the day read just before), with a warning
    naming both lines; None when nothing tells the two apart."""
    if not _apart(first, span):
        return None
    number = after + 1
    while (week, number) in taken:
        number += 1
    taken.add((week, number))
    written = span.numbers[0]
    if not span.title.strip(" *_"):
        span.title = f"Day {written}"  # as the plan numbers it, not "Day 3"
    what = "date" if first.date is not None and span.date is not None else "weekday"
    ctx.warn(
        span.line,
        f"day {written} is numbered again (first at line {first.line}) with another {what}: "
        f"two days, this one read as day {number}",
    )
    return number
