"""A line led by a weekday (`- Terças-feiras: Terapia 10:00-11:00`): a note on that weekday."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["weekday_note"]

# "Terças-feiras:", "**Tuesdays** -", "Dienstags,": a weekday (one or every) and a separator.
_LEAD = lazy(r"^[*_\s]*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)[*_]*\s*(?:[:,]|\s[-\u2013\u2014]\s)")


def weekday_note(text: str) -> bool:
    """Whether a line under a day-less timetable is led by a weekday, singular or plural.

    `## Observações` / `- Terças-feiras: Terapia 10:00-11:00` beside `## Manhã` / `## Tarde`
    timetables says what happens on Tuesdays: it is neither another part of the one day (a
    10:00 block after 18:00 read as 22:00) nor a day heading in a language the reader lacks.
    """
    match = _LEAD.match(text)
    if match is None:
        return False
    name = fold(match.group("name"))
    singular = re.sub(r"s(?=-|$)", "", name)
    # Full names only: "Mar:" or "Mars," may be a month or a planet as well as "mar(tes)".
    return any(len(word) > 3 and word in WEEKDAYS for word in (name, singular))
