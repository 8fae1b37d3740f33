"""A day's length said by a sentence of its own before the days, with no label before it.

Day-by-day plans often say how long a day is once, in their opening lines, as a sentence that
starts with the length:

    > **How to use this plan.** 2 hours/day × 6 days/week × 12 weeks = 72 days.
    > 3-4 hours per day. Adjust by an hour to fit your week.

Read as a label's length is (`Daily time: 2 hours`): each day that gives no time of its own is
one block that long. The length must start its sentence (the line, or after a sentence's end or
a bold lead) and be followed by a word of a day (`/day`, `per day`, `a day`), then by the end of
the sentence or the next factor of a budget (`×`, `x`, `,`, `;`, `(`, a dash): `30 min/day of
reading` is an activity's length, not the day's, and `Spend 2 hours a day` is not a statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import DAY_WORDS, PER_DAY_WORDS

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["sentence_daily"]

# Where a sentence starts: the line's start, or after a sentence's end, a colon or a dash.
_STARTS = lazy(r"(?:^|[.!?:;—–][*_]*\s+|\s-\s)[\W_]*?$")
# A day's word right after the length, then the end of the sentence or a budget's next factor.
_DAILY_THEN = lazy(rf"\s*(?:/\s*{DAY_WORDS}\b|{PER_DAY_WORDS}\b)\s*(?:$|[.×*,;(—–\-]|\s*x\s)")


def sentence_daily(text: str) -> Found | None:
    """The day's length a sentence starts with (`2 hours/day × 6 days/week`), or None."""
    if "day" not in text and "Day" not in text and "DAY" not in text:
        return None  # cheap: every form below says "day" (`/day`, `per day`, `a day`)
    plain = unwrap(text).strip()
    found = find_duration(plain)
    while found is not None:
        if found.at is None and _STARTS.search(plain[: found.start]) is not None:
            return found if _DAILY_THEN.match(plain, found.end) is not None else None
        found = find_duration(plain, found.end)
    return None
