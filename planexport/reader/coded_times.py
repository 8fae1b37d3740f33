"""Times, spans and lengths set in code spans (`` - `09:00-10:00` Alpha ``, `` Review `45 min` ``,
`` | `14:00` | Lab | ``): the backticks are markup, so the time is read and the title is `Alpha`."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["uncoded_times"]

# One code span, its backticks apart from what they hold.
_CODE = lazy(r"(?<!`)(`+)(?!`)([^`\n]+?)(?<!`)\1(?!`)")
_DIGIT = lazy(r"\d")


def uncoded_times(text: str) -> str:
    """`text` with the backticks taken from each code span that holds only a time of day, a
    span of clock time or a length (`` `09:00-10:00` ``, `` `10:00` ``, `` `1h30` ``); other
    code spans (`` `__init__` ``, `` `01-modes.md` ``) stay as written."""
    if "`" not in text or _DIGIT.search(text) is None:
        return text
    return _CODE.sub(_unwrapped, text)


def _unwrapped(match: re.Match[str]) -> str:
    inner = match.group(2).strip()
    return inner if inner and _timed(inner) else match.group(0)


def _timed(inner: str) -> bool:
    """Whether `inner` is, whole, a time of day, a span of clock time or a length."""
    from planexport.reader.durations import find_duration, start_time

    found = find_duration(inner)
    if found is not None and found.start == 0 and found.end >= len(inner.rstrip(" .")):
        return True
    started = start_time(inner)
    return started is not None and not started[1].strip()
