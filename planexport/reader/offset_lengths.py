"""Lengths that say how far off a time one is, not how long anything lasts: `Realize you are
5 minutes late to class`, `Leave 10 minutes early`, `two hours ago`, `30 min behind schedule`,
`5 Minuten zu spät`, `10 minutes en retard`, `10 minutos de atraso`, `5 minuten te laat`.

Such a length is no length of the line: a start-time agenda's activity still lasts until the
next one starts, its title the whole line (`3:35 p.m. Realize you are 5 minutes late to class,
commit research progress to Git`).
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["is_offset"]

# The words right after the length (maybe after "too" or "or so"): late, early, ago …
_OFF = lazy(
    r"[*_]*\s+(?:(?:too|or\s+so)\s+)?"
    r"(?:late|early|earlier|ago|behind|ahead|overdue"
    r"|zu\s+(?:sp[aä]t|fr[uü]h)|versp[aä]tet|en\s+(?:retard|avance)|plus\s+t[oô]t"
    r"|de\s+(?:retraso|atraso)|atrasad[oa]s?|mais\s+cedo|in\s+(?:ritardo|anticipo)"
    r"|te\s+(?:laat|vroeg))(?![\w-])",
    re.IGNORECASE,
)


def is_offset(text: str, end: int) -> bool:
    """Whether the length ending at `end` in `text` says how late or early, not how long."""
    if end >= len(text) or not (text[end].isspace() or text[end] in "*_"):
        return False  # "5 min)", "5 min:": most lengths end a title or a bracket
    return _OFF.match(text, end) is not None
