"""An hour written the Portuguese, Spanish or French way (`16h`, `14h30`, `9 h`) after a weekday
or a word for "at" in the title of a timed line: a time of day the line mentions, not its length.

`21h30–22h30: Revisar ESII (aula quarta 16h)`: the review is an hour long and the class it
prepares is on Wednesday at four; `(aula às 16h)`, `(cours lundi 14h)`, `(clase a las 9h)` say
the same. Read as a length, `16h` would leave the title and be warned of as differing from the
span."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["mentioned_clock"]

# The hour as written: "16h", "14h30", "9 h", "9H15"; no unit word ("16 horas" is a length).
_HOUR = lazy(r"(?P<hour>\d{1,2})\s?h(?:[0-5]\d)?", re.IGNORECASE)
# The word right before it, and what comes before that word ("a las", "jusqu'à").
_BEFORE = lazy(r"(?P<word>[^\W\d_][\w'\u2019-]*)\.?[\s,]*$")
# Words for "at", "from" and "until" in front of a time of day.
_AT_WORDS = frozenset(
    (
        "as", "das", "ate", "apos", "antes", "depois",  # pt ("às", "até", "após")
        "las", "desde", "hasta",  # es ("a las 9h")
        "a", "des", "vers", "jusqu'a", "avant", "apres",  # fr ("à", "dès", "après")
        "alle", "dalle", "ore",  # it
        "um", "ab", "bis", "gegen",  # de
        "at", "from", "until", "till", "by",  # en
    )
)  # fmt: skip


def mentioned_clock(text: str, found: Found) -> bool:
    """Whether the length `found` in `text` is an hour of the day named after a weekday or a
    word for "at" (`aula quarta 16h`, `às 14h30`, `lundi 9 h`), not a length."""
    hour = _HOUR.fullmatch(found.text.strip())
    if hour is None or int(hour["hour"]) > 24:
        return False
    before = _BEFORE.search(text[max(0, found.start - 40) : found.start])
    if before is None:
        return False
    word = fold(before["word"]).rstrip(".")
    return word in _AT_WORDS or WEEKDAYS.get(word) is not None
