"""An "Add:" line of a longer plan (`Add:`, `**Add to the 4-hour plan:**`, `Everything from the
4-hour plan, plus:`): where the blocks it adds to the shorter plan start."""

from __future__ import annotations

import re

from planexport.reader.durations import DASH, HOUR_UNIT, NUM, parse_duration
from planexport.reader.lazy import lazy

__all__ = ["add_end"]

_VARIANT = lazy(rf"(?P<hours>{NUM})\s*[{DASH}]?\s*{HOUR_UNIT}\b", re.IGNORECASE)
_ADD = lazy(
    # "Add:", "**Add:**", "Add to the 4-hour plan:", "Plus:", "In addition:", "Zusätzlich:"
    r"^\s*(?:\*\*|__)?(?:add|plus|also|extra|additionally|in addition|zus\u00e4tzlich|dazu"
    r"|au\u00dferdem|adem\u00e1s|a\u00f1adir|agregar|en plus|ajouter|inoltre|aggiungi|adicionar)"
    r"(?:\s+(?:these|this|the following|to\s[^:*]{0,60}))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
# "Everything from the 4-hour plan, plus:", "Add one more block:": an intro to added blocks.
_ADD_INTRO = lazy(r"^\s*(?:\*\*|__)?(?P<intro>[^:]{1,100}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*")
# "Same as above, then:", "The 4-hour plan, and:", "All of the above, with:": the
# joining word is the addition when the intro also names what came before.
_ADD_WORD = lazy(
    r"\b(?:add|adds|plus|in addition|on top|additionally|then|and|with|also|extended)\b|\+",
    re.IGNORECASE,
)
_ADD_REF = lazy(
    r"\b(?:plan|above|previous|shorter|everything|same|all|following|more|blocks?)\b",
    re.IGNORECASE,
)
_DIGIT = lazy(r"\d")
# "06:00": a digit, the colon, two digits; the intro's colon is never inside a clock time.
_CLOCK_COLON = lazy(r"\d(?:\*\*|__)?\s*:\d\d")
_BRACKET = lazy(r"\([^)]*\)")


def _timed_bracket(bracket: str) -> bool:
    """Whether a bracket holds a length: "(2h)", "(45–60 min)", not "(Sections 1-4)"."""
    return _DIGIT.search(bracket) is not None and parse_duration(bracket) is not None


def add_end(text: str) -> int | None:
    """Where the added blocks start in an "Add:" line, or None when `text` is not one."""
    if ":" not in text:
        # Both patterns want a colon; without one, `_ADD_INTRO` would still try every length
        # of intro up to 100 characters, on every block line of every day.
        return None
    add = _ADD.match(text)
    if add:
        return add.end()
    intro = _ADD_INTRO.match(text)
    if intro is None or _CLOCK_COLON.match(text, intro.end("intro") - 1):
        return None  # "Chest + triceps | 1h | Mon | 06:00": that colon is a clock's
    if any(_timed_bracket(b.group()) for b in _BRACKET.finditer(intro.group("intro"))):
        return None  # "Study + Hands-on (2h):": a block with its own length, no intro
    # "the 4-hour plan" names a plan, not a duration.
    words = _VARIANT.sub(" plan ", intro.group("intro"))
    if _ADD_WORD.search(words) and _ADD_REF.search(words) and parse_duration(words) is None:
        return intro.end()
    return None
