"""Work hours written with bare hours after a work title (`Schicht 6-14`, `Work 9-17`, `Arbeit
8–16 Uhr`, `Trabajo de 9 a 17`, `Lavoro 9-18`, `Werk 9-17`): a span of the day on a 24-hour
clock, as `06:00-14:00 Schicht` is. Hours are read as a person reads them: `Work 9-5` ends in
the afternoon (09:00-17:00), `School 1-4` is in the afternoon (13:00-16:00), and a night shift
(`Nachtschicht 22-6`, `Night shift 10-6`) runs past midnight into the next day, as
`22:00-06:00 Work` does, and so does a late or evening shift whose end is smaller than its start
(`Late shift 11-7` from 23:00, `Evening shift 6-2` from 18:00). Only a title that is work
reads so: `Lesen 6-14` stays as it was."""

from __future__ import annotations

import re

from planexport.reader.durations import DASH, Found
from planexport.reader.late_work import afternoon_work, evening_shift
from planexport.reader.lazy import lazy
from planexport.reader.shift_words import NIGHT
from planexport.reader.when_work import work_by_when
from planexport.reader.words import fold
from planexport.reader.work_spans import is_work

__all__ = ["work_hours"]

# "Schicht 6-14", "Work 9 to 17", "Arbeit von 8 bis 16 Uhr", "Trabajo de 9 a 17", "Lavoro dalle
# 9 alle 18", "Werk van 9 tot 17": a title, then two bare hours and nothing after them.
_BARE = lazy(
    r"^(?P<title>[^\d]*?[^\W\d_][^\d]*?)\s+(?P<span>"
    r"(?:(?:from|von|de|desde|du|dalle|dal|das|van)\s+)?"
    r"(?P<h1>\d{1,2})(?:\s*[" + DASH + r"]\s*"
    r"|\s+(?:to|till|until|bis|a|à|au|alle|al|às|as|até|tot)\s+)"
    r"(?P<h2>\d{1,2})(?:\s*uhr\b)?)\s*$",
    re.IGNORECASE,
)
_WORDS = lazy(r"[a-z]+")
# Bare hours below this are afternoon hours in a day's work or school (`School 1-4`): no one
# goes to school at one in the morning.
_AFTERNOON_BELOW = 7
# The longest span read past midnight: a night shift, not `Travail 17-9`, a day and a night.
_LONGEST_NIGHT = 12


def work_hours(text: str) -> Found | None:
    """The span of a work title and two bare hours (`Schicht 6-14`: 06:00 for 480 minutes;
    `Night shift 22-6`: 22:00 for 480, into the next day); None for any other line, a title
    that is no work, or hours no one works (`Work 17-9`)."""
    text = text.strip()
    if len(text) > 80 or not (text[-1:].isdigit() or text[-3:].lower() == "uhr"):
        return None  # a line that ends in an hour, the cheap test before the pattern
    match = _BARE.match(text)
    if match is None:
        return None
    title = match.group("title")
    when = False
    if not is_work(title) and not (when := work_by_when(title)):
        return None
    night = any(word in NIGHT for word in _WORDS.findall(fold(title)))
    # "Late shift 11-7", "Evening shift 6-2": from the evening past midnight, as a night shift
    first, last = int(match.group("h1")), int(match.group("h2"))
    night = night or (last < first < 12 and evening_shift(title))
    hours = _hours(first, last, night=night)
    if hours is None:
        return None
    start, length = hours
    minutes = length * 60
    span = match.group("span")
    at = afternoon_work(title, start * 60, minutes, work=when)  # "Late shift 2-10": 14:00
    return Found(match.start("span"), match.end("span"), minutes, minutes, span, at=at)


def _hours(first: int, last: int, *, night: bool) -> tuple[int, int] | None:
    """The start hour and the hours of a work span of two bare hours, as a person reads them:
    `6-14` at 06:00 for 8, `1-4` at 13:00 for 3 (afternoon), `9-5` at 09:00 for 8 (the end in
    the afternoon), `22-6` at 22:00 for 8 (past midnight), and for a night shift `10-6` at
    22:00 for 8 and `1-6` at 01:00; None for hours no one works (`17-9`, `9-25`, `9-9`)."""
    if first > 24 or last > 24 or first == last:
        return None
    if first < last:
        if not night and first >= 1 and last < _AFTERNOON_BELOW:
            return first + 12, last - first  # "School 1-4": 13:00 to 16:00
        return first, last - first
    if not night and last >= 1 and first <= 12:
        return first, last + 12 - first  # "Work 9-5": the end is in the afternoon
    start = first + 12 if night and first < 12 else first  # "Night shift 10-6": 22:00
    length = 24 - start + last
    if not 12 < start < 24 or length > _LONGEST_NIGHT:
        return None
    return start, length  # "Nachtschicht 22-6": into the next day
