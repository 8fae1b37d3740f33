"""Lengths written as a sum: `65 + 60 min`, `20 + 25 + 30 Min.`, `1h + 30 min` (one length)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["break_after", "has_plus", "plus_sum"]

# "65 + " right before "60 min": a number that takes the unit of the length after it. It
# stands at the start, after a bracket, a bar, a colon or a dash ("(65 + 60 min)",
# "| 65 + 60 min |"), never after a word ("Chapter 3 + 30 min review" is a chapter).
_BARE_BEFORE = lazy(
    r"(?:^|(?<=[(\[|:=,~*_+\u2013\u2014-])|(?<=[(\[|:=,~*_+\u2013\u2014-]\s))"
    r"(?P<n>\d{1,3})\s*\+\s*$"
)
_PLUS = lazy(r"\s*\+\s*")
# "15 min break", "15 Min. Pause", "10 minutos de descanso", "10 minuti di pausa", "10 min pauze"
_BREAK_AFTER = lazy(
    r"[\s:.]*(?:(?:of|de|di|van)\s+|d['\u2019]\s*)?"
    r"(?:breaks?|pauses?|pausa|pausen|pauze|descanso|intervalo|rest|repos|riposo|rust)\b",
    re.IGNORECASE,
)
_PLUS_DIGIT = lazy(r"\+\s*\d")
_ONE_NUMBER = lazy(r"^(?P<n>\d{1,3})\s*[^\W\d_]")

Span = tuple[int, int, int, int]  # start, end, low and high minutes


def plus_sum(text: str, found: Span, after: Callable[[int], Span | None]) -> Span:
    """`found` with the lengths a `+` joins to it: bare numbers before it in its unit (`65 +`
    of `65 + 60 min`) and lengths right after it (`+ 30 min` of `1h + 30 min`); `after(pos)`
    is the length (not a clock time) that starts at `pos`, else None."""
    start, end, lo, hi = found
    one = _ONE_NUMBER.match(text[start:end])
    if one is not None and lo == hi and int(one["n"]) > 0:
        per = hi / int(one["n"])  # minutes in one of the length's units
        while (bare := _BARE_BEFORE.search(text, 0, start)) is not None:
            added = round(int(bare["n"]) * per)
            start, lo, hi = bare.start(), lo + added, hi + added
    while (plus := _PLUS.match(text, end)) is not None:
        more = after(plus.end())
        if more is None or break_after(text, more[1]) is not None:
            break  # "45 min + 15 min break": the break is a gap, not more of the work
        end, lo, hi = more[1], lo + more[2], hi + more[3]
    return start, end, lo, hi


def has_plus(text: str) -> bool:
    """Whether a line may hold a sum of lengths at all (most lines hold no `+`)."""
    return "+" in text and _PLUS_DIGIT.search(text) is not None


def break_after(text: str, pos: int) -> int | None:
    """Where the break word after the length that ends at `pos` ends (`15 min break`, `15 Min.
    Pause`, `10 minutos de descanso`): that length is a gap after the work, not more of it.
    None when no break word follows."""
    found = _BREAK_AFTER.match(text, pos)
    return None if found is None else found.end()
