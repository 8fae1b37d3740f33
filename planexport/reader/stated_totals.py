"""A line's stated total among its lengths (`3 min at 4 km/h | 7 min at 6 km/h | 10 min total`)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from planexport.reader.durations import DASH, Found, find_duration
from planexport.reader.lazy import lazy

__all__ = ["StatedTotal", "stated_total"]

# "10 minutes total", "10 Minuten insgesamt", "10 minutos en total", "10 minutes au total",
# "10 minuti in totale", "10 minutos no total", "10 minuten totaal" (the word after the length);
# "total: 10 min", "insgesamt 10 Minuten", "= 10 min" (the word or sign before it).
_MARK = lazy(
    r"(?<!\w)(?:in\s+total|en\s+total|au\s+total|in\s+totale|no\s+total|em\s+total|ao\s+todo"
    r"|in\s+totaal|in\s+all|total|totale|insgesamt|gesamt|totaal)(?!\w)|=",
    re.IGNORECASE,
)
_JUST_BEFORE = lazy(r"\.?\s*\)?\s*$")  # "10 Min. insgesamt", "(… 10 min) total"
_JUST_AFTER = lazy(r"\s*:?\s*[~≈]?\s*$")  # "total: 10 min", "= ~10 min"
_WINDOW = 40  # a length and the marks around it are shorter than this
_EDGE = f" \t|,;:/+({DASH}"


class StatedTotal(NamedTuple):
    """A line's total: its length, the title before the parts, and the parts as a note."""

    found: Found
    title: str
    note: str


@functools.lru_cache(maxsize=2048)
def stated_total(text: str) -> StatedTotal | None:
    """The length a line states as its total, the lengths before it its parts, or None.

    `Warm-up - 3 minutes at 4 km/h | 7 minutes at 6 km/h | 10 minutes total` lasts 10 minutes,
    its parts its note. A span of clock time first on the line leaves it to the span; a total
    with no title before it (`Total: 10 min`) is a total row, read where totals are.
    """
    marks = list(_MARK.finditer(text))
    if not marks:
        return None  # most lines: no word of a total at all
    first = find_duration(text)
    if first is None or first.at is not None:
        return None
    for mark in marks:
        if mark.group() == "=" and _label_sign(text, mark.start()):
            continue  # "pomodoro 1 = 20 min; break = 5 min": a name and its length, no sum
        # "10 minutes total": the length before the word; "= 10 min": the length after it
        before = _length_before(text, mark.start()) if mark.group() != "=" else None
        after = _length_after(text, mark.end()) if before is None else None
        if before is not None:
            total, end, said = before, mark.end(), before.start
        elif after is not None and after.start > first.start:
            total, end, said = after, after.end, mark.start()
        else:
            continue
        title = text[: first.start]
        opened = title.rfind("(")
        if opened != -1 and ")" not in title[opened:]:
            title = title[:opened]  # "Warm-up (3 min walk, 7 min jog, 10 min total)"
        if not title.strip(_EDGE):
            return None
        parts = text[first.start : said] if said > first.start else ""
        rest = text[end:].lstrip(") ")
        note = " ".join(p for p in (parts.strip(_EDGE), rest.strip(_EDGE)) if p)
        found = Found(first.start, end, total.lo, total.hi, total.text)
        return StatedTotal(found, title.strip(_EDGE), note)
    return None


def _label_sign(text: str, at: int) -> bool:
    """Whether the `=` at `at` follows a part of its own with no length (`; break = 5 min`): it
    names that part's length, where `7 min jog = 10 min` sums the lengths before it."""
    cut = max(text.rfind(";", 0, at), text.rfind(",", 0, at))
    return cut != -1 and find_duration(text[cut + 1 : at]) is None


def _lengths(text: str, start: int, end: int) -> list[Found]:
    """The lengths inside `text[start:end]`, placed in `text`."""
    window, found, pos = text[start:end], [], 0
    while (length := find_duration(window, pos)) is not None:
        found.append(length._replace(start=start + length.start, end=start + length.end))
        pos = length.end
    return found


def _length_before(text: str, at: int) -> Found | None:
    """The length that ends just before `at` (`10 minutes` in `10 minutes total`)."""
    found = _lengths(text, max(0, at - _WINDOW), at)
    if not found or found[-1].at is not None or not _JUST_BEFORE.match(text[found[-1].end : at]):
        return None
    return found[-1]


def _length_after(text: str, at: int) -> Found | None:
    """The length that starts just after `at` (`10 min` in `total: 10 min`)."""
    found = _lengths(text, at, at + _WINDOW)
    if not found or found[0].at is not None or not _JUST_AFTER.match(text[at : found[0].start]):
        return None
    return found[0]
