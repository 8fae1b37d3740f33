"""A total written with a dash, a bracket, `=` or an arrow instead of a colon (`Total (3.5 hrs)`,
`Total - 1.5 h`, `Total = 5 hours`, `Total → 6 hours`), after its length (`150 minutes total`),
or a label's number said to be the total (`Hours: 10 total (4 theory + 6 hands-on)`): the
day's hours, not a block."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["marked_total", "said_total"]

# "Total (3.5 hrs)", "TOTAL - 1.5 h", "Total = 5 hours", "Total → 6 hrs", "Total time – 4h":
# a total's word, a mark, a length and nothing after it but the bracket that closes it.
_MARKED = lazy(
    r"^[^\w]*(?:total|totals|total\s+time|total\s+hours|gesamt)\s*(?:[(\-–—=→]|->)\s*"
    r"~?\s*\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\.?\s*\)?[.!]?\s*$",
    re.IGNORECASE,
)


# "150 minutes total", "2 hours in total", "3 Stunden insgesamt": a length, then a total's word.
_AFTER = lazy(
    r"^[^\w]*~?\s*\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?|stunden|std|minuten|horas"
    r"|minutos|heures)\.?\s+(?:in\s+|en\s+|au\s+)?(?:total|insgesamt|gesamt)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# "10 total (2 hours review + 8 hours labs)", "6h in total", "8 Stunden insgesamt": a label's
# value, a number (with its unit or not) said to be the total.
_SAID = lazy(
    r"^\s*[~≈]?\s*\d{1,3}(?:[.,]\d{1,2})?\s*(?:[^\W\d_]{1,8}\.?\s*)?"
    r"(?:in\s+|en\s+|au\s+|no\s+|im\s+)?(?:total|totals|totale|insgesamt|gesamt)\b",
    re.IGNORECASE,
)


def said_total(value: str) -> bool:
    """Whether a label's value (what follows its colon, bold marks removed) is a number said to
    be the total (`10 total (4 theory + 6 hands-on)`)."""
    return _SAID.match(value) is not None


def marked_total(plain: str) -> bool:
    """Whether a line (bold marks removed) is a total set apart by a mark other than a colon."""
    if "otal" not in plain and "OTAL" not in plain and "esamt" not in plain:
        return False  # cheap: no word of a total
    return _MARKED.match(plain) is not None or _AFTER.match(plain) is not None
