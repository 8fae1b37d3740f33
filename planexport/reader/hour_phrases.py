"""Hours of the day written in words inside a line (`Cours : de 14 à 16 heures`, `Les: van 9 tot
11 uur`, `Kurs: von 9 bis 11 Uhr`, `Clase de 9 a 11 horas`): a clock span, 14:00-16:00, where
read as lengths they would run past a working day (`de 1 à 2 heures` stays one to two hours)."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["hour_phrases"]

# "de 14 à 16 heures", "van 9 tot 11 uur", "von 9 bis 11 Uhr", "de 9 a 11 horas", "dalle 9 alle 11
# ore", "das 9 às 11 horas", "from 9 to 11 hours": a word before the first hour, one between them,
# and the hours' word after the second.
_PHRASE = lazy(
    r"(?<![\w:.,/])(?P<from>de|van|von|vom|from|desde|dalle|das|da)\s+(?P<a>\d{1,2})\s+"
    r"(?:à|a|tot|bis|to|till|until|até|às|alle|hasta|jusqu['\u2019]\s?à)\s+(?P<b>\d{1,2})\s*"
    r"(?P<unit>heures?|uur|uhr|horas?|hours?|ore|stunden)(?![\w])",
    re.IGNORECASE,
)
# Hours past this, read as a length, are rather a time of day (as `range_lengths` has it).
_LONGEST = 8


def hour_phrases(text: str) -> str:
    """`text` with each phrase of hours of the day in words written as the clock span it names;
    phrases inside code blocks and those that read well as lengths are left as written."""
    if not re.search(r"\d\s+\S+\s+\d", text):
        return text
    from planexport.reader.fenced import unfenced

    lines = text.split("\n")
    for at in unfenced(lines):
        line = lines[at]
        if _PHRASE.search(line):
            lines[at] = _PHRASE.sub(_span, line)
    return "\n".join(lines)


def _span(match: re.Match[str]) -> str:
    a, b = int(match.group("a")), int(match.group("b"))
    clock = match.group("unit").casefold() == "uhr"  # "Uhr" is o'clock, never a length
    if not a < b <= 24 or not (clock or b > _LONGEST):
        return match.group()
    return f"{a:02d}:00-{b:02d}:00"
