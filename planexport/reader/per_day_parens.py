"""A day range's length written per day inside its title, not at its end: `Day 11-14: Git
(2 hours/day) + Practice projects` gives each of the four days 2 hours."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["per_day_paren"]

_PAREN = lazy(r"\(([^()]*)\)")


def per_day_paren(title: str) -> tuple[str, str] | None:
    """(what the brackets hold, the title without them) for the first bracketed length that goes
    on past its number (`(2 hours/day)`, `(90 min each day)`) and has words after it in the
    title; None when there is none. Whether it is each day's is the caller's to judge."""
    for match in _PAREN.compiled().finditer(title):
        inner = match.group(1)
        found = find_duration(inner)
        if found is None or found.at is not None or inner[: found.start].strip():
            continue
        if not inner[found.end :].strip() or not title[match.end() :].strip(" *_:.)"):
            continue
        rest = f"{title[: match.start()].rstrip()} {title[match.end() :].lstrip()}"
        return inner, re.sub(r"\s+", " ", rest).strip()
    return None
