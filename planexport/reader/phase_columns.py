"""A lesson table's phase column names its rows; the activity column beside it tells what
happens in each phase, at length.

`| Phase | Durée | Activités détaillées |` over
`| Accueil & Ice-breaker | 10 min | Accueil personnalisé à la porte, mots de bienvenue. Jeu … |`
is a 10-minute block titled `Accueil & Ice-breaker` with the activity text as its note, as a
teacher's calendar would show it; before, the long activity text was the title and the phase
was lost. Only when the phase column (`Phase`, `Stage`, `Étape`, `Fase`, `Etapa`)
stands before the activity column and names every row in words, each once (not `P0`, `P1`),
and every activity beside it is a sentence (40 characters or more) longer than the name; a
table with a column of notes keeps its columns as they were.
"""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

__all__ = ["phase_column"]

# A phase's name holds a word (`Accueil`), not a code (`P0`); what happens in it is a sentence.
_WORD = lazy(r"[^\W\d_]{3}")
_LONG = 40

_PHASE_HEADS = frozenset(("phase", "phases", "stage", "stages", "etape", "etapes", "fase",
                          "fasi", "fases", "etapa", "etapas", "stufe", "tappa"))  # fmt: skip


def phase_column(header: list[str], rows: list[list[str]], title_col: int) -> int | None:
    """The column before `title_col` that names each row's phase, else None."""
    for col in range(title_col):
        words = set(fold(unwrap(header[col])).replace("/", " ").split())
        if not words & _PHASE_HEADS:
            continue
        pairs = [
            (unwrap(row[col]).strip(), unwrap(row[title_col]).strip())
            for row in rows
            if title_col < len(row)
        ]
        names = [name for name, _ in pairs]
        if (
            pairs
            and len(set(names)) == len(names)
            and all(_WORD.search(name) and len(what) >= _LONG > len(name) for name, what in pairs)
        ):
            return col
        return None
    return None
