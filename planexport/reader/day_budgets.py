"""A day's own length over blocks given as ranges (`## Rutina diaria base (3-4 horas)` over
`Bloque 1 (45-60 min)`, `Bloque 2 (60-90 min)`, …): the day is as long as its heading says when
that length lies between its blocks at their shortest and at their longest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.durations import Found

__all__ = ["within_stated"]


def _title_length(title: str) -> Found | None:
    """A length in brackets that ends a day's title (`Rutina Diaria Base (3-4 horas)`)."""
    last = re.search(r"\(([^()]*)\)[*_\s:]*$", title)
    if last is None:
        return None
    found = find_duration(last.group(1))
    if found is None or found.at is not None or last.group(1)[found.end :].strip():
        return None
    return found


def within_stated(
    variants: list[tuple[float, list[RawBlock]]], length: Found | None, title: str
) -> list[tuple[float, list[RawBlock]]]:
    """The day's one plan as long as the length its heading states, when its blocks' ranges
    allow it (the scheduler then spreads that length over them); else as it was."""
    if len(variants) != 1:
        return variants
    stated = length if length is not None else _title_length(title)
    if stated is None or stated.at is not None:
        return variants
    _, blocks = variants[0]
    shortest, longest = sum(b.lo for b in blocks), sum(b.hi for b in blocks)
    if not shortest <= stated.hi < longest:
        return variants
    return [(round(stated.hi / 60, 2), blocks)]
