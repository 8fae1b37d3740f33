"""Paces in training lines (`Easy run: 8km (5:15 min/km)`, `4:30/km`, `6'15"/km`, `1:45/100m`):
how fast, never a length or a time of day. They are blanked before a line's lengths and times are
read, each character kept in its place, so they stay in the title as written."""

from __future__ import annotations

import functools
import re

from planexport.reader.lazy import lazy

__all__ = ["amount_warning", "without_training_amounts"]

# What a pace is counted over: a kilometre, a mile, or a pool or track length (`/100m`, `/500m`
# on a rower); in each language's word too (`min/mile`, `min por kilómetro`, `min pro Meile`).
_OVER = (
    r"(?:\d{2,3}\s*(?:m|y|yd|yds)|km|kms|k|kil[oó]met\w*|mi|mile|miles|milla|millas|meile|milha"
    r"|miglio|mijl|mille)(?!\w)"
)
# `5:15 min/km`, `4:30/km`, `6'15"/km`, `6’15’’/km`, `1:45/100m`, `6 min/km`, `5.5 min per km`,
# `5:30 min por km`, `5 Min. pro km`, `4'30 au km`, `5:00 al km`: minutes and seconds, or minutes
# with their word, then `/` or a word for "per", then what they are counted over.
_PACE = lazy(
    r"(?<![\w:.'’])\d{1,2}(?:"
    r"\s*[:'’′]\s*[0-5]\d(?:\s*(?:\"|”|″|''|’’))?(?:\s*(?:min\w*|mins?)\.?)?"
    r"|(?:[.,]\d)?\s*(?:min\w*\.?|['’′]))"
    rf"\s*(?:/|(?:per|por|pro|par|au|al|je)\s)\s*{_OVER}",
    re.IGNORECASE,
)
# What a pace needs, as a first cheap look at a line: a `/` or a word for "per".
_MAYBE = lazy(r"/|\b(?:per|por|pro|par|au|al|je)\s", re.IGNORECASE)


def _amounts(text: str) -> list[tuple[int, int, str]]:
    """Where `text` holds a pace: (start, end, kind)."""
    if not any(ch.isdigit() for ch in text) or _MAYBE.search(text) is None:
        return []
    return [(m.start(), m.end(), "a pace") for m in _PACE.finditer(text)]


@functools.lru_cache(maxsize=1024)
def without_training_amounts(text: str) -> str:
    """`text` with its paces blanked in place.

    >>> without_training_amounts("Easy run: 8km (5:15 min/km)")
    'Easy run: 8km (           )'
    """
    for start, end, _ in _amounts(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def amount_warning(text: str) -> str | None:
    """What to say of a line with no length whose only numbers of time were a pace
    (`Easy run: 8km (5:15 min/km)`), else None."""
    found = _amounts(text)
    if not found:
        return None
    start, end, kind = found[0]
    said = " ".join(text.split())
    said = said if len(said) <= 60 else said[:57] + "…"
    amount = " ".join(text[start:end].split())
    return f'"{said}" gives {kind} ({amount}), not a length: kept as a note'
