"""A time of day written as a preposition, an hour and the hour word: `om 9 uur`, `um 9 Uhr`,
`à 14 heures`, `às 9 horas`, `a las 9 horas`, `alle 9`, `at 9 o'clock`; a start, never a length."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line

__all__ = ["CLOCK_WORD", "after_clock_preposition", "said_start"]

# The word after the hour that makes it a time of day: "uur", "Uhr", "heures", "horas", "o'clock".
CLOCK_WORD = r"(?:uur|uhr|heures?|horas?|o['’]\s?clock)"
# "om 9 uur", "rond 9 uur", "à 2 heures", "vers 14h", "às 9 horas", "a las 9 horas": the words
# that say "at" or "about" before an hour (`autour de 10h`, `por volta das 10h`); then a number
# with an hour word is the hour, not hours. ("um 2 Stunden" is by two hours: German says the
# hour with "Uhr", which is no length.)
_BEFORE = lazy(
    r"(?<!\w)(?:om|rond|omstreeks|à|às|vers|a\s+las|hacia\s+las|sobre\s+las|a\s+eso\s+de\s+las"
    r"|autour\s+de|aux\s+alentours\s+de|por\s+volta\s+d[ao]s?|perto\s+d[ao]s|verso\s+le"
    r"|intorno\s+alle)\s+$",
    re.IGNORECASE,
)
# "Wiskunde om 9 uur (2 uur)", "Maths à 14 heures (1 h)", "Mathe um 9 Uhr", "at 9 o'clock",
# "Réunion à 9h30": a start inside the line, with its hour word (or the French `h`).
_SAID = lazy(
    r"(?P<all>(?<!\w)(?:om|um|à|às|a\s+las|alle\s+ore|alle|at|vers|gegen|rond)\s+"
    r"(?P<h>[01]?\d|2[0-3])(?:h(?P<m>[0-5]\d)|(?:[:.](?P<m2>[0-5]\d))?\s*(?:" + CLOCK_WORD + r"|h))"
    r"(?!\w))",
    re.IGNORECASE,
)


# "1 à 2 heures", "de 2 à 3 heures", "1 h à 2 h": a number before the word makes it a range.
_RANGE_BEFORE = lazy(r"\d\s*(?:[^\W\d_]{1,6}\.?\s*)?$")


def after_clock_preposition(text: str, start: int) -> bool:
    """Whether the number at `start` follows a word that says "at" (`om 9 uur`), not the
    second number of a range (`1 à 2 heures`)."""
    found = _BEFORE.search(text, max(0, start - 20), start)
    if found is None:
        return False
    return _RANGE_BEFORE.search(text, max(0, found.start() - 12), found.start()) is None


@per_line
def said_start(text: str) -> tuple[int, str] | None:
    """The start a block's line says inside it (`Wiskunde om 9 uur (1 uur)`): minutes after
    midnight and the words that say it (`om 9 uur`), or None."""
    match = _SAID.search(text)
    if match is None or _RANGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None  # "(1 h à 2 h)": the end of a range of lengths
    return int(match["h"]) * 60 + int(match["m"] or match["m2"] or 0), match.group()
