"""Weekday lines that give several activities, or each before its span (`Monday: Maths 4-6pm,
Physics 7-8pm`, `- Dienstag – Chemie 16:00-17:30`, `**Weekdays (Mon–Fri):** 7:00–8:30 AM LeetCode,
8:00–9:00 PM System design`): a block per activity, pinned at its span's start.

The line's text after its weekday label is cut at commas and semicolons; each part must be a
title, then one clock span that ends the part, or a span, then its title. A part without one
(`Monday: Maths 4-6pm, then rest`) leaves the whole line to be read as before. The label may be
a group of weekdays (`Weekdays`, `Weekends`, `Wochenende`), with the weekdays it means in brackets.
"""

from __future__ import annotations

import re

from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKEND_WORDS, WORKWEEK_WORDS

__all__ = ["group_days", "title_spans"]

# What parts a weekday label from its entries: a colon, a bar, a dash.
_LEAD = lazy(rf"^\s*(?:[:|{DASH}]|\s-)\s*")
_PARTS = lazy(r"\s*[,;]\s*")
_LETTER = lazy(r"[^\W\d_]")
# "weekdays (mon–fri)", "weekends", "wochenende": a group of weekdays, in folded text.
_GROUP = lazy(
    r"^[\W_]*(?P<group>"
    + "|".join(re.escape(word) for word in sorted((*WORKWEEK_WORDS, *WEEKEND_WORDS), key=len)[::-1])
    + r")s?(?![\w-])[*_]*\s*(?:\((?P<inner>[^()]{3,40})\))?[*_]*",
    re.IGNORECASE,
)


def title_spans(rest: str) -> list[tuple[str, int, int]] | None:
    """Each (title, start, end) of `rest`, the text after a weekday label, when every part of
    it is a title then a clock span, or (two parts or more) a span then a title; start and end
    in minutes of the day; else None."""
    lead = _LEAD.match(rest)
    if lead is None:
        return None
    found: list[tuple[str, int, int]] = []
    parts = _PARTS.split(rest[lead.end() :].strip(" .*_"))
    for part in parts:
        span = find_duration(part)
        if span is None or span.at is None or span.lo != span.hi:
            return None
        if span.start == 0 and len(parts) > 1:
            # "7:00–8:30 AM LeetCode, 8:00–9:00 PM System design": each span before its title
            title = re.sub(rf"^[\s)*_:{DASH}]+", "", part[span.end :]).strip(" *_")
        elif span.start == 0 or part[span.end :].strip(" )*_"):
            return None  # "Maths 4-6pm in room 2": words after the span are no part of this form
        else:
            title = re.sub(rf"[\s(*_:{DASH}]+$", "", part[: span.start]).strip(" *_")
        if not _LETTER.search(title) or len(title.split()) > 8:
            return None
        found.append((title, span.at, span.at + span.hi))
    return found or None


def group_days(text: str) -> tuple[list[str], int] | None:
    """The weekdays a group names at the start of `text` and where its label ends: `Weekdays
    (Mon–Fri)` (the bracket's), `Weekdays` (Monday to Friday), `Weekends` (Saturday, Sunday)."""
    from planexport.reader.dates import ORDER
    from planexport.reader.weekday_abbrevs import weekdays_named
    from planexport.reader.words import fold

    folded = fold(text)
    match = _GROUP.match(folded) if len(folded) == len(text) else None
    if match is None:
        return None
    inner = match["inner"]
    if inner is not None:
        named = weekdays_named(inner)
        return (named, match.end()) if len(named) >= 2 else None
    weekend = any(match["group"].startswith(word) for word in WEEKEND_WORDS)
    return list(ORDER[5:] if weekend else ORDER[:5]), match.end()
