"""Lengths joined by a conjunction in one line: "15 Minuten Dehnen und 15 Minuten Krafttraining"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.plus_lengths import break_after

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["joined", "joined_text"]

# "und", "and", "+", "y", "et", "e", "en", "plus", "then": the next length is more of the same
# activity; "oder" / "or" / "o" / "ou" give alternatives and are never summed.
_JOIN = lazy(
    r"(?:(?<=\s)|^)(?:\+|&|and(?:\s+then)?|then|plus|und(?:\s+dann)?|dann|sowie|y|e|et|puis"
    r"|en|poi|depois|luego|ensuite|más|mais)\s+",
    re.IGNORECASE,
)
# "30 minutos de lectura y 15 de repaso": a number with its unit left out, before "de"/"of".
_BARE = lazy(r"(?P<n>\d{1,3})\s+(?=(?:de|di|d['’]|of|van)\b)", re.IGNORECASE)
_MINUTES = lazy(r"\bmin", re.IGNORECASE)


def joined(text: str, first: Found) -> tuple[int, int] | None:
    """The minutes (low, high) of the lengths after `first` that a conjunction joins to it,
    each right after its joining word; None when there are none. A clock span, a repeat
    ("5 mal 2 Minuten") and a length in brackets are never joined."""
    if first.at is not None:
        return None
    lo = hi = 0
    pos = first.end
    while True:
        join = _JOIN.search(text, pos)
        if join is None or re.search(r"\d|[()\[\]]", text[pos : join.start()]):
            break
        found = find_duration(text, join.end())
        if found is not None and found.start == join.end() and found.at is None:
            if break_after(text, found.end) is not None:
                break  # "45 min + 15 min break": the break is a gap, not more of the work
            lo, hi, pos = lo + found.lo, hi + found.hi, found.end
            continue
        bare = _BARE.match(text, join.end())
        if bare is not None and _MINUTES.search(first.text):
            lo, hi, pos = lo + int(bare["n"]), hi + int(bare["n"]), bare.end()
            continue
        break
    return (lo, hi) if hi else None


def joined_text(text: str, first: Found) -> str:
    """`first` as text, or the sum of it and the lengths joined to it ("30 min")."""
    more = joined(text, first)
    if more is None:
        return first.text
    lo, hi = first.lo + more[0], first.hi + more[1]
    return f"{lo} min" if lo == hi else f"{lo}-{hi} min"
