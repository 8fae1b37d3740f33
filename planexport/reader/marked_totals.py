"""A total written with a dash, a bracket, `=` or an arrow instead of a colon (`Total (3.5 hrs)`,
`Total - 1.5 h`, `Total = 5 hours`, `Total → 6 hours`): the day's hours, not a block."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["marked_total"]

# "Total (3.5 hrs)", "TOTAL - 1.5 h", "Total = 5 hours", "Total → 6 hrs", "Total time – 4h":
# a total's word, a mark, a length and nothing after it but the bracket that closes it.
_MARKED = lazy(
    r"^[^\w]*(?:total|totals|total\s+time|total\s+hours|gesamt)\s*(?:[(\-–—=→]|->)\s*"
    r"~?\s*\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\.?\s*\)?[.!]?\s*$",
    re.IGNORECASE,
)


def marked_total(plain: str) -> bool:
    """Whether a line (bold marks removed) is a total set apart by a mark other than a colon."""
    if "otal" not in plain and "OTAL" not in plain and "esamt" not in plain:
        return False  # cheap: no word of a total
    return _MARKED.match(plain) is not None
