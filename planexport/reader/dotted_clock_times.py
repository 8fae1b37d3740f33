"""Dutch clock times written with a dot and `uur` (`12.30 uur Lunch`, `van 9.00 tot 12.30 uur`)."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["dotted_clock_times"]

# "12.30 uur", "9.00 - 10.30 uur", "van 9.00 tot 12.30 uur": an hour of the day (0-23) with two
# digits of minutes (00-59) before "uur"; "1.5 uur" and "2,5 uur" are lengths and never match.
_TIME = r"(?<![\w.,:/])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\w.,:/])"
_DOTTED = lazy(
    rf"(?P<a>{_TIME})(?:\s*(?P<sep>[-–—]|tot|t/m)\s*(?P<b>{_TIME}))?\s*uur(?!\w)",
    re.IGNORECASE,
)
_DOTTED_ALONE = lazy(_TIME)
# What makes a line around it a clock-time line: "9:00", "13u30", "09.00u", or a dotted time
# that starts the line ("- 9.00 Inloop").
_CLOCK = lazy(
    r"(?<![\w.:])(?:[01]?\d|2[0-3])(?::[0-5]\d|u[0-5]\d|\.[0-5]\du(?!\w))"
    r"|^\s*(?:[-*+]\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d(?![\w.,])"
)
_FENCE = lazy(r"^\s{0,3}(```|~~~)")


def _clock_line(line: str) -> bool:
    """Whether `line` holds a clock time: one of ours or one written another way."""
    if _CLOCK.search(line) is not None:
        return True
    return _DOTTED.search(line) is not None and len(_DOTTED_ALONE.findall(line)) > 1


def _neighbours(lines: list[str], n: int) -> list[str]:
    """The nearest written line before line `n` and after it, if any."""
    found: list[str] = []
    for step in (-1, 1):
        at = n + step
        while 0 <= at < len(lines) and not lines[at].strip():
            at += step
        if 0 <= at < len(lines):
            found.append(lines[at])
    return found


def _clock(match: re.Match[str]) -> str:
    start = match["a"].replace(".", ":")
    if match["b"] is None:
        return start
    return f"{start} {match['sep']} {match['b'].replace('.', ':')}"


def dotted_clock_times(text: str) -> str:
    """The text with each dotted clock time before `uur` written `12:30`, where the line holds
    two such times (`9.00 - 10.30 uur`) or a line beside it holds a clock time; code blocks
    stay as written."""
    if "uur" not in text.lower() or _DOTTED.search(text) is None:
        return text  # most plans: no "12.30 uur" anywhere
    lines = text.split("\n")
    fenced = False
    todo: list[int] = []
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or (match := _DOTTED.search(line)) is None:
            continue
        twice = len(_DOTTED_ALONE.findall(line)) > 1 or match["b"] is not None
        if twice or any(_clock_line(other) for other in _neighbours(lines, n)):
            todo.append(n)
    for n in todo:
        lines[n] = _DOTTED.sub(_clock, lines[n])
    return "\n".join(lines)
