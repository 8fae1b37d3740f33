"""Day rows inside a timed table (`| **Day 1** | |`, `| **Monday** | |` over `| 09:00 - 10:00 |
Intro |`): each starts a day, and the timed rows below it, up to the next day row, are its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_dates import ORDER, YearHint, cell_date
from planexport.reader.table_weekly import weekday_of
from planexport.reader.words import DAY_WORDS

if TYPE_CHECKING:
    import datetime as dt

    from planexport.reader.outline import Node

__all__ = ["DayRows", "day_rows"]

# "Day 1", "Día 2: Repaso", "Tag 3 – Übungen", "Giorno 4": a day's number, and maybe its topic.
_NUMBERED = lazy(
    rf"^{DAY_WORDS}\s*(?P<n>\d{{1,3}})(?:\s*[:.\-\u2013\u2014]\s*(?P<title>\S.*))?$", re.IGNORECASE
)


@dataclass
class DayRows:
    """A day row of a table and the rows below it that belong to its day."""

    line: int
    title: str
    weekday: str | None = None
    number: int | None = None
    date: dt.date | None = None
    rows: list[tuple[list[str], int]] = field(default_factory=list)


def day_rows(
    node: Node, cols: dict[str, int | None], year: YearHint | None = None
) -> list[DayRows] | None:
    """The days of a table whose time column is interrupted by day rows, or None.

    A day row fills only its first cell, with a day's name alone (`**Day 1**`, `**Montag**`,
    `**Mardi 2 décembre**`); the table's times are written in that first column; two or more
    day rows split it, and no timed row stands above the first of them.
    """
    if 0 not in (cols["span"], cols["dur"], cols["start"]):
        return None
    days: list[DayRows] = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if not any(cell.strip() for cell in row):
            continue
        day = _day_row(row, line, year)
        if day is not None:
            days.append(day)
        elif days:
            days[-1].rows.append((row, line))
        elif any(find_duration(cell) or find_point_time(cell) is not None for cell in row):
            return None  # a timed row before any day row: the day rows are something else
    return days if len(days) >= 2 else None


def _day_row(row: list[str], line: int, year: YearHint | None) -> DayRows | None:
    if not row or not row[0].strip() or any(cell.strip() for cell in row[1:]):
        return None
    text = unwrap(row[0]).strip(" *_:")
    if find_duration(text) or find_point_time(text) is not None:
        return None
    weekday = weekday_of(text)
    if weekday is not None:
        return DayRows(line, text, weekday=weekday)
    numbered = _NUMBERED.match(text)
    if numbered is not None:
        number = int(numbered.group("n"))
        # "Día 1: Fundamentos" is titled by its topic, "Day 1" alone by itself, as its heading is.
        title = (numbered.group("title") or "").strip() or text
        return DayRows(line, title, number=number or None)
    found = cell_date(text, year)
    if found is None:
        return None
    date = found.date()
    weekday = found.weekday or (ORDER[date.weekday()] if date else None)
    if date is not None and ORDER[date.weekday()] != weekday:
        date = None  # "Mardi 3 décembre 2025" is a Wednesday: the weekday as written
    return DayRows(line, text, weekday=weekday, date=date)
