"""Timetable lines that name the session before its weekday and span (`- Lecture: Monday
12:00-13:00, Hall 2`, `- **Lab:** Tuesday 13:00–15:00 (Room 101)`), as course pages list a
week's classes: the label is the session's title, the weekday and span its day and time, and
what follows the span (the room) a note of the block."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["label_lead"]

# "Lecture: Monday …", "Problem Class: Thursday …": a short label, a colon, then the weekday.
_LEAD = lazy(r"^(?P<label>[^\W\d_][^:|]{0,40}?)\s*:\s+(?P<rest>(?P<word>[^\W\d_]+)\b.*)$")


# "Office hours Tue 4:00 PM - 5:00 PM", "Lecture Monday 9-10": a kind of class, no colon
_KIND = lazy(
    r"^(?P<label>office hours?|lectures?|labs?|seminars?|tutorials?|recitations?|discussions?"
    r"|sections?|sprechstunden?|vorlesung(?:en)?|übung(?:en)?|tutorium|clases?|cours|lezion[ei]"
    r"|(?:werk)?college)\s+(?P<rest>(?P<word>[^\W\d_]+)\b.*)$",
    re.IGNORECASE,
)


def label_lead(plain: str) -> tuple[str, str]:
    """The label before a line's weekday and the line from its weekday on (`("Lecture",
    "Monday 12:00-13:00, Hall 2")`), or `("", plain)` when the line does not start so; a kind
    of class may stand without a colon (`Office hours Tue 4:00 PM - 5:00 PM via Zoom`)."""
    match = _LEAD.match(plain) or _KIND.match(plain)
    if match is None or WEEKDAYS.get(fold(match["word"])) is None:
        return "", plain
    label = match["label"].strip()
    if WEEKDAYS.get(fold(label)) is not None or re.search(r"\d", label):
        return "", plain  # "Monday: …" is a weekday line of its own
    return label, match["rest"]
