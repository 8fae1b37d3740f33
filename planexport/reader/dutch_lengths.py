"""Dutch hours written with the letter `u` (`(4u)`, `1,5u`, `Week 1 = 7u`) as lengths in hours."""

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
# "- 9u Inloop", "| 13u |": an hour that starts a line or a cell is a start time
_LEADING = lazy(r"(?:^|\|)\s*(?:(?:[-*+]|\d{1,3}[.)])\s+)?(?:\[[ xX]\]\s*)?[*_]*\s*$")


def _lengths(line: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    cell = 0  # where the cell of the hour starts: the line's start or its last `|` before it
    for m in _HOURS.finditer(line):
        bar = line.rfind("|", cell, m.start())
        cell = cell if bar == -1 else bar
        # Each hour looks back to its cell's start only, not to the line's (`1u 1u 1u …`).
        if not _range_end(line, m.start()) and not _LEADING.match(line, cell, m.start()):
            out.append(m)
    return out


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


def dutch_lengths(text: str) -> str:
    """The text with each Dutch `4u` written `4 uur`, when the plan writes two or more of them
    (one `2u` alone may be something else); code blocks stay as written."""
    if not _may_hold_hours(text) or _HOURS.search(text) is None:
        return text  # most plans: no "4u" anywhere
    lines = text.split("\n")
    found = [(n, matches) for n in unfenced(lines) if (matches := _lengths(lines[n]))]
    if sum(len(matches) for _, matches in found) < 2:
        return text
    for n, matches in found:
        line, done = lines[n], 0
        parts: list[str] = []
        for match in matches:
            parts += (line[done : match.start()], f"{match['n']} uur")
            done = match.end()
        lines[n] = "".join(parts) + line[done:]
    return "\n".join(lines)
