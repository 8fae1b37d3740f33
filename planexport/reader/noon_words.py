"""Noon and midnight as ends of a clock span, in the seven languages: `9 am till noon`,
`12 noon - 1 pm`, `10 pm - midnight`, `9:00 bis Mittag`, `22:00 - Mitternacht`, `10:00 -
mediodía`, `medianoche`, `9h à midi`, `22h à minuit`, `mezzogiorno`, `mezzanotte`, `meio-dia`,
`meia-noite`, `middernacht`.

Each word is written over with its time, each character kept in its place, so the spans of
`durations` read it as they read `12pm` or `0:00`. Dutch `middag` is the afternoon, no noon.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["may_name_noon", "noon_word_end", "with_noon_words"]

_NOON = r"noon|midday|mittags?|mediod[ií]a|midi|mezzogiorno|meio[- ]dia"
_MIDNIGHT = r"midnight|mitternacht|medianoche|minuit|mezzanotte|meia[- ]noite|middernacht"
# "12 noon", "12 midnight": the hour is written too. A number before any other word is a
# time of its own ("2 Uhr mittags"), left as it is.
_WORD = lazy(
    rf"(?<![\w'\u2019-])(?:(?P<twelve>12\s?)(?=noon|midnight))?"
    rf"(?:(?P<noon>{_NOON})|(?P<midnight>{_MIDNIGHT}))(?![\w-])",
    re.IGNORECASE,
)
_NUMBER_BEFORE = lazy(r"\d\s*(?:uhr|h|uur)?\s*$", re.IGNORECASE)
# French clock times (`9h`, `14h30`): a word among them is written the same way.
_FRENCH = lazy(r"\d\s?h(?:[0-5]\d)?(?![^\W\d_])", re.IGNORECASE)
# What every word holds, in lower case: most lines hold none and the pattern never runs.
_STEMS = ("noon", "midday", "mittag", "mediod", "midi", "mezzo", "meio", "midnight",
          "mitternacht", "medianoche", "minuit", "mezzanotte", "meia", "middernacht")  # fmt: skip


def may_name_noon(text: str) -> bool:
    """False where `text` names neither noon nor midnight: a cheap check."""
    lower = text.lower()
    return any(stem in lower for stem in _STEMS)


def with_noon_words(text: str) -> str:
    """`text` with noon and midnight written as times (`12pm`, `0:00`), each character in its
    place; the caller asks only of a line with no span of clock time of its own, so
    `Mittag – 13:00 bis 14:00` keeps its span.

    >>> with_noon_words("9 am till noon: Algebra")
    '9 am till 12pm: Algebra'
    """
    french = _FRENCH.search(text) is not None

    def time(match: re.Match[str]) -> str:
        word = match.group()
        if match.group("twelve") is None and _NUMBER_BEFORE.search(text, 0, match.start()):
            return word  # "2 Uhr mittags", "12 uur middernacht": the number says the time
        if match.group("noon") is not None:
            said = "12h" if french else "12:00" if len(word) >= 5 else "12pm"
        else:
            said = "24h" if french else "0:00"
        return said.ljust(len(word))

    return _WORD.sub(time, text)


def noon_word_end(text: str, end: int) -> int:
    """Where the noon or midnight word that a span ending at `end` read ends (`noon` of `9 am
    till noon`, written over as `12pm`, `Mitternacht` as `0:00`), so the whole word is the
    span's; `end` when none goes on past it."""
    for match in _WORD.finditer(text):
        if match.start() < end < match.end():
            return match.end()
    return end
