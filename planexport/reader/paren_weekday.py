"""A weekday in brackets at the end of a day heading (`## Dia 1 - Abril 29 (Sabado)`), or short
after its number (`### Day 1 (Mon): Topic`, `### Day 3 - Wed - Functions`)."""

from __future__ import annotations

from planexport.reader.dates import date_in
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["dated_weekday_after_number", "short_weekday", "trailing_weekday"]

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


# Three-letter weekdays that are no common word, month or topic on their own: "(Mar)" may be
# March, "(Dom)" the DOM, "(Sex)" a word.
_SHORT = {
    name: day
    for name, day in WEEKDAYS.items()
    if 3 <= len(name) <= 5 and name.isascii() and name not in ("mar", "dom", "sex", "sam", "din")
}
_LEADING = lazy(r"^\s*(?P<name>[^\W\d_]{3,5})\.?\s*[-\u2013\u2014:,|]\s*(?P<rest>\S.*)$")


def short_weekday(paren: str | None, title: str) -> tuple[str | None, str | None, str]:
    """The weekday a day heading gives short after its number, in brackets (`Day 1 (Mon):
    Topic`, `Day 6 (Sat - 5.5h)`, the rest of the bracket left) or before a dash (`Day 3 - Wed -
    Functions`), with the bracket and title left; the weekday None (and both as they were) when
    there is none."""
    if paren is not None and (day := _SHORT.get(fold(paren.strip(" .*_")))) is not None:
        return day, None, title
    lead = _LEADING.match(paren or "")  # "Day 6 (Sat - 5.5h)": the day's length after it
    if lead is not None and (day := _SHORT.get(fold(lead.group("name")))) is not None:
        return day, lead.group("rest"), title
    match = _LEADING.match(title)
    if match is not None and (day := _SHORT.get(fold(match.group("name")))) is not None:
        return day, paren, match.group("rest")
    return None, paren, title


# "Mon, Jan 5", "Monday 5 January", "Tue. 06/01": a weekday, short or long, then a date
_BEFORE_DATE = lazy(r"^\s*\**(?P<name>[^\W\d_]{3,12})\.?\**,?\s+(?P<date>\S.*)$")


def dated_weekday_after_number(paren: str | None, title: str) -> str | None:
    """The weekday a numbered day heading writes before a date, in brackets or after a dash
    (`Day 1 (Mon, Jan 5)`, `Day 1 – Mon 5 Jan`, `Day 1 (Monday, Jan 5)`): that day's weekday
    whether or not the date can be dated; None when there is none."""
    for text in (paren, title):
        match = _BEFORE_DATE.match(text or "")
        if match is None:
            continue
        name = fold(match.group("name"))
        day = _SHORT.get(name) or (WEEKDAYS.get(name) if len(name) > 5 else None)
        if day is not None and date_in(match.group("date"), None)[1] is not None:
            return day
    return None
