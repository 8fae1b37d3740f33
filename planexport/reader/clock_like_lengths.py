"""Lengths that rise like the times of a day (`8.30 uur`, `9.00 uur`, `13.00 uur` read as 8 h
18 min, 9 h, 13 h): start times misread as lengths. Such a day is refused, never read as a plan
of 55 hours that `validate` would pass."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from planexport.errors import PlanError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from planexport.model import Day, Variant
    from planexport.reader.result import BlockKey

__all__ = ["refuse_clock_lengths"]

# A length from 6 hours on, as a start time of the day would be read; three in time order make
# a day's agenda, not three long sittings.
_MORNING = 6 * 60
_RUN = 3
_NAMED = 2  # how many of them the refusal names


def refuse_clock_lengths(
    day: Day, v: int, d: int, lines: Mapping[BlockKey, int], *, total: str, source: str
) -> None:
    """Refuse a day of more than 24 hours (`total`, as said) whose unpinned blocks of 6 hours or
    more, three or more of them, each last longer than the one before: times of day read as
    lengths. Raises PlanError at the first of them; does nothing for any other day."""
    variant: Variant = day.variants[v]
    long = [
        (b, block)
        for b, block in enumerate(variant.blocks)
        if block.at is None and block.min_minutes >= _MORNING
    ]
    minutes = [block.min_minutes for _, block in long]
    if len(long) < _RUN or any(a >= b for a, b in itertools.pairwise(minutes)):
        return
    named = ", ".join(f'"{block.title}" {_hours(block.min_minutes)}' for _, block in long[:_NAMED])
    raise PlanError(
        f"{_day(day.number, day.title)} reads as {total} of blocks: {named} and "
        f"{len(long) - _NAMED} more rise like times of day, not lengths; write start times "
        "as 08:30",
        file=source,
        line=lines.get((d, v, long[0][0]), 1),
    )


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


def _day(number: int, title: str) -> str:
    return title if title == f"Day {number}" else f'day {number} "{title}"'
