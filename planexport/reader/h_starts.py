"""A line that starts with an hour written with `h` (`14h20 Équipe verte`, `9h00 Bilan`, `14h
Pausa`), as French, Spanish, Portuguese, Italian and Dutch plans write the time of day: a start
after the day's clock spans, though a length reads `14h20` as 14 h 20 min."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["h_start"]

# "14h20 Équipe verte", "**9h00** Bilan", "~ 14h Pausa": the hour first on the line
_H_START = lazy(
    r"^[*_\s]*(?:(?:ca\.?|circa|approx\.?|environ|vers|hacia|sobre|verso|rond|omstreeks|~|≈)"
    r"\s*)?[*_]*\s*(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?(?![\w.,:])",
    re.IGNORECASE,
)


def h_start(text: str, after: int) -> int | None:
    """The time of day, in minutes after midnight, of a line that starts with an `h` hour at or
    after `after` (where the day's last clock span ends) and gives no length besides it; else
    None: `1h30 Lecture` after a 10:30 end, `14h20 Atelier (30 min)` and `14h20 - 15h00 Bilan`
    are read as before."""
    match = _H_START.match(text)
    if match is None:
        return None
    found = find_duration(text)
    if found is None or found.at is not None:
        return None
    if (found.start, found.end) != (match.start("h"), match.end()):
        return None  # "Lecture 1h30": the length is elsewhere on the line
    start = int(match.group("h")) * 60 + int(match.group("m") or 0)
    if start < after or find_duration(text, match.end()) is not None:
        return None
    return start
