"""A table row that names a day off and says more (`| Mercoledì | Riposo | – | Recupero completo |`,
`| Wednesday | Rest | – | light stretching if you feel like it |`, `| Quinta | Descanso | - |
Caminhada opcional |`): the day's note, its rest word and what follows it kept apart by a dash
(`Riposo – Recupero completo`), so that the day reads as a rest day with its note and never as a
day of untimed lines; a rest word that is also a break's (`Descanso`, `Pause`, `Off`) no longer
loses the note."""

from __future__ import annotations

import re

from planexport.reader.outline import unwrap
from planexport.reader.words import REST_DAY_WORDS, fold

__all__ = ["rest_row_note"]

_EMPTY = " -—–[]"


def rest_row_note(cells: list[str]) -> str | None:
    """`Riposo – Recupero completo` from the cells after a row's day, when the first cell that
    says something is only a rest word (`**Riposo**`, `Ruhetag 🛌`) and another cell says more;
    None otherwise (a row of one rest word reads as before)."""
    filled = [cell.strip() for cell in cells if cell.strip(_EMPTY)]
    if len(filled) < 2:
        return None
    word = " ".join(re.sub(r"[^\w\s]", " ", fold(unwrap(filled[0]))).split())
    if word not in REST_DAY_WORDS:
        return None
    return f"{unwrap(filled[0]).strip()} – {' '.join(filled[1:])}"
