"""Advice that gives a range of time as an amount of something (`* Do 5–10 minutes of
stretching` under `## What to do in breaks`, after a timetable; `walking 15 to 60 minutes or
yoga` in a list of running tips): said about the plan, not a block of it.

The line instructs (`Do`, `Haz`, `Mach`, `walking` …) and its length is a range, not in brackets
and after no label, followed by what it is an amount of (`of stretching`, `de estiramientos`,
`d'étirements`, `di stretching`, `Minuten Dehnübungen`, `minuten aan rekoefeningen`) or by
another choice (`or yoga`, `oder Yoga`, `o yoga`). In a plan with no day heading such lines after
all its other timed lines are notes, and a plan whose only lengths are such lines is refused
(see `advice_lengths`). Inside a day, or beside timed lines in the same list, they stay blocks.
"""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["advice_range"]

# What the range is an amount of, right after its unit: "of stretching", "de estiramientos",
# "d'étirements", "di stretching", "minuten aan rekoefeningen", "Minuten lang dehnen".
_AMOUNT_OF = lazy(
    r"^\s*(?:(?:of|de|des|du|di|del|della|dello|degli|delle|da|do|dos|das|van|aan|lang)\s+"
    r"|[dD]['’])[^\W\d_]",
)
# Another choice: "15 to 60 minutes or yoga", "15 bis 60 Minuten oder Yoga", "o yoga", "ou ioga".
_OR = lazy(r"^\s*,?\s*(?:or|oder|o|ou|of|oppure)\s+[^\W\d_]", re.IGNORECASE)
# German writes its nouns, and its units, with a capital: "5–10 Minuten Dehnübungen".
_GERMAN_UNIT = lazy(r"(?:Minuten|Stunden|Min|Std)\.?$")
_NOUN = lazy(r"^\s+[A-ZÄÖÜ][a-zäöüß]")


def advice_range(text: str) -> bool:
    """Whether a line gives a range of time as an amount of what it advises (`Do 5–10 minutes
    of stretching`), not as a block's length (`Stretching (5–10 min)`, `Warm-up: 5–10 min`)."""
    found = find_duration(text)
    if found is None or found.at is not None or found.lo >= found.hi:
        return False
    if find_duration(text, found.end) is not None:
        return False  # two lengths: what each is, the line's reading says
    before, after = text[: found.start], text[found.end :]
    if ":" in before or before.count("(") > before.count(")") or "[" in before:
        return False  # "Warm-up: 5–10 minutes of jogging", "Stretching (5–10 min)"
    if not re.search(r"[^\W\d_]{2,}", before):
        return False  # "5–10 minutes of stretching": the line is named by its length
    if _AMOUNT_OF.match(after) or _OR.match(after):
        return True
    return bool(_GERMAN_UNIT.search(found.text) and _NOUN.match(after))
