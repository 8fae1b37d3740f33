"""Dates in table cells (`Mo, 11.05.2020`, `06.01.`, `Martes, 03 Marzo`) and their year."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import MONTHS, WEEKDAYS, fold

__all__ = ["CellDate", "YearHint", "cell_date", "month_of", "table_year", "year_hint"]

ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH_NAMES = "|".join(
    sorted((re.escape(m) for m in MONTHS if len(m) >= 3), key=len, reverse=True)
)
# "11.05.2020", "06.01.", "6.1.26": day and month with dots, the year optional.
_DOTTED = lazy(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2}(?!\d))?")
_ISO = lazy(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
# "03 Marzo", "3. März 2026", "5 de octubre", "15-July", "15-Jul-2024", "March 3, 2026", "Nov 22"
_NAMED = lazy(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+de)?(?:\s+|-)(?P<mon>{_MONTH_NAMES})\b\.?"
    rf"(?:(?:,?\s+(?:de\s+)?|-)(?P<y>\d{{4}}))?"
    rf"|\b(?P<mon2>{_MONTH_NAMES})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?",
    re.IGNORECASE,
)
# "2022/23", "2022-2023": a school year, September to August.
_SCHOOL_YEAR = lazy(r"(?<!\d)(?P<a>(?:19|20)\d\d)\s*[/\-–]\s*(?P<b>(?:19|20)?\d\d)(?![\d.])")
_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_WORDS = ("fecha", "fechas", "date", "dates", "datum", "data", "datas", "dates", "periode",
               "periodo", "zeitraum", "when", "cuando", "quand")  # fmt: skip


class YearHint(NamedTuple):
    """The year dates without one are in; months from `wrap` on belong to the year before."""

    year: int
    wrap: int | None = None

    def of(self, month: int) -> int:
        return self.year - 1 if self.wrap is not None and month >= self.wrap else self.year


class CellDate(NamedTuple):
    """A date a cell writes: day and month, the year when known, and the weekday it names."""

    day: int
    month: int
    year: int | None
    weekday: str | None  # as written ("Mo, 11.05.2020"), not as computed
    text: str
    inferred: bool = False  # the year is the context's, not the cell's

    def later(self, years: int) -> CellDate:
        """The same day and month `years` later."""
        return CellDate(self.day, self.month, (self.year or 0) + years, self.weekday, self.text)

    def date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def year_hint(text: str) -> YearHint | None:
    """The year a heading or line gives the dates under it: `(06.01. - 12.01.2026)`, `2022/23`."""
    school = _SCHOOL_YEAR.search(text)
    if school is not None:
        first, second = int(school.group("a")), int(school.group("b"))
        if second % 100 == (first + 1) % 100:
            return YearHint(first + 1, wrap=9)
    years = _YEAR.findall(text)
    if not years:
        return None
    year = int(years[-1])
    months = [int(m.group("m")) for m in _DOTTED.finditer(text)]
    # "(28.12. - 03.01.2026)": the range starts in the year before.
    wrap = months[0] if len(months) >= 2 and months[0] > months[-1] else None
    return YearHint(year, wrap=wrap)


def month_of(text: str) -> int | None:
    """The month a cell names on its own (`June`, `**Juli**`), else None."""
    words = re.sub(r"[^\w\s]", " ", fold(unwrap(text))).split()
    if len(words) != 1 or len(words[0]) < 3 or not words[0].isalpha():
        return None
    # "Dicember": a month misspelt past its first letters is still that month.
    return MONTHS.get(words[0]) or MONTHS.get(words[0][:3])


def cell_date(cell: str, year: YearHint | None) -> CellDate | None:
    """The date a cell holds (with the weekday written next to it), or None."""
    text = fold(unwrap(cell.strip()))  # "30 août", "Miércoles": the names as MONTHS has them
    found: int | None
    match: re.Match[str] | None = _ISO.search(text)
    if match is not None:
        day, month, found = int(match.group("d")), int(match.group("m")), int(match.group("y"))
    elif (match := _DOTTED.search(text)) is not None:
        day, month = int(match.group("d")), int(match.group("m"))
        short = match.group("y")
        found = (2000 + int(short) if len(short) == 2 else int(short)) if short else None
    elif (match := _NAMED.search(text)) is not None:
        day = int(match.group("d") or match.group("d2"))
        month = MONTHS[match.group("mon") or match.group("mon2")]
        found_text = match.group("y") or match.group("y2")
        found = int(found_text) if found_text else None
    else:
        return None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    rest = re.sub(r"[^\w\s-]", " ", text[: match.start()] + " " + text[match.end() :])
    words = rest.split()
    weekday = WEEKDAYS.get(words[0]) if len(words) == 1 and len(words[0]) >= 2 else None
    if words and weekday is None:
        return None  # "Chapter 3.1." or a sentence with a date in it: not a date cell
    inferred = found is None and year is not None
    if found is None and year is not None:
        found = year.of(month)
    return CellDate(day, month, found, weekday, tidy_date(unwrap(cell.strip())), inferred)


def tidy_date(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", "").replace("_", " ")).strip(" ,")


def table_year(nodes: list[Node], idx: int) -> YearHint | None:
    """The year of the dates in the table at `idx`: from the nearest heading above that has
    one, else the plan's title, else a line that gives the plan's dates (`Fechas: … 2026`)."""
    for back in range(idx - 1, -1, -1):
        node = nodes[back]
        if node.kind in ("heading", "quote") and len(node.text) <= 120:
            hint = year_hint(node.text)
            if hint is not None and hint.wrap == 9 and table_month(nodes[idx]) is not None:
                return _school_months(nodes, back, idx, hint)
            if hint is not None:
                return hint
    for node in nodes:
        if node.kind == "paragraph" and len(node.text) <= 200:
            label = re.match(r"^[\W_]*(?P<word>[^:]{1,30}):", node.text)
            words = fold(label.group("word")).split() if label else []
            if any(w.strip("*_") in _DATE_WORDS for w in words):
                return year_hint(node.text)
    return None


def table_month(node: Node) -> int | None:
    """The month a month table starts with: its header (`|June||`) or its first row."""
    if node.rows and node.rows[0] and month_of(node.rows[0][0]):
        return month_of(node.rows[0][0])
    row = node.rows[1] if len(node.rows) > 1 else []
    if row and month_of(row[0]) and not any(cell.strip() for cell in row[1:]):
        return month_of(row[0])
    return None


def _school_months(nodes: list[Node], head: int, idx: int, hint: YearHint) -> YearHint:
    """The year of a month table under `2022/23`: the months run on in the order written
    (June, July, September … all in 2022 when September follows), from September in the first
    year, else from the second."""
    months = [table_month(n) for n in nodes[head + 1 :] if n.kind == "table"]
    end = next((i for i, n in enumerate(nodes[head + 1 :]) if n.kind in ("heading", "quote")), None)
    if end is not None:
        months = [table_month(n) for n in nodes[head + 1 : head + 1 + end] if n.kind == "table"]
    known = [m for m in months if m is not None]
    year = hint.year - 1 if any(m >= 9 for m in known) else hint.year
    last = 0
    for node in nodes[head + 1 : idx + 1]:
        month = table_month(node) if node.kind == "table" else None
        if month is None:
            continue
        if month < last:
            year += 1  # "December" then "January"
        last = month
    return YearHint(year)
