"""Shifts named by when they run (`Night shift`, `Early shift`, `Nachtschicht`, `Spätdienst`,
`Turno de noche`, `Turno notturno`, `Plantão noturno`, `Poste de nuit`, `Nachtdienst`): work, the
way `Work` is, for the work spans of a day."""

from __future__ import annotations

__all__ = ["KINDS", "NAMED", "NIGHT", "SHIFTS", "shift_kinds"]

# Words that name a shift and are work on their own: `Shift`, `Nachtschicht`, `Dienst`,
# `Guardia`, `Plantão`, `Nachtploeg` (accent-free, lower case).
SHIFTS = frozenset((
    "shift", "shifts", "nightshift", "dayshift",
    "schicht", "schichten", "nachtschicht", "fruhschicht", "spatschicht", "tagschicht",
    "wechselschicht", "schichtdienst", "dienst", "nachtdienst", "fruhdienst", "spatdienst",
    "tagdienst", "bereitschaftsdienst",
    "turno", "turnos", "turni", "guardia", "guardias",
    "plantao", "plantoes",
    "nachtploeg", "dagploeg", "avondploeg", "dagdienst", "avonddienst", "ochtenddienst",
    "vroegedienst", "laatdienst", "ploegendienst",
))  # fmt: skip
# Words that name a shift only beside when it runs: `Night duty`, `Poste de nuit`, `Équipe du
# matin`, `Garde de nuit`, `Service du soir`, `Vroege ploeg` (a `Poste` alone is the post office).
NAMED = frozenset(("duty", "poste", "equipe", "garde", "service", "ploeg"))
# When a shift runs: night, morning, afternoon, evening, early and late in the seven languages.
KINDS = frozenset((
    "night", "nights", "early", "late", "morning", "afternoon", "evening", "day", "days",
    "overnight", "graveyard", "swing", "split", "double", "weekend",
    "nacht", "nachts", "fruh", "fruhe", "spat", "spate", "tag", "mittag",
    "noche", "nocturno", "nocturna", "manana", "tarde", "madrugada", "diurno", "diurna",
    "partido",
    "nuit", "matin", "apres-midi", "soir", "soiree", "journee",
    "notte", "notturno", "notturna", "mattina", "mattino", "pomeriggio", "pomeridiano",
    "sera", "serale",
    "noite", "noturno", "noturna", "manha",
    "dag", "avond", "ochtend", "middag", "vroege", "vroeg", "laat",
))  # fmt: skip

# Words of a shift that runs through the night, alone or beside a shift (`Nachtschicht`, `Night
# shift`, `Turno de noche`, `Poste de nuit`, `Turno notturno`, `Plantão noturno`, `Nachtploeg`):
# its bare hours run past midnight (`Night shift 10-6` from 22:00).
NIGHT = frozenset((
    "night", "nights", "overnight", "graveyard", "nightshift",
    "nacht", "nachts", "nachtschicht", "nachtdienst",
    "noche", "nocturno", "nocturna", "madrugada",
    "nuit",
    "notte", "notturno", "notturna",
    "noite", "noturno", "noturna",
    "nachtploeg",
))  # fmt: skip


def shift_kinds(words: list[str]) -> frozenset[str]:
    """The words a title may hold beside work when it names a shift by when it runs (`night`,
    `de noche`, `poste` with `nuit`); none for a title with no shift in it (`Night study`)."""
    if not any(word in KINDS for word in words):
        return frozenset()
    if not any(word in SHIFTS or word in NAMED for word in words):
        return frozenset()
    return KINDS | NAMED
