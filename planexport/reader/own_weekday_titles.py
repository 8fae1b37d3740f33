"""A block title that opens with its own day's weekday (`- Sunday: Full mock (3 hrs)` under
`## Sunday`, `- Mo: Mathe (1 h)` under `## Montag`): the name repeats the day, and the block is
titled by what follows it (`Full mock`). Another weekday's name (`- Monday: review` under
`## Sunday`) says something of its own and stays."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

__all__ = ["without_own_weekday", "without_weekday_bracket"]

# "Sunday: …", "**Sun:** …", "Mo.: …": a word, its marks, then a colon. (A dash is left: "Monday
# – bike" is how a line naming several weekdays, "Monday, Wednesday: 30 min bike", reads.)
_LEAD = lazy(r"^[*_]*(?P<name>[^\W\d_]{2,12})\.?[*_]*\s*:[*_]*\s*(?P<rest>\S.*)$")
# "(Thursday)", "(Fri.,)": a bracket left holding a weekday once its date was read out of it
_BRACKET = lazy(r"\s*\(\s*(?P<name>[^\W\d_]{2,12})\.?\s*[,;]?\s*\)")


def without_own_weekday(title: str, weekday: str) -> str:
    """`title` without a leading name of `weekday` ("mon"…"sun") and its colon."""
    match = _LEAD.match(title)
    if match is None or WEEKDAYS.get(fold(match["name"])) != weekday:
        return title
    return match["rest"]


def without_weekday_bracket(title: str, weekday: str) -> str:
    """`title` without a bracket naming only `weekday`, its date read out of it (`Python Core
    Blitz (Thursday)` of `Python Core Blitz (Thursday, May 29, 2025)`)."""

    def drop(match: re.Match[str]) -> str:
        name = fold(match["name"])
        named = WEEKDAYS.get(name) or ABBREVIATED_WEEKDAYS.get(name)
        return "" if named == weekday else match[0]

    return _BRACKET.sub(drop, title).strip()
