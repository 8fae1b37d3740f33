"""A bold line naming a group of weekdays with the word for their usual day: `**Weekday
Pattern** (1-1.5 hours/day):`, `**Weekend routine**`, `**Rutina entre semana**`, `**Routine du
week-end**`, `**Routine dei giorni feriali**`, `**Rotina do fim de semana**`, `**Werktage-Plan**`:
the group's days, as `**Weekdays**` alone is."""

from __future__ import annotations

from planexport.reader.words import WEEKEND_WORDS, WORKWEEK_WORDS

__all__ = ["group_pattern"]

# The group's usual day, in the seven languages.
_PATTERN = frozenset((
    "pattern", "routine", "schedule", "plan", "template", "rhythm", "structure",
    "muster", "ablauf", "rhythmus", "struktur", "rutina", "patron", "horario", "estructura",
    "modele", "programme", "rythme", "schema", "programma", "ritmo", "struttura",
    "rotina", "padrao", "estrutura", "patroon", "ritme", "rooster", "structuur",
))  # fmt: skip
# What may join the group to that word: "Rutina de entre semana", "Routine du week-end".
_OF = frozenset((
    "of", "de", "del", "des", "du", "dei", "della", "do", "da", "dos",
    "der", "am", "van", "het", "for", "para", "pour", "per", "fur", "voor",
))  # fmt: skip
_GROUPS = sorted((*WEEKEND_WORDS, *WORKWEEK_WORDS), key=len, reverse=True)


def group_pattern(words: str) -> bool:
    """Whether folded words (`weekday pattern`, `rutina entre semana`) are a group of weekdays
    and one word for its usual day, in either order."""
    words = " ".join(words.replace("-", " ").split())
    for group in (" ".join(g.replace("-", " ").split()) for g in _GROUPS):
        if words.startswith(group + " "):
            rest = words[len(group) :].split()
        elif words.endswith(" " + group):
            rest = words[: -len(group)].split()
        else:
            continue
        rest = [word for word in rest if word not in _OF]
        return len(rest) == 1 and rest[0] in _PATTERN
    return False
