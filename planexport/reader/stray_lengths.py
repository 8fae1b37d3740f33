"""A day's only timed line that says how, not what (`- Format: 25 minutes per problem`): under a
daily structure, that day keeps the structure and the line is a note of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Item
    from planexport.reader.sections import DayBody

__all__ = ["as_notes", "stray_items", "stray_line"]

# "Format:", "**Note:**", "Tipp:": a short label, then what it explains.
_LABELLED = lazy(
    r"^[\W_]*(?P<label>[^\W\d_]{2,16}(?:\s[^\W\d_]{2,16})?)[*_]*\s*:[*_]*\s*(?P<rest>\S.*)$"
)
# Labels that explain rather than name a step: "Format: …", "Note: …", "Tipp: …", "Regel: …".
_EXPLAINING = frozenset(
    (
        "format", "note", "notes", "tip", "tips", "hint", "rule", "rules", "remember", "how",
        "hinweis", "tipp", "regel", "notiz", "nota", "notas", "consejo", "regla", "conseil",
        "astuce", "remarque", "regle", "suggerimento", "regola", "dica", "regra", "opmerking",
        "tip", "regel", "formato", "modalite", "modalita", "ablauf",
    )
)  # fmt: skip
# "25 minutes per problem", "10 Minuten pro Aufgabe", "20 min cada uno": a rate, not a step.
_PER = lazy(
    r"^[\s,]*(?:per|each|a|an|pro|je|por|cada|par|chaque|ogni|al|elk|elke|per\s+ogni)\s+\w",
    re.IGNORECASE,
)


def stray_line(text: str) -> bool:
    """Whether a `Label:` line's length explains how (`Format: 25 minutes per problem, timed
    strictly`, `Tipp: 5 Minuten Pause`) rather than naming a step of the day, or a bracketed
    length is a rate (`Time yourself (30–40 min each)`)."""
    match = _LABELLED.match(text)
    if match is None:
        return _each(text)
    found = find_duration(match["rest"])
    if found is None or found.at is not None:
        return False
    if fold(match["label"]).lower() in _EXPLAINING:
        return True
    return _PER.match(match["rest"][found.end :]) is not None


def stray_items(body: DayBody) -> list[Item] | None:
    """The items a day's only blocks were read from, when each of them is a stray line; else
    None (a day with a block of its own keeps it)."""
    if len(body.variants) != 1:
        return None
    items = {item.line: item for item in body.items}
    found: list[Item] = []
    for raw in body.variants[0][1]:
        item = items.get(raw.line)
        if item is None or raw.at is not None or not stray_line(item.text):
            return None
        found.append(item)
    return found or None


def as_notes(body: DayBody, strays: list[Item]) -> None:
    """The day's stray lines as notes where they stand among its other lines; no blocks."""
    body.variants = []
    for stray in strays:
        before = {i.text for i in body.items if i.line < stray.line}
        at = sum(1 for note in body.notes if note in before)
        body.notes.insert(at, stray.text)


# "(30–40 min each)", "(20 min per problem)", "(15 Min. pro Aufgabe)": after the length, what
# it is a length of each of; the bracket closes there.
_EACH = lazy(
    r"^\.?\s*(?:each|apiece|per\s+\w+|pro\s+\w+|cada\s+\w+|chacun\w*|ciascun\w*|elk\w*)\s*[)\]]",
    re.IGNORECASE,
)


def _each(text: str) -> bool:
    """Whether a line's only length is a rate in brackets (`Time yourself (30–40 min each)`):
    how long each of several things takes, not a step of that length."""
    found = find_duration(text)
    if found is None or found.at is not None or "(" not in text[: found.start]:
        return False
    return _EACH.match(text[found.end :]) is not None
