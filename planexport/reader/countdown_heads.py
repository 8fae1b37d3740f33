"""Day headings that count down to an exam or interview before naming the weekday: `## D-4
Thursday – Warm-up`, `## D-0 Monday`, `## D-DAY Tuesday – 11:00`, `### T-2 (Friday)`, `## J-3
Jeudi`: the weekday is the day's, the count says no more than its place in the run."""

from __future__ import annotations

import re

from planexport.reader.durations import DASH
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["countdown_weekday"]

# "D-4", "D‑3" (a non-breaking hyphen), "T-minus 2", "J-3" (French "jour J"), "D-DAY": a letter,
# a dash and a count (or the word for the day itself), then a weekday's name, maybe in brackets.
_HEADING = lazy(
    rf"^(?P<lead>[\W_]*?)(?P<count>[DTJ]\s?[{DASH}]\s?(?:minus\s*)?(?:\d{{1,3}}|day|jour|tag|d[ií]a)"
    r"(?![\w-]))[*_]*[\s:.,|]*(?:\(\s*)?(?P<name>[^\W\d_]+(?:-feira)?)\.?(?:\s*\))?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# Cheap first look: a count letter, then a dash within a character or two of the line's start.
_LOOK = lazy(rf"^[\W_]{{0,8}}[DTJdtj]\s?[{DASH}]")
_WORD = lazy(r"[^\W\d_]")


def countdown_weekday(text: str) -> str:
    """`D-4 Thursday – Warm-up` as `Thursday – Warm-up`; a weekday whose heading says nothing
    else but a time keeps the count as its title (`D-DAY Tuesday – 11:00`: `Tuesday – D-DAY –
    11:00`). `text` as it was otherwise."""
    if _LOOK.match(text) is None:
        return text  # the usual heading, without the full pattern
    match = _HEADING.match(text)
    if match is None or fold(match.group("name")) not in WEEKDAYS:
        return text
    lead, name, rest = match.group("lead"), match.group("name"), match.group("rest")
    if _WORD.search(rest) is None:
        # Nothing but marks or a clock time after the weekday: the count names the day.
        count = match.group("count")
        tail = rest.strip(" *_")
        rest = f" – {count}" + (f" {tail}" if tail else "") + rest[len(rest.rstrip(" *_")) :]
    return f"{lead}{name}{rest}"
