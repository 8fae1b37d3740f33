"""Clock times written with an hours word after them, as Spanish and Portuguese schedules write
them (`9:00 hrs - 10:30 hrs Clase`, `16:00hs a 19:30hs`, `14:00h – 15:30h`, `- 09:00 hs
Acreditación`): the word says "o'clock", so the times are a span of the day or a start, not
lengths of 9 or 16 hours. The word is taken out (`9:00 - 10:30 Clase`), and the line reads as
any span or start does.

A length written with its hours and minutes (`1:30 h`, `Total: 2:00 hrs`) stays as written: one
time alone is a start only where it opens a line or a table cell with a two-digit hour and `hs`
or `hrs` (`- 09:00 hs Apertura`, `| 16:00hs | Cierre |`)."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["clock_hour_words"]

# What a body must hold for any line to be read here: minutes, then an hours word.
_MAY = lazy(r"\d:[0-5]\d\s*h", re.IGNORECASE)
_WORD = r"\s*(?:hs|hrs|h)\.?(?![^\W\d_])"
_TIME = r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d"
# "9:00 hrs - 10:30 hrs", "16:00hs a 19:30hs", "14:00h – 15:30h": both times with the word.
_SPAN = lazy(
    rf"(?P<t1>{_TIME}){_WORD}(?P<to>\s*(?:[-\u2013\u2014]|a|à|às|até|al|hasta|to)\s*)"
    rf"(?P<t2>{_TIME}){_WORD}",
    re.IGNORECASE,
)
# "- 09:00 hs Apertura", "| 16:00hs | Cierre |", "**10:30 hrs** Taller": a start opening a line
# or a cell, its hour in two digits.
_START = lazy(
    r"(?P<lead>(?:^|\|)[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(?:\*\*|__)?[ \t]*)"
    r"(?P<time>(?:[01]\d|2[0-3]):[0-5]\d)\s*(?:hs|hrs)\.?(?![^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)


def clock_hour_words(body: str) -> str:
    """The body with the hours word after each clock time of a span (`9:00 hrs - 10:30 hrs`)
    or of a start that opens a line or cell (`- 09:00 hs Apertura`) taken out."""
    if _MAY.search(body) is None:
        return body  # most plans: no work
    from planexport.reader.fenced import unfenced

    lines = body.split("\n")
    for at in unfenced(lines):
        line = lines[at]
        if _MAY.search(line) is not None:
            line = _SPAN.sub(_span, line)
            lines[at] = _START.sub(r"\g<lead>\g<time>", line)
    return "\n".join(lines)


def _span(match: re.Match[str]) -> str:
    first = match.group("t1")
    if len(first.split(":")[0]) == 1 and int(first[0]) < 6:
        return match.group(0)  # "1:30 h – 2:00 h": a length from one to two hours
    return f"{first}{match.group('to')}{match.group('t2')}"
