"""A time line left as a note: starts and no end over its title (`ore **19**`, `alle 21:30`,
`à 19h`, `at 7 pm`, `ore 10, 11:30, 16 e 17:30`), having no length to read, or clock spans over
two lines or more or over none (`ore 10-11, 16-17` over two titles): a warning naming the times,
never a silent note."""

from __future__ import annotations

import re

from planexport.reader.bold_hour_spans import leading_spans
from planexport.reader.lazy import lazy

__all__ = ["unread_time_line"]

_HOUR = r"(?:2[0-3]|[01]?\d)(?:[:.h][0-5]\d|h)?(?!\d)"
_HALF = r"(?:\s*[ap]\.?m\.?(?!\w))"
_AND = r"(?:,|\s(?:e|and|und|y|et|en)\s)"
# The words for "at" before a time of day; English "at" only before a clock time or "pm".
_AT = r"(?:ore|alle|all['\u2019]|um|om|à|às|a\s+las?|vers|gegen|rond)"
_STARTS = rf"(?P<hours>{_HOUR}{_HALF}?(?:\s*{_AND}\s*{_HOUR}{_HALF}?)*)"
_LONE = lazy(
    rf"^[^\w]{{0,4}}(?:{_AT}\s+|at\s+(?=\d{{1,2}}(?::[0-5]\d|{_HALF}))){_STARTS}"
    r"\s*(?:uhr|uur|h)?[.:]?(?:\s|$)(?!\s*(?:[-\u2013\u2014]|(?:to|alle|a|bis|à|às|tot|hasta)\s+\d))",
    re.IGNORECASE,
)
_EACH = lazy(rf"(?P<h>{_HOUR})(?P<half>{_HALF})?", re.IGNORECASE)


def _clock(match: re.Match[str]) -> str:
    hour, _, minute = re.sub(r"[.h]", ":", match["h"].lower()).partition(":")
    hours = int(hour)
    if match["half"] and match["half"].strip()[0].lower() == "p" and hours < 12:
        hours += 12
    return f"{hours:02d}:{int(minute or 0):02d}"


def _said(times: list[str]) -> str:
    return times[0] if len(times) == 1 else f"{', '.join(times[:-1])} and {times[-1]}"


def unread_time_line(text: str) -> str | None:
    """The warning for a paragraph left as a note that opens with a word for "at" and starts
    alone (`ore 19 Evento di apertura`, `ore **10, 16 e 17:30**`: `starts at 19:00 with no
    length: not read`), or with a line of spans (`ore 10-11 e 16-17 Lab A Lab B`: the spans,
    not read); None for any other text."""
    text = text.replace("**", "").replace("__", "")  # "ore **19**": the hour, bold or not
    shown = text if len(text) <= 60 else text[:57] + "…"
    match = _LONE.match(text)
    if match is not None:
        starts = [_clock(m) for m in _EACH.finditer(match["hours"])]
        return f'"{shown}" starts at {_said(starts)} with no length: not read, kept as a note'
    spans = leading_spans(text)
    if spans is None:
        return None
    said = _said(spans)
    return f'"{shown}": {said} not read (spans over one title line are read): kept as a note'
