"""A class's group on its own line in a grid cell: `Klassiek ballet<br/>Volwassenen`,
`Yoga<br>Beginners`, `Schwimmen<br>Fortgeschrittene 2`, `Inglés<br>Nivel B1`. The line after the
break names who the class is for, so it is part of the class's name (`Klassiek ballet
Volwassenen`), not a note beside it as a room or a teacher is (`Geometry<br>Room 1`)."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["group_line"]

# Who a class is for, or its level, in the seven languages (folded: lower case, no accents).
_GROUPS = frozenset(
    (
        # English
        "beginners", "beginner", "starters", "novices", "improvers", "intermediate",
        "intermediates", "advanced", "adults", "adult", "juniors", "junior", "seniors", "senior",
        "kids", "children", "teens", "teenagers", "youth", "toddlers",
        # Dutch
        "gevorderden", "gevorderd", "halfgevorderden", "volwassenen", "volwassene", "jongeren",
        "jeugd", "kinderen", "kleuters", "senioren", "tieners", "junioren",
        # German
        "anfanger", "anfaenger", "einsteiger", "fortgeschrittene", "fortgeschritten",
        "mittelstufe", "erwachsene", "jugendliche", "jugend", "kinder",
        # Spanish
        "principiantes", "principiante", "iniciacion", "intermedio", "intermedios", "avanzado",
        "avanzados", "adultos", "jovenes", "ninos", "infantil", "juvenil", "mayores",
        # French
        "debutants", "debutant", "intermediaire", "intermediaires", "avances", "avance",
        "confirmes", "adultes", "jeunes", "enfants", "ados", "adolescents",
        # Italian
        "principianti", "intermedi", "avanzati", "avanzato", "adulti", "ragazzi", "bambini",
        "giovani",
        # Portuguese
        "iniciantes", "iniciante", "iniciacao", "intermediario", "intermediarios", "avancados",
        "avancado", "jovens", "criancas",
    )
)  # fmt: skip
# "Level 2", "Niveau A1", "Nivel B1", "Stufe 3", "Livello 1", "Nível 2": a level by its number.
_LEVEL = lazy(r"^(?:level|niveau|nivel|stufe|livello)\s+[a-c]?[0-9]{1,2}$")
# "Gevorderden 2", "Adults B", "Kinder A+B": the group word with a letter or number after it.
_MARK = lazy(r"^(?P<word>[^\W\d_]+)(?:\s+[a-z0-9]{1,2}(?:\s*\+\s*[a-z0-9]{1,2})?)?$")


def group_line(line: str) -> bool:
    """Whether a cell's line after a `<br>` only names the group or level a class is for."""
    text = " ".join(fold(line).strip(" .:-–—()").split())
    if _LEVEL.match(text):
        return True
    match = _MARK.match(text)
    return match is not None and match["word"] in _GROUPS
