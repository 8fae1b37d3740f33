"""A weekday in brackets at the end of a day heading (`## Dia 1 - Abril 29 (Sabado)`)."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["trailing_weekday"]

_LAST_BRACKET = lazy(r"\s*\(\s*\**(?P<name>[^\W\d_]+)\.?\**\s*\)[*_\s:.]*$")


def trailing_weekday(title: str) -> tuple[str | None, str]:
    """The weekday a title ends with in brackets (with or without its accent: `(Sábado)`,
    `(Sabado)`, `(Saturday)`), and the title without it; (None, title) when there is none."""
    match = _LAST_BRACKET.search(title)
    if match is None:
        return None, title
    name = match.group("name")
    weekday = WEEKDAYS.get(fold(name)) if len(name) >= 5 else None  # "(Mar)" may be March
    if weekday is None:
        return None, title
    rest = title[: match.start()].rstrip(" -–—:,")
    return weekday, rest
