"""Dutch hours written with the letter `u` (`(4u)`, `1,5u`, `Week 1 = 7u`) as lengths in hours."""

from __future__ import annotations

import itertools
import re

__all__ = ["dutch_lengths"]

# "(4u)", "1,5u", "= 19u": a number of hours ("uur"); "13u30", "9u - 10u" and "09.00u" are clock
# times (read where clock times are), and "4u2" or "4u-turn" are no length at all.
_HOURS = re.compile(r"(?<![\w.,:/])(?P<n>\d{1,3}(?:,\d{1,2})?)\s?u(?![\w'’])(?!\s*[-–—]\s*\d)")
_RANGE_END = re.compile(r"\d\s*u?\s*[-–—]\s*$")  # "9u - 10u": the end of a span of clock times
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# "- 9u Inloop", "**13u** Lunch": an hour that leads its line (after a bullet or emphasis)
_LEAD = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__|\*|_)?$")


def _lengths(line: str) -> list[re.Match[str]]:
    return [m for m in _HOURS.finditer(line) if not _RANGE_END.search(line, 0, m.start())]


def dutch_lengths(text: str) -> str:
    """The text with each Dutch `4u` written `4 uur`, when the plan writes two or more of them
    (one `2u` alone may be something else); code blocks stay as written."""
    lines = text.split("\n")
    fenced = False
    found: list[tuple[int, list[re.Match[str]]]] = []
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (matches := _lengths(line)):
            found.append((n, matches))
    found = _without_agenda(lines, found)
    if sum(len(matches) for _, matches in found) < 2:
        return text
    for n, matches in found:
        line = lines[n]
        for match in reversed(matches):
            line = f"{line[: match.start()]}{match['n']} uur{line[match.end() :]}"
        lines[n] = line
    return "\n".join(lines)


def _without_agenda(
    lines: list[str], found: list[tuple[int, list[re.Match[str]]]]
) -> list[tuple[int, list[re.Match[str]]]]:
    """`found` without hours that lead their lines in growing order from 6 on (`- 9u Inloop`,
    `- 12u Lunch`): those are an agenda's start times, read where clock times are."""
    leading = [
        (n, m) for n, ms in found for m in ms if _LEAD.match(lines[n], 0, m.start()) is not None
    ]
    hours = [float(m["n"].replace(",", ".")) for _, m in leading]
    if len(hours) < 2 or hours[0] < 6 or any(b < a for a, b in itertools.pairwise(hours)):
        return found
    lead = {id(m) for _, m in leading}
    kept = [(n, [m for m in ms if id(m) not in lead]) for n, ms in found]
    return [(n, ms) for n, ms in kept if ms]
