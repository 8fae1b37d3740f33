"""Dutch clock times written with a dot and `uur` (`12.30 uur Lunch`, `van 9.00 tot 12.30 uur`),
and the length after a line's start and words (`19.00 Lezen 1.30 uur`) told from them."""

from __future__ import annotations

import re

from planexport.reader.bold_hour_spans import bold_hour_spans
from planexport.reader.dotted_agendas import dotted_agendas
from planexport.reader.dotted_first_lengths import dotted_first_lengths
from planexport.reader.lazy import lazy
from planexport.reader.suffix_spans import suffix_spans
from planexport.reader.trailing_spans import trailing_spans
from planexport.reader.word_gates import may_hold

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
# that starts the line ("- 9.00 Inloop", "- **9.00 uur** Inloop").
_CLOCK = lazy(
    r"(?<![\w.:])(?:[01]?\d|2[0-3])(?::[0-5]\d|u[0-5]\d|\.[0-5]\du(?!\w))"
    r"|^\s*(?:[-*+]\s+)?[*_`]*(?:[01]?\d|2[0-3])\.[0-5]\d(?![\w.,])"
)
_FENCE = lazy(r"^\s{0,3}(```|~~~)")
# "- 19.00 Lezen 1.30 uur", "- 19:00 uur Lezen 1.30 uur": the line's own start, then its words;
# a dotted number after them is how long, not a second time of day (see `dotted_lengths`).
_OWN_START = lazy(
    r"^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?[*_`]*(?P<t>(?:[01]?\d|2[0-3])[.:][0-5]\d)(?:\s*uur)?"
    r"[*_`]*\s+[^\W\d_]",
    re.IGNORECASE,
)
# "19:00 Feest tot 1.00 uur", "om 20.30 uur", "vanaf 9.00 uur": the words before a time of day.
_TIME_WORD = lazy(
    r"(?<![\w/])(?:om|van|vanaf|tot|tussen|rond|tegen|na|voor|vóór|en|t/m|ca|circa|omstreeks"
    r"|uiterlijk|einde|eind)\.?\s*$",
    re.IGNORECASE,
)


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


def _length_after_start(line: str, match: re.Match[str]) -> bool:
    """Whether a single dotted number before `uur` follows a line's own start and words
    (`19:00 Lezen 1.30 uur`): a length, read as hours and minutes where lengths are read."""
    if match["b"] is not None or (start := _OWN_START.match(line)) is None:
        return False
    return match.start() >= start.end() and not _TIME_WORD.search(line, 0, match.start())


def _clock(match: re.Match[str]) -> str:
    if _length_after_start(match.string, match):
        return match.group()
    start = match["a"].replace(".", ":")
    if match["b"] is None:
        return start
    return f"{start} {match['sep']} {match['b'].replace('.', ':')}"


def dotted_clock_times(text: str) -> str:
    """The text with each dotted clock time before `uur` written `12:30`, where the line holds
    two such times (`9.00 - 10.30 uur`) or a line beside it holds a clock time; code blocks
    stay as written. A dotted number after a line's start and words (`19.00 Lezen 1.30 uur`) is
    its length and stays as written, its start written `19:00`. Agendas of dotted or `h` starts
    with no `uur` to say so (`- 19.00 Lezen`, `9h00 Accueil`) are written `19:00` first, and
    lengths first on a list line (`- 1.30 uur Lezen`) `1 uur 30 min`; spans with the hour word
    after the end alone (`- 8-8:30h Recepção`) `08:00-08:30` (see `suffix_spans`), after a
    title too (`- Recepção 8-8:30h`, see `trailing_spans`), and bold
    hours around a dash (`ore **10**–**12**`) plain, and spans over one title (`ore 10-11, 12-13
    e 16-17`) a block each (see `bold_hour_spans`)."""
    text = suffix_spans(bold_hour_spans(text))  # "- 8-8:30h Recepção", "ore **10**–**12**"
    text = trailing_spans(text)  # "- Recepção 8-8:30h": the span first
    text = dotted_agendas(dotted_first_lengths(text))  # "- 1.30 uur Lezen": a length
    if not may_hold(text, ("uur",)) or "uur" not in text.lower() or _DOTTED.search(text) is None:
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
        line = lines[n]
        length = any(_length_after_start(line, match) for match in _DOTTED.finditer(line))
        line = _DOTTED.sub(_clock, line)
        start = _OWN_START.match(line) if length else None
        if start is not None:
            # "19.00 Lezen 1.30 uur": the start before the words and the length is the time
            time = start["t"].replace(".", ":")
            line = f"{line[: start.start('t')]}{time}{line[start.end('t') :]}"
        lines[n] = line
    return "\n".join(lines)
