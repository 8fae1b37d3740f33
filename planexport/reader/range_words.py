"""Weekday ranges written with words: `Lunes a viernes`, `Montag bis Freitag`, `du lundi au
vendredi`, `van maandag t/m vrijdag`, `from Monday to Friday`; and a weekday's rest in one word
(`Domenica riposo`, `Sunday off`)."""

from __future__ import annotations

import re

from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.words import REST_DAY_WORDS, WEEKDAYS, fold

__all__ = ["rest_word", "worded_range"]

_NAME = r"[^\W\d_]{2,}(?:-[^\W\d_]+)?"
# The joining words stand apart from the names, so "Sábado" is never "Sáb a do".
_RANGE = lazy(
    r"^(?:(?:from|von|de|desde|du|dal|da|van|das)\s+)?"
    rf"(?P<a>{_NAME})\.?\s+"
    r"(?:to|through|thru|till|until|bis|a|al|au|à|ao|até|ate|fino\s+a|tot(?:\s+en\s+met)?|t/m)"
    rf"\s+(?P<b>{_NAME})\.?(?![^\W\d_])",
    re.IGNORECASE,
)
_MARKS = " *_.,;:!()[]"


def worded_range(text: str, *, wrap: bool = False) -> tuple[list[str], int] | None:
    """The weekdays a range in words at the start of `text` names (`Lunes a viernes`: Monday to
    Friday, in order) and where it ends; None unless both ends are weekdays, the first before the
    last (or, with `wrap`, any other: `Sunday to Thursday` runs over the week's end)."""
    match = _RANGE.match(text)
    if match is None:
        return None
    first, last = WEEKDAYS.get(fold(match["a"])), WEEKDAYS.get(fold(match["b"]))
    if first is None or last is None or first == last:
        return None
    start, end = ORDER.index(first), ORDER.index(last)
    if start > end and not wrap:
        return None
    return [ORDER[(start + step) % 7] for step in range((end - start) % 7 + 1)], match.end()


def rest_word(text: str) -> str | None:
    """`text` without its marks when it only says the day is free (`riposo`, `Rest day`, `frei`,
    `día libre`), else None."""
    words = text.strip(_MARKS)
    return words if re.sub(r"\s+", " ", fold(words)) in REST_DAY_WORDS else None
