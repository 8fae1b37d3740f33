"""Whether a line starts with a time of day: `9:00 - 10:00 Math`, `2 pm Review`, `16h30 Pause`."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["starts_timed", "starts_with_hour"]

# "8:45 - 9:00 : Check In", "**9:15-10:00** Lecture", "`09:30` Welcome", "2 pm Review",
# "2-4 PM Review", "16h30 Pause": a time of day first (a length such as "15 minutos" is no time,
# nor are "10.123" and "9 amigos"). A word for "at the hour" may come first (`Ore 9:00 Ripasso`,
# `alle ore 9:00`, `às 9h30 Revisão`, `a las 9:00 Repaso`, `Ore 9: Ripasso`): the time is the
# line's start.
_AT_WORD = r"(?:ore|alle(?:\s+ore)?|[aà]s|a\s+las)\s+"
_TIMED = lazy(
    rf"^[^\w]{{0,4}}(?:{_AT_WORD})?\d{{1,2}}(?:[:.h][0-5]\d(?!\d)|\s*[ap]\.?m\b"
    r"|\s*[-–—]\s*\d{1,2}(?::[0-5]\d)?\s*[ap]m)"
    rf"|^[^\w]{{0,4}}{_AT_WORD}\d{{1,2}}(?:h(?!\w)|(?=:\s|\s+[–—-]\s))",
    re.IGNORECASE,
)


def starts_timed(text: str) -> bool:
    """Whether a line starts with a time of day (`**9:00 AM - 9:15 AM:** Welcome`), as an
    agenda's lines do; a time inside a sentence (`Runs daily from 9:00 a.m.`) is a remark."""
    return _TIMED.match(text) is not None


# "9 Uhr: Mathe", "9h Histoire", "8u30 ontbijt", "9 o'clock: Maths", "um 9 Uhr": an hour its
# word marks as a time of day ("2 horas de estudio" is a length, not here).
_HOUR_WORD = lazy(
    r"^[^\w]{0,4}(?:(?:at|um|om|à|ab|vanaf|dès)\s+)?(?:[01]?\d|2[0-3])"
    r"(?:[:.][0-5]\d\s*(?:uhr|uur)\b|\s*(?:uhr|uur|o['\u2019]\s?clock)\b|[hu](?:[0-5]\d)?\b)",
    re.IGNORECASE,
)


def starts_with_hour(text: str) -> bool:
    """Whether a line starts with a time of day its word marks (`9 Uhr: Mathe`, `9h Histoire`)
    or in any form `starts_timed` knows."""
    return starts_timed(text) or _HOUR_WORD.match(text) is not None
