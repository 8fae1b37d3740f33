"""Spans counted from zero that end on the hour written as minute 60 (`0:45-0:60`): `1:00`."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["sixty_ends"]

# "0:45-0:60", "1:40 – 1:60": a start, a dash, then the same hour or none at minute 60.
_SIXTY = lazy(r"(\d{1,2}):([0-5]\d)(\s*[-\u2013\u2014]\s*)(\d{1,2}):60(?![\d:])")


def _next_hour(match: re.Match[str]) -> str:
    start_hour, end_hour = int(match.group(1)), int(match.group(4))
    before = match.string[match.start() - 1 : match.start()]
    if end_hour != start_hour or before.isdecimal() or before == ":":
        return match.group(0)  # "0:45-1:60": not the end of the start's hour, left as written
    return f"{match.group(1)}:{match.group(2)}{match.group(3)}{end_hour + 1}:00"


def sixty_ends(text: str) -> str:
    """`text` with a span whose end is written as minute 60 of its start's hour (`0:45-0:60`,
    the last quarter of a one-hour routine counted from 0:00) ending on the next hour
    (`0:45-1:00`); other text as it is. Asked only of spans counted from the session's start,
    where a person reads `0:60` as the hour's end; a clock has no minute 60."""
    if ":60" not in text:
        return text  # nearly every cell: no minute 60 anywhere
    return _SIXTY.sub(_next_hour, text)
