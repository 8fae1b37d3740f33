"""Ranges of lengths joined by a word, in the seven languages: `2 à 3 heures`, `2 bis 3 Stunden`,
`de 1 a 2 horas`, `da 2 a 3 ore`, `2 tot 3 uur`, `2 or 3 hours`, `entre 1 et 2 heures`,
`zwischen 1 und 2 Stunden`, `from 2 to 3 hours`; and between two lengths of their own units,
`entre 15 minutes et 2 heures`, `between 20 min and 1 hour`, `zwischen 30 Minuten und 2 Stunden`.

`durations` finds the length the range ends in (`3 heures`); this finds the bare number and
the words before it, so the range is read whole (120–180 min) and its words leave the title.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from planexport.reader.lazy import lazy

__all__ = ["between_lengths", "range_after", "range_before"]

_NUM = r"\d+(?:[.,]\d+)?"
# "between 1 and 2": the words that open a range whose ends an "and" joins.
_BETWEEN = r"between|entre|zwischen|tra|fra|tussen"
_AND = r"and|et|und|y|e|en"
# "from 2 to 3": the words that may open a range joined by "to".
_FROM = r"from|von|de|desde|du|da|dal|van"
# "2 to 3", "2 or 3": the words that join the two ends.
_TO = r"to|till|until|bis|a|à|al|ao|até|ate|tot|or|oder|o|ou|of"
# Before a number: a word of its own, never the end of a longer one (`1.5`, `9:30`, `x2`).
_EDGE = r"(?<![\w.,:/])"
_BEFORE = lazy(
    rf"{_EDGE}(?:(?P<between>{_BETWEEN})\s+(?P<lo1>{_NUM})\s+(?:{_AND})"
    rf"|(?:(?P<from>{_FROM})\s+)?(?P<lo2>{_NUM})\s+(?:{_TO}))\s+$"
    # "from 2-3 hours", "de 1 a 2 horas" already joined: only the word before it
    rf"|{_EDGE}(?P<lead>{_FROM}|{_BETWEEN})\s+$",
    re.IGNORECASE,
)
_FIRST = lazy(rf"{_NUM}")
# "entre 15 minutes et 2 heures": the word before the first length and the one after it.
_OPENS = lazy(rf"{_EDGE}(?:{_BETWEEN})\s+$", re.IGNORECASE)
_JOINS = lazy(rf"\s+(?:{_AND})\s+", re.IGNORECASE)
# A range of hours past a working day's length is read as it was: `de 9 à 11 heures` is rather
# a time of day than nine to eleven hours.
_LONGEST = 8 * 60
_WINDOW = 40  # characters before the length: the longest range words and number fit


def range_before(
    text: str, start: int, lo: int, hi: int, *, pos: int = 0
) -> tuple[int, int, int] | None:
    """The range a length at `text[start:]` (`lo`–`hi` minutes) ends: (start, low, high
    minutes) with the number and the words before it (`2 à ` of `2 à 3 heures`), or the word
    that opens an already joined range (`from ` of `from 2 to 3 hours`); None when none is
    there, the low end is not below the high one, or hours run past a working day.

    >>> range_before("Maths: 2 à 3 heures", 11, 180, 180)
    (7, 120, 180)
    """
    if start <= pos or not text[start - 1].isspace():
        return None
    found = _BEFORE.search(text, max(pos, start - _WINDOW), start)
    if found is None:
        return None
    if found.group("lead") is not None:
        # Only a range already read: "de 2 horas" is no range, its "de" the title's.
        return (found.start(), lo, hi) if lo < hi else None
    if lo != hi or hi > _LONGEST:
        return None
    number = _FIRST.match(text, start)
    if number is None or (found.group("between") is None and found.group("lo2") is None):
        return None
    high = float(number.group().replace(",", "."))
    low = float((found.group("lo1") or found.group("lo2")).replace(",", "."))
    if not 0 < low < high:
        return None
    minutes = math.ceil(low * hi / high - 1e-9)
    return found.start(), minutes, hi


def between_lengths(
    text: str,
    first: tuple[int, int, int, int],
    after: Callable[[int], tuple[int, int, int, int] | None],
    *,
    pos: int = 0,
) -> tuple[int, int, int, int] | None:
    """The range two lengths of their own units make between a `between` and an `and`
    (`entre 15 minutes et 2 heures`: 15–120 minutes): (start, end, low, high), from the word
    before the first length to the end of the second; None when the words are not there, the
    second (`after(pos)`, the length that starts there) is not longer, or either is a range.

    `first` is the first length's (start, end, low, high).
    """
    start, end, lo, hi = first
    if lo != hi or start <= pos:
        return None
    opens = _OPENS.search(text, max(pos, start - 12), start)
    joins = _JOINS.match(text, end)
    if opens is None or joins is None:
        return None
    second = after(joins.end())
    if second is None or second[0] != joins.end() or second[2] != second[3]:
        return None
    if not lo < second[3] <= _LONGEST:
        return None
    return opens.start(), second[1], lo, second[3]


# "1h30-2h", "1h30 – 2 h": a dash between two lengths that each carry their unit
_DASH_AFTER = lazy(r"[ \t]*[-\u2013\u2014][ \t]*")


def range_after(
    text: str,
    first: tuple[int, int, int, int],
    after: Callable[[int], tuple[int, int, int, int] | None],
) -> tuple[int, int, int, int] | None:
    """The range a length makes with a longer one right after a dash (`1h30-2h`: 90–120
    minutes): (start, end, low, high); None when no dash and length follow at once, either is
    a range, or the second is not longer.

    >>> range_after("Prática (1h30-2h)", (9, 13, 90, 90), lambda at: (14, 16, 120, 120))
    (9, 16, 90, 120)
    """
    start, end, lo, hi = first
    dash = _DASH_AFTER.match(text, end)
    if lo != hi or dash is None:
        return None
    second = after(dash.end())
    if second is None or second[0] != dash.end() or second[2] != second[3]:
        return None
    if not lo < second[3] <= _LONGEST:
        return None
    return start, second[1], lo, second[3]
