"""A table of training days with a column of workouts and one of their focus: `| Day | Workout |
Duration | Focus |`, `| Giorno | Allenamento | Durata | Focus |`, `| Tag | Einheit | Dauer |
Schwerpunkt |`. The workout (`Full Body A`) titles each row's block and the focus (`Push +
Core`) is its note, though a focus column titles a row where nothing else names it."""

from __future__ import annotations

import re

from planexport.reader.outline import unwrap
from planexport.reader.words import fold

__all__ = ["workout_title"]

# Headers of a column that names each row's workout, folded, in the seven languages.
_WORKOUT_WORDS = frozenset((
    "workout", "workouts", "training", "trainings", "entrenamiento", "entrenamientos", "entreno",
    "allenamento", "allenamenti", "treino", "treinos", "seance", "seances", "sesion", "sesiones",
    "sessione", "sessioni", "sessao", "sessoes", "session", "sessions", "sessie", "sessies",
    "einheit", "einheiten", "trainingseinheit", "entrainement", "entrainements", "workoutsessie",
))  # fmt: skip
# Headers of a column that says what a row works on, folded.
_FOCUS_WORDS = frozenset(("focus", "fokus", "foco", "enfoque", "schwerpunkt", "nadruk"))


def workout_title(header: list[str], rows: list[list[str]], cols: dict[str, int | None]) -> None:
    """Title the rows by the workout column, the focus column their note, when the title
    column chosen is headed as a focus, no column is the note yet, and the workout column holds
    names: not numbers (`Session 1`) nor parts of the day (`Morning`), which stay labels."""
    from planexport.reader.blocks import session_name

    focus = cols["title"]
    if focus is None or cols["note"] is not None or not _headed(header[focus], _FOCUS_WORDS):
        return
    used = {col for role, col in cols.items() if col is not None and role != "label"}
    workout = next(
        (c for c, name in enumerate(header) if c not in used and _headed(name, _WORKOUT_WORDS)),
        None,
    )
    if workout is None:
        return
    cells = [unwrap(row[workout]).strip() for row in rows if workout < len(row)]
    filled = [cell for cell in cells if cell.strip(" -—–")]
    if not filled or any(session_name(cell) is not None or _numbered(cell) for cell in filled):
        return
    if cols["label"] == workout:
        cols["label"] = None
    cols["title"], cols["note"] = workout, focus


def _headed(header: str, words: frozenset[str]) -> bool:
    found = re.findall(r"[a-z]+", fold(unwrap(header)))
    return 0 < len(found) <= 3 and any(word in words for word in found)


def _numbered(cell: str) -> bool:
    """`1`, `B`, `Workout 2`, `Einheit B`: a number or a letter, alone or after a workout's word
    (`Forza A`, `Full Body A` are names)."""
    words = fold(cell).strip(" *_.:#").split()
    if not words or not re.fullmatch(r"[a-z]?\d{1,3}[a-z]?|[a-z]", words[-1]):
        return False
    return len(words) == 1 or (len(words) == 2 and words[0] in _WORKOUT_WORDS)
