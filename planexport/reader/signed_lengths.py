"""A signed length after a label (`**Net**: -5 min (fits exactly)`, `Puffer: +10 Min.`): how
much a plan gains or loses against a draft or its frame, never a block of its own."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["signed_change"]

# A sign written against the length (`-5 min`, `+ 3 min`, `−5`, `±2`), after a space, a colon
# or a bracket: a hyphen that joins words (`Warm-5 min`) is no sign.
_SIGN = lazy(r"(?:^|[\s:(\[])[-+−±]\s?$")

# The labels of a balance, folded, in the seven languages.
_LABELS = frozenset(
    word
    for line in (
        "net nett total sum balance buffer rest remaining margin difference delta diff",
        "netto gesamt summe saldo puffer differenz reserve",
        "neto total saldo resto margen diferencia reserva",
        "net total solde bilan reste marge difference ecart reserve",
        "netto totale somma saldo resto margine differenza scarto riserva",
        "liquido total saldo resto margem diferenca reserva",
        "netto totaal saldo rest marge verschil reserve overschot tekort",
    )  # English, German, Spanish, French, Italian, Portuguese, Dutch
    for word in line.split()
)


def signed_change(text: str) -> bool:
    """Whether a line gives a length with a sign after a label of a balance (`Net`, `Netto`,
    `Total`, `Saldo`, `Puffer`, `Rest`): `**Net**: -5 min` is no 5-minute block "Net"."""
    if "-" not in text and "+" not in text and "−" not in text and "±" not in text:
        return False
    found = find_duration(text)
    if found is None or found.at is not None:
        return False
    before = text[: found.start]
    if _SIGN.search(before) is None:
        return False
    words = re.findall(r"[a-z]+", fold(before))
    return 0 < len(words) <= 3 and words[-1] in _LABELS
