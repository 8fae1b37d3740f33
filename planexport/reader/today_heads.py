"""Day headings that say today or tomorrow and name the weekday in brackets: `### TODAY (Monday)`,
`### HEUTE (Montag)`, `### Hoy (lunes) – Repaso`, `### Demain (mardi)`."""

from __future__ import annotations

import re

from planexport.reader.countdown_heads import countdown_weekday
from planexport.reader.lazy import lazy
from planexport.reader.session_weekdays import session_weekday
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["named_weekday"]

_RELATIVE = (
    r"today|tomorrow|heute|morgen|hoy|ma[nñ]ana|aujourd['’]hui|demain|oggi|domani|hoje|"
    r"amanh[aã]|vandaag"
)
_HEADING = lazy(
    rf"^(?P<lead>[\W_]*?)(?:{_RELATIVE})[*_]*\s*\(\s*[*_]*(?P<name>[^\W\d_]+(?:-feira)?)\.?"
    r"[*_]*\s*\)[*_]*(?P<rest>.*)$",
    re.IGNORECASE,
)


def named_weekday(text: str) -> str:
    """`TODAY (Monday) – Setup` as `Monday – Setup`: the weekday in brackets is the day's,
    and the word for today or tomorrow says no more; `D-4 Thursday` as `Thursday` (see
    `countdown_weekday`); `Session 1 (Thursday)` as `Thursday – Session 1` (see
    `session_weekday`). `text` as it was otherwise."""
    text = session_weekday(countdown_weekday(text))
    if "(" not in text:
        return text  # the usual heading, without compiling the pattern
    match = _HEADING.match(text)
    if match is None or fold(match.group("name")) not in WEEKDAYS:
        return text
    return f"{match.group('lead')}{match.group('name')}{match.group('rest')}"
