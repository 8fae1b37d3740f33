"""Meals as plans name them beyond one word: `Snack A`, `Comida principal`, `Leichtes
Mittagessen`, and a meal with company then a rest (`Lunch with the team and take a rest`)."""

from __future__ import annotations

from planexport.reader.words import BREAK_WORDS

__all__ = ["qualified_meal", "rest_after_meal"]

_MEALS = frozenset(BREAK_WORDS)
# Words that say which meal, before or after it: "Morning snack", "Comida ligera", "Pranzo
# leggero", "Déjeuner rapide", "Lanche leve", "Lichte lunch", "Leichtes Mittagessen".
_WHICH = frozenset((
    "main", "light", "quick", "late", "early", "small", "big", "healthy", "morning", "afternoon",
    "evening", "midday", "mid-morning", "mid-afternoon", "am", "pm",
    "leichtes", "leichte", "leichter", "kleines", "kleine", "kleiner", "spates", "spate",
    "fruhes", "warmes", "kaltes", "gesundes", "gesunder",
    "principal", "ligera", "ligero", "rapida", "rapido", "tardia", "temprana", "saludable",
    "leger", "legere", "rapide", "tardif", "matin", "apres-midi",
    "leggero", "leggera", "principale", "veloce", "sano", "sana",
    "leve", "saudavel", "reforcado",
    "lichte", "snelle", "vroege", "gezonde",
))  # fmt: skip
# "Lunch with … and take a rest", "Almuerzo con … y descanso", "Mittagessen mit … und Pause".
_WITH = frozenset(("with", "mit", "con", "avec", "com", "met"))
_AND = frozenset(("and", "y", "e", "und", "et", "en"))
_REST = frozenset((
    "rest", "break", "nap", "relax", "pause", "ruhe", "ausruhen", "erholung", "descanso",
    "descansar", "siesta", "repos", "reposer", "sieste", "riposo", "riposare", "pausa",
    "sesta", "rust", "rusten", "pauze", "dutje",
))  # fmt: skip


def qualified_meal(words: list[str]) -> bool:
    """Whether two words name a meal and which one (`snack a`, `comida principal`)."""
    if len(words) != 2:
        return False
    first, second = words
    if first in _MEALS:
        return len(second) == 1 or second in _WHICH  # "Snack A", "Snack B (PM)"
    return second in _MEALS and first in _WHICH


def rest_after_meal(words: list[str]) -> bool:
    """Whether words are a meal with company or food, then a rest (`lunch with the provided
    meal and take a rest`); a meal with company alone (`dinner with speakers`) is not."""
    if len(words) < 5 or words[0] not in _MEALS or words[1] not in _WITH:
        return False
    joins = [idx for idx, word in enumerate(words) if word in _AND]
    if not joins:
        return False
    tail = words[joins[-1] + 1 :]
    return joins[-1] <= 7 and 0 < len(tail) <= 3 and tail[-1] in _REST
