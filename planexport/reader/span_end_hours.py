"""`9:00 a 14:00 horas`, `9:00 to 14:00 hours`: a clock time, a word that runs it to another,
and that time with an hour word after it are a span of the day, as `9:00 bis 14:00 Uhr` is;
the last time is its end, never a length of 14 hours."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["clock_span_before"]

# "9:00 a ", "09:00 to ", "9.00 bis ": a time of day and the word that runs it to the next (a
# dash is left to `1:30–2:00 h`, a range of lengths).
_RUN_TO = lazy(
    r"(?<![\d:.])(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)\s*(?:to|till|until|bis|a|à|al|hasta|tot)\s+$",
    re.IGNORECASE,
)
_BEFORE = 16  # how far back the start may stand: "09:00 hasta " and some space
_MORNING = 6 * 60  # the earliest start read so


def clock_span_before(
    text: str, start: int, end_hour: int, end_minute: int
) -> tuple[int, int, int] | None:
    """(where the span starts, its minutes, its start in minutes after midnight) when the
    length `end_hour:end_minute hours` at `text[start:]` ends a span from a time just before
    it; None when it does not, when the start is before 6:00 or when the times run backward or
    past 16 hours."""
    if start <= 0:
        return None
    match = _RUN_TO.search(text, max(0, start - _BEFORE), start)
    if match is None:
        return None
    begin = int(match.group("h")) * 60 + int(match.group("m"))
    minutes = end_hour * 60 + end_minute - begin
    if not _MORNING <= begin < 24 * 60 or not 0 < minutes <= 16 * 60:
        return None  # "1:30 to 2:00 hours": a range of lengths, no sitting at half past one
    return match.start(), minutes, begin
