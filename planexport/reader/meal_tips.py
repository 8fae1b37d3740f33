"""A tip on when to eat or drink, in a plan's day or beside its blocks: `- Pre-run: Light snack
1-2h before (banana, toast)`, `- Water only (under 90 min)`, `- Protein + carbs within 30 min`,
`- Essen 1-2 Std. vorher`, `- Comer 1-2 h antes de correr`, `- Manger 2 h avant la course`,
`- Mangiare entro 30 minuti`, `- Beba água até 30 minutos depois`, `- Eten 1-2 uur voor het
lopen`.

The line names something eaten or drunk before its first length, and each of its lengths is a
gap before or after something or a limit to keep within (see `advice_lengths`): it says when to
eat, not what to do for how long, and is never a block. `- Run 30 min before breakfast` (the
food after the length) and `- Snack prep (15 min)` (a length of its own) stay blocks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["meal_tip", "meal_tip_line"]

# Something eaten or drunk, or eating and drinking, in the seven languages.
_FOOD = lazy(
    r"\b(?:eat(?:ing)?|snacks?|meals?|food|fuel(?:ing|ling)?|drink(?:ing)?|water|protein"
    r"|carbs?|carbohydrates?|gels?|caffeine|hydrat\w*"
    r"|essen|iss|mahlzeit(?:en)?|trinken?|trink|wasser|eiwei(?:ß|ss)|kohlenhydrate?"
    r"|comer|coma|come|comida|merienda|tentempi[eé]|beber|beba|bebe|agua|[aá]gua"
    r"|prote[ií]nas?|carbohidratos?|carboidratos?|refei[cç][aã]o|lanche|hidrat\w*"
    r"|manger|mange[zr]?|repas|collation|en-cas|boire|bois|eau|prot[eé]ines?|glucides?"
    r"|mangiare|mangia|pasto|spuntino|bere|bevi|acqua|proteine|carboidrati|idrat\w*"
    r"|eten|eet|maaltijd|tussendoortje|drinken|eiwitten|eiwit|koolhydraten)\b",
    re.IGNORECASE,
)


def meal_tip(text: str) -> bool:
    """Whether a line says when to eat or drink (`Light snack 1-2h before`), not a block."""
    found = find_duration(text)
    if found is None or found.at is not None or not _FOOD.search(text, 0, found.start):
        return False
    from planexport.reader.advice_lengths import says_when

    return says_when(text, found.start, found.end)


def meal_tip_line(lines: Iterable[tuple[int, str]]) -> tuple[int, str] | None:
    """The first of `lines` (line, text) that is a tip on when to eat or drink, as its line and
    first length, or None."""
    for line, text in lines:
        if meal_tip(text):
            found = find_duration(text)
            assert found is not None
            return line, found.text.strip()
    return None
