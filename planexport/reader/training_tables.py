"""Training tables with more than one session a day and a log (`| Day | Main session | Second
session | Notes |` over `| Thursday | GYM: LEGS | Bike (rollers): 45min Z2 | Done: Leg A (43m). |`):
each session's cell is a block of the day, as in a grid of weekdays, and a length the log says
was done (`Done: Pull A (42m)`, `Hecho: …`, `Erledigt: …`) is what happened, never a length."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

__all__ = ["done_log", "second_session"]

# "Second session", "Sesión secundaria", "Zweite Einheit", "Séance secondaire", "Sessione
# secondaria", "Sessão secundária", "Tweede sessie" (folded words).
_SECOND = frozenset(("second", "secondary", "2nd", "zweite", "zweiter", "zweites", "segunda",
                     "secundaria", "secundario", "seconde", "secondaire", "seconda", "secondaria",
                     "tweede"))  # fmt: skip
_SESSION = frozenset(("session", "sesion", "sessione", "sessao", "sessie", "seance", "einheit",
                      "training", "workout", "entreno", "entrenamiento", "allenamento", "treino",
                      "sesiones", "sessions", "sessioni", "sessoes", "sessies", "seances",
                      "einheiten", "trainingseinheit"))  # fmt: skip
# "Done: Pull A (42m)", "Hecho: 1000m Natación", "Erledigt: Lauf (40 Min)", "Fait : …",
# "Fatto: …", "Feito: …", "Gedaan: …", "Completed: …": what was done. A tick alone (`✅ Arrays
# (60 min)`) marks a planned task as done and keeps its length.
_DONE = lazy(
    r"(?:^|[.;|]\s*|\s)(?:[*_]*(?:done|completed|finished|did|hecho|hecha|completado|realizado"
    r"|realizada|erledigt|gemacht|geschafft|absolviert|fait|faite|termine|fatto|fatta|completato"
    r"|svolto|feito|feita|concluido|gedaan|voltooid|afgerond)[*_]*\s*:)",
)


def done_log(cell: str) -> bool:
    """Whether a cell logs what was done (`Done: Pull A (42m).`, `Hecho: 2.7km Carrera`)."""
    return _DONE.search(fold(unwrap(cell))) is not None


def second_session(header: list[str]) -> bool:
    """Whether a table's third or later column is headed as a second session of the day
    (`Second session`, `Sesión secundaria`, `Zweite Einheit`, `Tweede sessie`)."""
    for col, name in enumerate(header):
        words = re.findall(r"[a-z0-9]+", fold(unwrap(name)))
        if col >= 2 and any(w in _SECOND for w in words) and any(w in _SESSION for w in words):
            return True
    return False
