"""A cell or line that is only a span of four-digit times (`0800 - 0900`, `1345–1430`): the
span of the day it is on a 24-hour clock, as `0900-1030 hrs` is. Anywhere else four digits
may be a count or a year, so only text that holds the span alone is read so."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["four_digit_span"]

# "0800 - 0900", "1345–1430", "0930-1030": two times of day in four digits and a dash between
_SPAN = lazy(
    r"\s*(?P<lo>(?:[01]\d|2[0-3])[0-5]\d)\s*[-\u2013\u2014]\s*(?P<hi>(?:[01]\d|2[0-3])[0-5]\d)\s*"
)
_LONGEST = 16  # "  0800 - 0900  ": longer text holds more than the span


def four_digit_span(text: str) -> tuple[int, int, int, int] | None:
    """(start, end, minutes, minutes after midnight it starts) of the span `text` is alone,
    else None: the start and end where the times stand in `text`. A span of more than 16
    hours or of none is no sitting (`1200 - 1200`, `2300 - 0800`)."""
    if len(text) > _LONGEST or not (text[:1].isspace() or text[:1].isdigit()):
        return None
    match = _SPAN.fullmatch(text)
    if match is None:
        return None
    lo, hi = match.group("lo"), match.group("hi")
    start = int(lo[:2]) * 60 + int(lo[2:])
    minutes = int(hi[:2]) * 60 + int(hi[2:]) - start
    if not 0 < minutes <= 16 * 60:
        return None
    return match.start("lo"), match.end("hi"), minutes, start
