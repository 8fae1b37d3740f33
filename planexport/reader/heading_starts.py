"""A weekday heading whose weekday is followed by a clock span or a time (`## Monday
18:30-20:00 — Statistics`, `### Jueves (17:00-18:30)`, `## Saturday 10:00 – Long review`):
the time the day's session starts, so that a list of lengths under it runs from then."""

from __future__ import annotations

from planexport.reader.durations import find_duration, point_time_at
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["heading_start"]

# "Monday 18:30", "**Lunedì**, (18:00": a weekday first, then a digit after marks and brackets.
_LEAD = lazy(r"^[#\s*_]*(?P<name>[^\W\d_]+(?:-feira)?)[*_]*[ \t]*[,(]?[ \t]*(?=\d)")


def heading_start(text: str) -> tuple[int, int | None] | None:
    """The start, in minutes after midnight, of the clock span or time right after a heading's
    weekday, with the span's end (None for a time alone), else None (`## Monday — Statistics`,
    `## Day 1 18:00-20:00`, `## Monday: 3 problems`)."""
    match = _LEAD.match(text)  # anchored: a heading without a digit after its word fails fast
    if match is None or fold(match["name"]) not in WEEKDAYS:
        return None
    rest = text[match.end() :]
    found = find_duration(rest)
    if found is not None and found.start == 0:
        # "18:30-20:00 — Statistics"; a length ("2h") has no start: None
        return None if found.at is None else (found.at, found.at + found.hi)
    point = point_time_at(rest)
    return (point[0], None) if point is not None and point[1] == 0 else None
