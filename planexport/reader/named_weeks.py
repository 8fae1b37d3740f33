"""A week named by a word over its days' numbers (`Final Week (Days 57-60)`): its days."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS, WEEK_WORDS

__all__ = ["unnamed_week"]

# "Final Week (Days 57-60): DP", "**Review Week (Days 22-28)**": one or two words, the week, then
# its days in brackets; "Week 3 (Days 15-21)" is read as it is (a numbered week).
_NAMED = lazy(
    rf"^(?P<lead>[\W_]*)(?:[^\W\d_]+\s+){{1,2}}{WEEK_WORDS}\s*(?=\(\s*{DAY_WORDS}\s*\d)",
    re.IGNORECASE,
)


def unnamed_week(text: str) -> str:
    """`Final Week (Days 57-60): DP` as `(Days 57-60): DP`, so that its days are read as a
    numbered week's are (`Week 9 (Days 57-60)`); any other text as it is."""
    if "eek (" not in text and "EEK (" not in text:
        return text  # the usual case: no English week word before a bracket
    return _NAMED.sub(r"\g<lead>", text, count=1)
