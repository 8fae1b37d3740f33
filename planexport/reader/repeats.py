"""A length said as repeats: `5 mal 2 Minuten laufen`, `3 x 25 min Pomodoro` is N times M."""

from __future__ import annotations

import re

from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy

__all__ = ["repeated"]

# "5 mal", "3 x", "4×", "6 times", "3 fois", "4 veces", "5 volte", "3 vezes", "5 keer", "5 maal"
_TIMES = lazy(
    r"(?<![\w.,:])(?P<n>\d{1,2})\s*(?:[x×]|mal|times|fois|veces|volte|vezes|keer|maal)\s*$",
    re.IGNORECASE,
)


def repeated(text: str) -> tuple[Found, str] | None:
    """The length of `text` when its first one is repeated (`5 mal 2 Minuten laufen mit jeweils
    2 Minuten Gehpause`: 10 min; the pauses between are the title's), and the title: the rest of
    the line with the repeats in brackets, `laufen mit jeweils 2 Minuten Gehpause (5 × 2
    Minuten)`. None when the first length is not repeated or is a span of clock time."""
    found = find_duration(text)
    if found is None or found.at is not None:
        return None
    times = _TIMES.search(text, 0, found.start)
    if times is None:
        return None
    n = int(times["n"])
    if n < 2:
        return None
    said = f"{n} × {found.text.strip()}"
    rest = f"{text[: times.start()]} {text[found.end :]}".strip()
    lead = re.match(r"^(?P<lead>[\W_]*)", rest)
    if lead is not None and lead["lead"].strip(" *_"):
        rest = rest[lead.end() :]  # ", laufen" after the repeats: no mark left at the front
    title = f"{rest} ({said})" if rest else said
    total = Found(
        times.start(), found.end, found.lo * n, found.hi * n, text[times.start() : found.end]
    )
    return total, title
