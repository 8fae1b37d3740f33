"""Weekday tables with a column per numbered part of the session (`| Día | Foco | Bloque 1
(Fuerza) | Bloque 2 (Metcon) |` over `| Lunes | Pierna | Sentadilla 5×5 (20') | Bici (20') |`):
each timed cell is a block of its own, in order, and the focus column is a note of the day."""

from __future__ import annotations

from planexport.reader.blocks import session_name
from planexport.reader.durations import find_duration
from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["numbered_part_columns"]


def _numbered_part(header: str) -> bool:
    """`Bloque 1 (Fuerza)`, `Block 2: Metcon`, `Teil 1`, `Parte 2`: a numbered part, not a part
    of the day (`Morning`), which the reader takes as such already."""
    name = session_name(header)
    if name is None:
        return False
    words = fold(name).split()
    return bool(words) and words[0] not in SESSION_WORDS and any(w.isdigit() for w in words)


def numbered_part_columns(header: list[str], timed: list[int]) -> bool:
    """Whether two or more columns are numbered parts of the session, timed in their cells or
    their headers (`Bloque 1 (Fuerza) (~20')`), and every other timed column is timed by its
    header (`Calentamiento (~10')`), not by what a cell says."""
    spans = {c for c in range(1, len(header)) if find_duration(header[c]) is not None}
    parts = {c for c in range(1, len(header)) if _numbered_part(header[c])}
    cells = set(timed) - spans
    return len(parts & (cells | spans)) >= 2 and cells <= parts and (len(cells) >= 2 or bool(spans))
