"""Weekday columns that write their dates (`| | Monday 2026-03-02 | Tuesday 2026-03-03 |`,
`| | Mon 2 Mar | Tue 3 Mar |`, `| | Monday 12/29 | Thursday 1/1 |` under `# Week 1: December 27,
2025 - January 2, 2026`): a day per column, as plain weekday headers give, each dated.

A date without its year is in the year the table's context gives, or the one before or after
it, whichever puts it on the weekday the column names (`Thursday 1/1` in a week that starts in
December 2025 is 1 January 2026); a date that is no such weekday leaves its day undated.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_dates import cell_date
from planexport.reader.table_weekly import weekday_of
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.table_dates import YearHint
    from planexport.reader.table_weekly import TableDay

__all__ = ["date_header_days", "header_weekday"]

# "12/29", "1/1", "3/2/2026": a month and day (either order), and perhaps a year.
_SLASHED = lazy(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])")


def header_weekday(cell: str) -> str | None:
    """The weekday a column's header names: on its own (`Mon`) or with its date."""
    found = weekday_of(cell, short=True)
    if found is not None:
        return found
    dated = cell_date(cell, None)
    if dated is not None:
        return dated.weekday
    plain = fold(unwrap(cell))
    slashed = _SLASHED.search(plain)  # "Monday 3/2/2026": the weekday, then its date
    return (
        weekday_of(plain[: slashed.start()])
        if slashed and not plain[slashed.end() :].strip()
        else None
    )


def date_header_days(header: list[str], days: list[TableDay], year: YearHint | None) -> None:
    """Date each day of a weekday-column table by the date its header cell writes, when that
        date falls on the day's weekday (in the context's year, or the one next to it); when every
    day is dated, in the order of their dates."""
    cells = [c for c in header if header_weekday(c) is not None]
    if len(cells) != len(days):
        return
    for cell, day in zip(cells, days, strict=True):
        if day.weekday is not None and day.date is None:
            day.date = _date(cell, day.weekday, year)
    dates = [day.date for day in days]
    if all(dates):
        # "| Monday 12/29 | … | Saturday 12/27 | Sunday 12/28 |": the days as the calendar has them
        days.sort(key=lambda day: day.date or dt.date.min)


def _date(cell: str, weekday: str, year: YearHint | None) -> dt.date | None:
    dated = cell_date(cell, None)
    if dated is not None:
        readings = [(dated.month, dated.day, dated.year)]
    elif (match := _SLASHED.search(fold(unwrap(cell)))) is not None:
        a, b = int(match.group("a")), int(match.group("b"))
        written = match.group("y")
        full = (2000 + int(written) if len(written) == 2 else int(written)) if written else None
        readings = [(a, b, full), (b, a, full)]
    else:
        return None
    for month, day, written_year in readings:
        if written_year is not None:
            years = [written_year]
        elif year is not None:
            years = [year.of(month) + step for step in (0, 1, -1)]
        else:
            return None
        for candidate in years:
            try:
                date = dt.date(candidate, month, day)
            except ValueError:
                continue
            if ORDER[date.weekday()] == weekday:
                return date
    return None
