"""Labels that give the day's length as a goal (`Time target: 3 hours`, `Zielzeit: 2 h`)."""

from __future__ import annotations

__all__ = ["is_length_goal"]

# Words that name the time (`Time target`, `Zeitbudget`, `Tiempo objetivo`, `Durée prévue`).
_TIME = frozenset(
    (
        "time", "hours", "duration", "length", "zeit", "dauer", "stunden", "tiempo",
        "duracion", "horas", "temps", "duree", "heures", "tempo", "durata", "ore",
        "duracao", "tijd", "duur", "uren",
    )
)  # fmt: skip
# Words that make such a label a goal for the whole day, not a block of it.
_GOAL = (
    "target", "goal", "budget", "needed", "required", "expected", "planned", "allotted",
    "allocated", "suggested", "recommended", "ziel", "soll", "geplant", "benotigt",
    "objetivo", "meta", "previst", "necesari", "necessari", "recomendad", "sugerid",
    "objectif", "prevu", "cible", "conseille", "obiettivo", "richiest", "consigliat",
    "doel", "gepland", "nodig", "benodigd",
)  # fmt: skip
# German compounds and whole words: "Zielzeit", "Zeitbudget", "Sollzeit", "Doeltijd".
_COMPOUNDS = frozenset(
    ("zielzeit", "zeitbudget", "sollzeit", "zeitziel", "doeltijd", "tijdsbudget", "timebox")
)


def is_length_goal(words: str) -> bool:
    """Whether folded label words (`time target`, `tiempo objetivo`) say how long the day is
    meant to take: a word for time and a word for a goal, in a label of at most three words."""
    parts = words.split()
    if len(parts) == 1:
        return parts[0] in _COMPOUNDS
    if not 2 <= len(parts) <= 3:
        return False
    return any(p in _TIME for p in parts) and any(p.startswith(_GOAL) for p in parts)
