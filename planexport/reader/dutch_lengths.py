"""Dutch hours written with the letter `u` (`(4u)`, `1,5u`, `Week 1 = 7u`) as lengths in hours,
and hours with minutes (`Lezen 1u30`, `- 1u15 Schrijven`, `1u30m`) as lengths too."""

from __future__ import annotations

import re

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["dutch_lengths"]

# "(4u)", "1,5u", "= 19u": a number of hours ("uur"); "13u30", "9u - 10u" and "09.00u" are clock
# times (read where clock times are), and "4u2" or "4u-turn" are no length at all.
_HOURS = lazy(r"(?<![\w.,:/])(?P<n>\d{1,3}(?:,\d{1,2})?)\s?u(?![\w'’])(?!\s*[-–—]\s*\d)")
_WORD_END_U = lazy(r"u(?![\w'’])")  # the "u" of "4u": a plain letter, found fast
_RANGE_END = lazy(r"\d\s*u?\s*[-–—]\s*$")  # "9u - 10u": the end of a span of clock times
# "- 9u Inloop", "| 13u |": an hour from 5 on that starts a line or a cell is a start time
_LEADING = lazy(r"(?:^|\|)\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[[ xX]\]\s*)?[*_]*\s*$")
# "1u30", "1u15", "0u45", "2u30m": hours and minutes of a length, wherever they stand. A time of
# day is written so too ("10u30 Koffie", "9u30 - 11u"), so only hours 0-4, when no plan's day
# starts, or a form with "m" or "min" after it; a span ("1u30 - 3u") is clock time.
_HOURS_MINUTES = lazy(
    r"(?<![\w.,:/])(?:(?P<h>[0-4])u(?P<m>[0-5]\d)(?:m(?:in)?)?|(?P<h2>\d{1,2})u(?P<m2>[0-5]\d)m(?:in)?)"
    r"(?![\w'’])(?!\s*[-–—]\s*\d)"
)
_U_MINUTES = lazy(r"\du[0-5]\d")  # what each of them holds, found fast
# "om 1u30", "tot 2u15": a word that makes the hour after it a time of day
_TIME_WORD = lazy(
    r"(?<!\w)(?:om|van|vanaf|tot|tussen|rond|tegen|na|voor|vóór|t/m)\s*$", re.IGNORECASE
)


def _lengths(line: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    cell = 0  # where the cell of the hour starts: the line's start or its last `|` before it
    for m in _HOURS.finditer(line):
        bar = line.rfind("|", cell, m.start())
        cell = cell if bar == -1 else bar
        # Each hour looks back to its cell's start only, not to the line's (`1u 1u 1u …`).
        if not _range_end(line, m.start()) and not (
            _LEADING.match(line, cell, m.start()) and _day_hour(m["n"])
        ):
            out.append(m)
    return out


def _day_hour(number: str) -> bool:
    """Whether a number of hours may be an hour of the day a plan starts at (`9u`, not `2u`:
    `| 2u |` in a `Duur` column and `- 2u Lezen` are lengths)."""
    return number.isdecimal() and int(number) >= 5


def _range_end(line: str, end: int) -> bool:
    """Whether `line[:end]` ends as a span's start does (`9u - `): what `_RANGE_END` says,
    read back from `end` over the few characters it needs."""
    at = _before_spaces(line, end)
    if not at or line[at - 1] not in "-–—":
        return False
    at = _before_spaces(line, at - 1)
    if at and line[at - 1] == "u":
        at = _before_spaces(line, at - 1)
    return bool(at) and line[at - 1].isdecimal()  # what `\d` accepts


def _before_spaces(line: str, end: int) -> int:
    r"""Where the spaces that end `line[:end]` start (`\s` is what isspace accepts)."""
    while end and line[end - 1].isspace():
        end -= 1
    return end


def _may_hold_hours(text: str) -> bool:
    r"""False only where `_HOURS` cannot match: no `u` that ends a word right after a digit or
    a digit and one space. The pattern tries every place of the text; this looks at each such
    `u` (`\d` is what isdecimal accepts, `\s` what isspace does)."""
    for found in _WORD_END_U.finditer(text):
        at = found.start()
        before = text[max(at - 2, 0) : at]
        if before[-1:].isdecimal() or (before[-1:].isspace() and before[:1].isdecimal()):
            return True
    return False


def _minute_lengths(line: str) -> list[re.Match[str]]:
    """The hours with minutes in `line` that are lengths (`1u30`), not a span's end or a time
    after a word such as `om`."""
    return [
        m
        for m in _HOURS_MINUTES.finditer(line)
        if not _range_end(line, m.start()) and _TIME_WORD.search(line, 0, m.start()) is None
    ]


def _written(match: re.Match[str]) -> str:
    if "n" in match.groupdict():
        return f"{match['n']} uur"  # "4u"
    hours, minutes = match["h"] or match["h2"], match["m"] or match["m2"]
    return f"{minutes} min" if int(hours) == 0 else f"{int(hours)} uur {minutes} min"


def dutch_lengths(text: str) -> str:
    """The text with each Dutch `4u` written `4 uur`, when the plan writes two or more lengths
    with `u` (one `2u` alone may be something else), and each `1u30` written `1 uur 30 min`;
    code blocks stay as written."""
    hours = _may_hold_hours(text) and _HOURS.search(text) is not None
    minutes = _U_MINUTES.search(text) is not None
    if not hours and not minutes:
        return text  # most plans: no "4u" or "1u30" anywhere
    lines = text.split("\n")
    found: list[tuple[int, list[re.Match[str]], list[re.Match[str]]]] = []
    for n in unfenced(lines):
        whole = _lengths(lines[n]) if hours else []
        parts = _minute_lengths(lines[n]) if minutes else []
        if whole or parts:
            found.append((n, whole, parts))
    enough = sum(len(whole) + len(parts) for _, whole, parts in found) >= 2
    for n, whole, parts in found:
        matches = sorted(parts + whole if enough else parts, key=lambda m: m.start())
        if not matches:
            continue
        line, done = lines[n], 0
        pieces: list[str] = []
        for match in matches:
            pieces += (line[done : match.start()], _written(match))
            done = match.end()
        lines[n] = "".join(pieces) + line[done:]
    return "\n".join(lines)
