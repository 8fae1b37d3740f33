"""A time column's header that names what is done in its times (`Study time`, `Study Times`,
`Lernzeit`, `Tiempo de estudio`), as a title for the blocks of a table with no title column."""

from __future__ import annotations

import re

from planexport.reader.outline import unwrap
from planexport.reader.words import fold

__all__ = ["worded_time_header"]

# Words that only say "when" in a header: `Time`, `Time Slot`, `Hours`, `Uhrzeit`, `Horario`.
_WHEN_WORDS = frozenset((
    "time", "times", "slot", "slots", "hour", "hours", "hrs", "when", "period", "block",
    "window", "start", "end", "from", "to", "and", "of", "the", "zeit", "uhrzeit", "uhr",
    "zeitraum", "hora", "horas", "horario", "tiempo", "franja", "de", "del", "heure", "heures",
    "horaire", "creneau", "orario", "ora", "ore", "tempo", "tijd", "tijdstip", "uur", "van",
))  # fmt: skip


def worded_time_header(header: str) -> str | None:
    """The header, its first letter capitalised, when it has a word besides its words for time
    (`Study time`), else None (`Time`, `Time Slot`, `Hora`)."""
    text = unwrap(header).strip(" *_")
    words = re.findall(r"[a-z]+", fold(text))
    if not words or all(word in _WHEN_WORDS for word in words):
        return None
    return text[:1].upper() + text[1:]
