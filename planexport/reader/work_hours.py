"""Work hours written with bare hours after a work title (`Schicht 6-14`, `Work 9-17`, `Arbeit
8–16 Uhr`, `Trabajo de 9 a 17`, `Lavoro 9-18`, `Werk 9-17`): a span of the day on a 24-hour
clock, as `06:00-14:00 Schicht` is. Only a title that is work reads so: `Lesen 6-14` stays as
it was."""

from __future__ import annotations

import re

from planexport.reader.durations import DASH, Found
from planexport.reader.late_work import afternoon_work
from planexport.reader.lazy import lazy
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


def work_hours(text: str) -> Found | None:
    """The span of a work title and two bare hours, the later after the earlier (`Schicht
    6-14`: 06:00 for 480 minutes); None for any other line or a title that is no work."""
    text = text.strip()
    if len(text) > 80 or not (text[-1:].isdigit() or text[-3:].lower() == "uhr"):
        return None  # a line that ends in an hour, the cheap test before the pattern
    match = _BARE.match(text)
    if match is None:
        return None
    first, last = int(match.group("h1")), int(match.group("h2"))
    if not first < last <= 24 or not is_work(match.group("title")):
        return None
    minutes = (last - first) * 60
    span = match.group("span")
    at = afternoon_work(match.group("title"), first * 60, minutes)  # "Late shift 2-10": 14:00
    return Found(match.start("span"), match.end("span"), minutes, minutes, span, at=at)
