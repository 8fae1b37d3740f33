"""Whether a line starts with a time of day: `9:00 - 10:00 Math`, `2 pm Review`, `16h30 Pause`."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["starts_timed"]

# "8:45 - 9:00 : Check In", "**9:15-10:00** Lecture", "`09:30` Welcome", "2 pm Review",
# "2-4 PM Review", "16h30 Pause": a time of day first (a length such as "15 minutos" is no time,
# nor are "10.123" and "9 amigos").
_TIMED = lazy(
    r"^[^\w]{0,4}\d{1,2}(?:[:.h][0-5]\d(?!\d)|\s*[ap]\.?m\b|\s*[-–—]\s*\d{1,2}(?::[0-5]\d)?\s*[ap]m)",
    re.IGNORECASE,
)


def starts_timed(text: str) -> bool:
    """Whether a line starts with a time of day (`**9:00 AM - 9:15 AM:** Welcome`), as an
    agenda's lines do; a time inside a sentence (`Runs daily from 9:00 a.m.`) is a remark."""
    return _TIMED.match(text) is not None
