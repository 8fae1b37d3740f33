"""Whether a heading names a day (`### Mardi`, `## Day 3`, `## Saturday: Review`), by its words."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS, FULL_WEEKDAYS, fold

__all__ = ["day_heading"]

_WORDS = lazy(r"[^\W\d_]+")
_NUMBERED = lazy(rf"(?<!\w){DAY_WORDS}\s*\d", re.IGNORECASE)


def day_heading(text: str) -> bool:
    """Whether a heading's words name a weekday in full or a numbered day."""
    if _NUMBERED.search(text):
        return True
    return any(word in FULL_WEEKDAYS for word in _WORDS.findall(fold(text)))
