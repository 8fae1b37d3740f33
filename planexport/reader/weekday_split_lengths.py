"""A daily length's weekday and weekend parts after it (`3-4 hours (2 hours weekdays minimum,
4+ hours weekends)`): the weekend's is the one next to the weekend word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKEND_WORDS, WORKWEEK_WORDS

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["weekend_part"]

_WORKWEEK = lazy(rf"(?<![^\W\d_])(?:{'|'.join(WORKWEEK_WORDS)})(?![^\W\d_])", re.IGNORECASE)
_WEEKEND = lazy(rf"(?<![^\W\d_])(?:{'|'.join(WEEKEND_WORDS)})(?![^\W\d_])", re.IGNORECASE)


def weekend_part(text: str, second: Found) -> Found | None:
    """The weekend's length on a line whose second length (`second`) a weekend word follows:
    `second` itself (`~1 hour/day weekdays, ~2 hours/day weekends`), unless the weekdays' word
    comes first after it (`2 hours weekdays minimum, 4+ hours weekends`), when it is the
    weekdays' and the next length, the weekend word after it, is the weekend's; None when no
    length is left for the weekend."""
    # Asked only of a daily length's line with a second length and a weekend word after it.
    weekend = _WEEKEND.search(text, second.end)
    workweek = _WORKWEEK.search(text, second.end)
    if weekend is None or workweek is None or workweek.start() > weekend.start():
        return second
    third = find_duration(text, workweek.end())
    if third is None or third.at is not None or third.start > weekend.start():
        return None
    return third
