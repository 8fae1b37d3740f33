"""A line that opens with the day it is about: a weekday (`### Saturday: 6-8 hours`, `- **Mon:**
2 hours`, `Samstag – 3 Stunden`) or a numbered day (`Day 4: 1-2 hours`). A length on such a line
is that day's, never an echo of a weekly budget the plan states elsewhere (`Light (6-8
hrs/week)`), so `budget_echoes` leaves it as written. `WEEKDAY_NAME` is the weekday names such a
line may open with, which `weekday_parts` reads labels by too."""

from __future__ import annotations

import re

from planexport.reader.dates import tolerant
from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS, WEEKDAYS

__all__ = ["WEEKDAY_NAME", "opens_a_day"]

# A weekday's name or its short form of three letters or more ("Sat", "Mié", "Samstag", "Mon."):
# the two-letter forms ("Do", "Mi") are words of their own too often to stand for a day alone.
_NAMES = sorted((name for name in WEEKDAYS if len(name) >= 3), key=len, reverse=True)
WEEKDAY_NAME = rf"(?:{'|'.join(map(tolerant, _NAMES))})\.?"
# Heading marks, a bullet, a checkbox or emphasis may come first: "### ", "- [ ] **", "> ".
_LEAD = lazy(
    rf"^[\s#>*_\-+•]*(?:\[[ xX]\]\s*)?[*_]*(?:{WEEKDAY_NAME}|{DAY_WORDS}\s*\d{{1,3}})(?!\w)",
    re.IGNORECASE,
)


def opens_a_day(text: str, pos: int) -> bool:
    """Whether the line of `text` that holds `pos` opens with a weekday or a numbered day."""
    start = text.rfind("\n", 0, pos) + 1
    return _LEAD.compiled().match(text[start:pos]) is not None
