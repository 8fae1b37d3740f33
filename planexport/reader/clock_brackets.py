"""A weekday heading whose bracket holds only a clock time or span (`## Monday (18:00–20:00)`,
`## Montag (18:00)`, `### Lunes (9h - 11h)`): the bracket says when, and the day is titled by its
weekday, not by the time."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration, point_time_at
from planexport.reader.lazy import lazy

__all__ = ["clock_only", "hours_only", "without_clock_lead", "without_clock_tail"]

_REST = " \t*_-–—:,.;"
# "(10:00-16:00)" ending a line, its marks after it
_BRACKET_TAIL = lazy(r"\(([^()\n]*)\)[\s*_]*$")
# "10-18 Uhr", "von 10 bis 18 Uhr": bare hours with the German o'clock word ending a line
_UHR_TAIL = lazy(
    r"(?<![\w:.])(?:von\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*(?:[-\u2013\u2014]|bis)\s*"
    r"\d{1,2}(?:[:.][0-5]\d)?\s*uhr[\s*_]*$",
    re.IGNORECASE,
)


def clock_only(text: str | None) -> bool:
    """Whether `text` is only a time of day or a clock span, with marks around it at most."""
    plain = (text or "").strip(_REST)
    if not plain:
        return False
    found = find_duration(plain)
    if found is not None and found.at is not None:
        return not (plain[: found.start] + plain[found.end :]).strip(_REST)
    point = point_time_at(plain)
    return point is not None and not (plain[: point[1]] + plain[point[2] :]).strip(_REST)


def without_clock_tail(text: str) -> str:
    """`text` without the clock span or time that ends it after words (`Samstag 10-18 Uhr`,
    `Sonntag (10:00-16:00)`, `Monday 9:00–17:00`): the day's hours, no part of its title; a
    text that is only such a span is left empty."""
    bracket = _BRACKET_TAIL.search(text)
    if bracket is not None and clock_only(bracket.group(1)):
        cut = bracket.start()
    elif (uhr := _UHR_TAIL.search(text)) is not None:
        cut = uhr.start()  # "10-18 Uhr": bare hours, o'clock
    else:
        found, pos = None, 0
        while (next_found := find_duration(text, pos)) is not None:
            found, pos = next_found, next_found.end
        if found is None or found.at is None or text[found.end :].strip(_REST):
            return text
        cut = found.start
    return text[:cut].rstrip(_REST + "(")


def hours_only(text: str) -> bool:
    """Whether `text` is only a day's hours (`10-18 Uhr`, `(9:00-17:00)`), marks around it."""
    return text != without_clock_tail(text) and not re.search(r"\w", without_clock_tail(text))


def without_clock_lead(text: str) -> str:
    """A weekday heading's title without the clock span it starts with (`18:00-19:15 — Setup
    week` after `### Monday`): the span says when, the words after it are the title."""
    plain = text.lstrip(_REST)
    if not plain[:1].isdigit():
        return text
    found = find_duration(plain)
    point = point_time_at(plain)
    if found is not None and found.at is not None and found.start == 0:
        rest = plain[found.end :]
    elif point is not None and point[1] == 0:
        rest = plain[point[2] :]  # "10:00 – Long review"
    else:
        return text
    if not re.match(r"\s*[|:\u2013\u2014-]", rest) or not re.search(r"\w", rest):
        return text  # "18:00–20:00 Algebra", "18:00 (2h)": no mark between: left as written
    return rest.strip(_REST + "|") or text
