"""A weekly meeting's time said as a start and a length in one paragraph, not as a span.

`We meet for our weekly lab meetings on Wednesdays at 3:30 PM in Room 12. We generally meet
for an hour.`: a meeting at 15:30 of 60 minutes each Wednesday, as `on Wednesdays from 15:30
to 16:30` would be (class_times gives it to the dated rows below). English only; a paragraph
with two starts or two `for` lengths states no one meeting time.
"""

from __future__ import annotations

import re

from planexport.reader.durations import clock, find_duration
from planexport.reader.lazy import lazy

__all__ = ["meeting_time"]

_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
# "on Wednesdays at 3:30 PM", "every Friday at 10am"
_AT = lazy(
    rf"\b(?:on|every)\s+(?:{_DAYS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"[^.;]{0,40}?\bat\s+(?P<time>\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?)(?![\w:])",
    re.IGNORECASE,
)
_FOR = lazy(r"\bfor\s+(?:about\s+|around\s+)?(?=an?\s+hour|\d)", re.IGNORECASE)


def meeting_time(text: str) -> tuple[int, int] | None:
    """The start and end (minutes of the day) a paragraph states for a weekly meeting, or None."""
    if " at " not in text or "for " not in text:
        return None
    starts = list(_AT.finditer(text))
    lengths = list(_FOR.finditer(text))
    if len(starts) != 1 or len(lengths) != 1:
        return None
    written = starts[0].group("time")
    if ":" not in written and not re.search(r"[ap]\.?\s?m", written, re.IGNORECASE):
        return None  # "at 3" alone: no clock time
    start = clock(re.sub(r"(?<=\d)$", ":00", written.strip()) if ":" not in written else written)
    found = find_duration(text, lengths[0].end())
    if start is None or found is None or found.start != lengths[0].end() or found.lo != found.hi:
        return None
    return start, start + found.lo
