"""A class time stated once with am or pm (`Lectures are held on Tuesdays and Fridays, 2:00pm -
3:50pm.`, `Classes meet Mondays from 11:00 to 12:15 PM.`): the start and end as a 24-hour
clock, the first time taking the second's am or pm when it has none of its own and fits before
it (`11:00 to 12:15 PM` is 11:00–12:15, `1:30-2:45 PM` is 13:30–14:45)."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["meridiem_span"]

# "2:00pm - 3:50pm", "1:30-2:45 PM", "11 a.m. to 12:15 p.m.": two hours of a twelve-hour clock,
# the second with am or pm.
_SPAN = lazy(
    r"(?<![\d:.])(?P<a>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?)\s*(?P<pa>[ap]\.?m\.?)?"
    r"\s*(?:-|–|—|to|till|until)\s*"
    r"(?P<b>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?)\s*(?P<pb>[ap]\.?m\.?)(?![^\W\d_])",
    re.IGNORECASE,
)


def meridiem_span(text: str) -> tuple[int, int] | None:
    """The start and end (minutes after midnight) of the one am/pm span in `text`, or None; the
    span read as every clock span is (`find_duration`)."""
    if "m" not in text.lower():
        return None
    found = list(_SPAN.finditer(text))
    if len(found) != 1:
        return None
    span = find_duration(text, found[0].start())
    if span is None or span.at is None:
        return None
    return span.at, span.at + span.hi
