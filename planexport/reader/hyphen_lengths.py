"""Lengths joined to the word they qualify by a hyphen: `10-min walk`, `a 45‑minute mock`,
`2-hour review` last that long; `the 4-hour plan`, `12-hour time` and `a 45-minute time
constraint` name a plan, a clock or a limit, never an activity of that length."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import HYPHEN_LENGTH_NOT_ACTIVITY

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["HYPHEN_UNIT", "joined_unit", "qualifies_no_activity"]

# The units a hyphen may join to the number, as English writes them; `100-m` is metres, and the
# short `h` and `m` stay unread this way.
HYPHEN_UNIT = r"[-\u2011](?=(?:minutes?|mins?|hours?|hrs?)(?![\w\u2011-]))"
# The word after the length, and the one after that ("5-Minute Short Breaks").
_NEXT_WORDS = lazy(r"[\s*_]*([^\W\d_]+)(?:[\s*_]+([^\W\d_]+))?")
_NOT_ACTIVITY = frozenset(HYPHEN_LENGTH_NOT_ACTIVITY)


def qualifies_no_activity(text: str, match: re.Match[str]) -> bool:
    """Whether the hyphen-joined length of `match` in `text` qualifies a plan, a clock or a limit
    (`4-hour plan`, `45-minute time constraint`) rather than saying how long something lasts."""
    one, unit = match.group("one"), match.group("oneunit")
    if one is None or unit is None or match.end("one") == match.start("oneunit"):
        return False
    if text[match.end("one")] not in "-\u2011":
        return False  # "10 min", "10min": written apart or together, not joined
    words = _NEXT_WORDS.match(text, match.end())
    if words is None:
        return False
    first, second = words.group(1).lower(), (words.group(2) or "").lower()
    # "4-hour plan": the next word; "5-Minute Short Breaks": the one after an adjective
    return first in _NOT_ACTIVITY or (second in _NOT_ACTIVITY and second.endswith("s"))


_JOINED = lazy(r"\d[-\u2011](?:minutes?|mins?|hours?|hrs?)\Z", re.IGNORECASE)
_WORD_AFTER = lazy(r"[ \u00a0]+[^\W\d_]")


def joined_unit(text: str, found: Found) -> bool:
    """Whether the length `found` in `text` is joined by a hyphen to a word that follows
    (`45-min flow`, `10-minute walk`): one phrase, the title keeps it whole."""
    if found.at is not None or _JOINED.search(found.text) is None:
        return False
    return _WORD_AFTER.match(text, found.end) is not None
