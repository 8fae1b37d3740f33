"""A line that opens with the day it is about: a weekday (`### Saturday: 6-8 hours`, `- **Mon:**
2 hours`, `Samstag – 3 Stunden`) or a numbered day (`Day 4: 1-2 hours`). A length on such a line
is that day's, never an echo of a weekly budget the plan states elsewhere (`Light (6-8
hrs/week)`), so `budget_echoes` leaves it as written."""

from __future__ import annotations

import re

from planexport.reader.dates import tolerant
from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS, WEEKDAYS

__all__ = ["opens_a_day"]

# Three letters or more ("Sat", "Mié", "Samstag"): "Do" and "Mi" are words of their own too.
_NAMES = sorted((name for name in WEEKDAYS if len(name) >= 3), key=len, reverse=True)
# Heading marks, a bullet, a checkbox or emphasis may come first: "### ", "- [ ] **", "> ".
_LEAD = lazy(
    r"^[\s#>*_\-+•]*(?:\[[ xX]\]\s*)?[*_]*"
    rf"(?:(?:{'|'.join(map(tolerant, _NAMES))})\.?|{DAY_WORDS}\s*\d{{1,3}})(?!\w)",
    re.IGNORECASE,
)


def opens_a_day(text: str, pos: int) -> bool:
    """Whether the line of `text` that holds `pos` opens with a weekday or a numbered day."""
    start = text.rfind("\n", 0, pos) + 1
    return _LEAD.compiled().match(text[start:pos]) is not None
