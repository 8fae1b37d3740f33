"""A weekend's length on its bold line or heading (`**Weekend** (3-4 hours)`, `## Wochenende
(4 Std.)`, `**Fin de semana** (3 horas)`): the time of the weekend as a whole, given once, on
Saturday, with Sunday free; unless the line says each day has it (`(2 h par jour)`, `(2 hours
each day)`, `(3 Std. pro Tag)`, `(2 horas por día)`), when both days have it.

Saturday holds it whole rather than each day half: the points under the line are one piece of
work (`- Deploy the project`), not two halves, and the person chooses when to do it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKEND_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["weekend_item_days", "whole_weekend"]

# Each day of the weekend has the length: "per day", "each day", "a day", "/day", "daily",
# "pro Tag", "je Tag", "täglich", "por día", "al día", "cada día", "par jour", "chaque jour",
# "al giorno", "ogni giorno", "por dia", "ao dia", "per dag", "elke dag", "each", "jeweils".
_EACH_DAY = lazy(
    r"(?<!\w)(?:(?:per|a|an|each|every|pro|je|jeden|al|por|cada|par|chaque|ogni|ao|elke)"
    r"\s+(?:day|tag|dia|jour|giorno|dag)|/\s*(?:day|d|tag|dia|jour|giorno|dag)"
    r"|daily|taglich|diario|each|jeweils|chacun|ciascuno|elk)(?!\w)",
    re.IGNORECASE,
)


def whole_weekend(title: str, said: str, line: int, ctx: Ctx | None, *, rest: str = "") -> bool:
    """Whether a weekend line's length (`said`) is the weekend's as a whole: its title is the
    weekend (`Weekend`, not `Saturday & Sunday`) and neither the length nor the words after
    it (`rest`) say each day has it; warns so when it is."""
    words = re.sub(r"[^\w\s-]+", " ", fold(title)).split()
    if " ".join(words) not in WEEKEND_WORDS or _EACH_DAY.search(fold(f"{said} {rest}")):
        return False
    if ctx is not None:
        text = f"{title} ({' '.join(said.split())})"
        message = (
            f'"{text}" is the weekend\'s time as a whole: read once, on Saturday, and Sunday '
            f'left free (write "per day" to give each day that long)'
        )
        if not any(w.line == line and w.message == message for w in ctx.warnings):
            ctx.warn(line, message)
    return True


def weekend_item_days(names: str, rest: str) -> list[str]:
    """The days a weekend word leading an item among weekday items stands for (`- **Weekend**:
    Review (5 hours)` after `- **Friday**: Labs (4 hours)`): Saturday alone, holding the
    weekend's time as a whole, or both days when the line says each has it (`(2 hours/day)`);
    [] for any other lead."""
    words = " ".join(re.sub(r"[^\w\s-]+", " ", fold(names)).split())
    if words not in WEEKEND_WORDS:
        return []
    return ["sat", "sun"] if _EACH_DAY.search(fold(rest)) else ["sat"]
