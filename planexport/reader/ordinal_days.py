"""Day headings that count with an ordinal: `## Erster Tag: Grundlagen`, `## 1. Tag`,
`## Primer día (lunes)`, `### 2e jour : exercices`, `## 1º dia`, `## Secondo giorno`,
`## Eerste dag`, `**First day:** Setup`.

They are written as the numbered day headings the reader knows (`## Tag 1: Grundlagen`,
`## día 1 (lunes)`), the line's day word kept, before the outline is read. An ordinal is a word
(`erster`, `primero`, `premier`, `primo`, `primeiro`, `eerste`, `first`) or a number with its
mark (`1.`, `1st`, `2nd`, `1er`, `2e`, `2ème`, `1º`, `1°`, `1ste`); a bare number (`## 2 Tage
Pause`) is a length, and no day. Only a heading or a bold lead is read, and only when the day
word ends the heading or a colon, dash, bracket or comma follows it: `## First day of term
checklist` and `## Der erste Tag im Labor` stay sections.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.week_ordinals import ordinal_number
from planexport.reader.words import fold

__all__ = ["ordinal_days"]

# One day, singular, in the languages: day, Tag, día, dia, jour, giorno, dag.
_DAY = r"(?:day|tag|d[ií]a|jour|giorno|dag)"
# "1.", "1st", "2nd", "3rd", "4th", "1er", "1re", "2e", "2ème", "2eme", "1º", "1°", "1ª", "1o",
# "1ste", "2de", "8ste": a number with the mark that makes it an ordinal.
_NUMBERED = r"\d{1,2}(?:\.|st|nd|rd|th|er|re|[eè]me|e|[º°ª]|o|ste|de)"
_LINE_AT = (
    r"(?P<lead>[ \t]{0,3}(?:#{1,6}[ \t]+|(?:[-*+][ \t]+)?\*\*)[\W_]*?)"
    r"(?:(?:the|am|el|le|il|o|de|het)\s+)?"
    rf"(?P<ord>{_NUMBERED}|[^\W\d_]+)\s+(?P<day>{_DAY})"
    r"(?P<rest>(?:[ \t]*(?:[:(,|*_]|[-\u2013\u2014]).*)?)$"
)
_LINE = lazy(rf"^{_LINE_AT}", re.IGNORECASE | re.MULTILINE)
# The same line first in the text, or after a line break: a search that skips from one break to
# the next, where `^` is tried at every place of a long text.
_FIRST_LINE = lazy(_LINE_AT, re.IGNORECASE | re.MULTILINE)
_NEXT_LINE = lazy(rf"\n{_LINE_AT}", re.IGNORECASE | re.MULTILINE)


def ordinal_days(body: str) -> str:
    """The body with each ordinal day heading written as a numbered one (`## Tag 1: …`)."""
    if _FIRST_LINE.match(body) is None and _NEXT_LINE.search(body) is None:
        return body  # the usual case
    return _LINE.sub(_numbered, body)


def _numbered(match: re.Match[str]) -> str:
    number = _number(match["ord"])
    if number is None:
        return match[0]
    return f"{match['lead']}{match['day']} {number}{match['rest']}"


def _number(ordinal: str) -> int | None:
    """The day an ordinal counts (`erster`, `1.`, `2e` is 2), or None when it is no ordinal."""
    digits = re.match(r"\d+", ordinal)
    if digits is not None:
        return int(digits[0]) or None
    return ordinal_number(fold(ordinal))
