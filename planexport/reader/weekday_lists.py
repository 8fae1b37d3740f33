"""Weekdays in headings: a list of several (`Lunes, Jueves y Viernes`), or one before a date."""

from __future__ import annotations

import itertools
import re

from planexport.reader.dates import ORDER, starts_with_date, tolerant
from planexport.reader.lazy import lazy
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

__all__ = ["dated_weekday", "weekday_list"]

# Weekday names in a list of several ("Lunes, Jueves y Viernes"): three letters or more.
_LIST_NAME = lazy(
    r"(?<![\w-])(?P<name>"
    + "|".join(tolerant(n) for n in sorted((n for n in WEEKDAYS if len(n) >= 3), key=len)[::-1])
    + r")\.?(?![\w-])",
    re.IGNORECASE,
)
_LIST_GAP = lazy(r"^\s*(?:[,/&+;]\s*)?(?:(?:and|y|e|und|et|en)\s+)?$", re.IGNORECASE)
_DAY_SLASH = lazy(r"(?<!\d)[0-3]?\d/[01]?\d(?!\d)")  # "ma 6/5": a day and month


def weekday_list(text: str) -> list[str]:
    """The weekdays of a heading that lists several (`Lunes, Miércoles, Viernes (con deporte)`,
    `Horario (Martes, Jueves)`), in the week's order; [] unless only separators come between."""
    found = list(_LIST_NAME.finditer(text))
    if len(found) < 2:
        return []
    if any(not _LIST_GAP.match(text[a.end() : b.start()]) for a, b in itertools.pairwise(found)):
        return []
    names = [WEEKDAYS.get(fold(m.group("name"))) for m in found]
    if any(n is None for n in names) or len(set(names)) < len(names):
        return []
    return sorted((n for n in names if n), key=ORDER.index)


def dated_weekday(text: str) -> str | None:
    """The weekday of a heading that names one before a date, after up to three words or as an
    abbreviation: `Programmübersicht Donnerstag, 24.2.2022`, `Vrij 25 sep 2015`, `ma 6/5`."""
    words = list(re.finditer(r"[^\W\d_]+", text[:80]))[:4]
    for word in words:
        name = WEEKDAYS.get(fold(word.group())) or ABBREVIATED_WEEKDAYS.get(fold(word.group()))
        if name is None:
            continue
        if re.search(r"\d", text[: word.start()]):
            return None  # "9:00 Monday 5 May" is a line, not a heading of a day
        after = text[word.end() :].lstrip(" .,*_")
        if starts_with_date(after) or _DAY_SLASH.match(after):
            return name
    return None
