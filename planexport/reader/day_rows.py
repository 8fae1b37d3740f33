"""Day rows inside a timed table (`| **Day 1** | |`, `| **Monday** | |` over `| 09:00 - 10:00 |
Intro |`): each starts a day, and the timed rows below it, up to the next day row, are its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.reader.dates import date_in
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.table_dates import ORDER, YearHint, cell_date
from planexport.reader.table_weekly import weekday_of
from planexport.reader.words import DAY_WORDS, WEEKDAYS, fold

if TYPE_CHECKING:
    import datetime as dt

    from planexport.reader.outline import Node

__all__ = ["DayRows", "day_rows"]

# "Day 1", "Día 2: Repaso", "Tag 3 – Übungen", "Giorno 4": a day's number, and maybe its topic.
_NUMBERED = lazy(
    rf"^{DAY_WORDS}\s*(?P<n>\d{{1,3}})(?:\s*[:.\-\u2013\u2014]\s*(?P<title>\S.*))?$", re.IGNORECASE
)
# "Thursday 4/18/24", "Fri, 19/04/2024", "Sat 4/20": a weekday and its date in numbers.
_NUMERIC = lazy(r"^(?P<wd>[^\W\d_]{2,})\.?,?\s+(?P<date>\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?)$")
# "**Friday 4/19/24**", "__Day 2__": a cell bold as a whole.
_BOLD = lazy(r"^\s*(\*\*|__)[^*_]+\1\s*$")


@dataclass
class DayRows:
    """A day row of a table and the rows below it that belong to its day."""

    line: int
    title: str
    weekday: str | None = None
    number: int | None = None
    date: dt.date | None = None
    rows: list[tuple[list[str], int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def day_rows(
    node: Node, cols: dict[str, int | None], year: YearHint | None = None
) -> list[DayRows] | None:
    """The days of a table whose time column is interrupted by day rows, or None.

    A day row fills only its first cell, with a day's name alone (`**Day 1**`, `**Montag**`,
    `**Mardi 2 décembre**`); the table's times are written in that first column; two or more
    day rows split it, and no timed row stands above the first of them.
    """
    if 0 not in (cols["span"], cols["dur"], cols["start"]):
        cols = _roles_without_day_rows(node, year) or cols
    if 0 not in (cols["span"], cols["dur"], cols["start"]) and not _starts_first(node, year):
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


def _roles_without_day_rows(node: Node, year: YearHint | None) -> dict[str, int | None] | None:
    """The columns' roles as the other rows give them, when bold day rows fill more cells: the
    hours of `| **Friday 4/19/24** | Competition Day 1 | 8:00 am to 5:00 pm |` are the day's,
    no sign that its third column holds the times."""
    from planexport.reader.outline import Node
    from planexport.reader.table_columns import column_roles

    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    if not any(row and _BOLD.match(row[0]) and any(c.strip() for c in row[1:]) for row, _ in body):
        return None
    rows = [(row, line) for row, line in body if _day_row(row, line, year) is None]
    if len(rows) == len(body):
        return None
    sub = Node(
        "table",
        node.line,
        rows=[node.rows[0], *(row for row, _ in rows)],
        row_lines=[node.row_lines[0], *(line for _, line in rows)],
    )
    return column_roles(sub)


def _day_row(row: list[str], line: int, year: YearHint | None) -> DayRows | None:
    if not row or not row[0].strip():
        return None
    rest = [cell.strip() for cell in row[1:] if cell.strip()]
    if rest and not _BOLD.match(row[0]):
        return None  # a day row with more to say writes its day in bold
    day = _day_of(unwrap(row[0]).strip(" *_:"), line, year)
    if day is not None:
        # "| **Thursday 4/18/24** | Setup Day | 8:00 am to 5:00 pm |": the rest is about the day
        day.notes = [unwrap(cell).strip() for cell in rest]
        if rest and day.date is None:
            _dated_topic(day, rest[0], year)
    return day


def _dated_topic(day: DayRows, cell: str, year: YearHint | None) -> None:
    """`| **Day 1** | **2020-07-27** <br> Introduction to R |`: the day's date, first in the
    cell beside its name; the topic after it stays the day's note."""
    first, _, topic = cell.partition("<br>")
    found = cell_date(first, year)  # the date alone, or with its weekday: no sentence
    date = found.date() if found is not None else None
    if date is None:
        return
    if day.weekday not in (None, ORDER[date.weekday()]):
        return  # "| **Monday** | **2020-07-28** |": not that weekday, the weekday as written
    day.date, day.weekday = date, ORDER[date.weekday()]
    topic = unwrap(topic.strip()).strip()
    day.notes = [topic, *day.notes[1:]] if topic else day.notes[1:]  # the date is said now


# A start time alone in the first cell (`| 12:00 PM |`, `| 09:30 |`): a table of starts.
_START_CELL = 12


def _starts_first(node: Node, year: YearHint | None) -> bool:
    """Whether the first column of the rows between the day rows holds start times, two or
    more and at least half of those rows (`| 12:00 PM | Welcome |`): an agenda of starts."""
    starts = others = 0
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        cell = row[0].strip() if row else ""
        if len(cell) <= _START_CELL and find_point_time(cell) is not None:
            starts += 1  # a time is never a day row: no need to ask
        elif cell and _day_row(row, line, year) is None:
            others += 1
    return starts >= 2 and starts >= others


def _day_of(text: str, line: int, year: YearHint | None) -> DayRows | None:
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
        return _numeric_day(text, line)
    date = found.date()
    weekday = found.weekday or (ORDER[date.weekday()] if date else None)
    if date is not None and ORDER[date.weekday()] != weekday:
        date = None  # "Mardi 3 décembre 2025" is a Wednesday: the weekday as written
    return DayRows(line, text, weekday=weekday, date=date)


def _numeric_day(text: str, line: int) -> DayRows | None:
    """`Thursday 4/18/24`: the weekday as written, and the date when its order is plain (a
    number over 12, or the one reading that falls on that weekday)."""
    match = _NUMERIC.match(text)
    weekday = WEEKDAYS.get(fold(match["wd"])) if match else None
    if match is None or weekday is None:
        return None
    date, _ = date_in(match["date"], None, month_first=True, weekday=weekday)
    if date is not None and ORDER[date.weekday()] != weekday:
        date = None  # neither reading is that weekday: the weekday as written
    return DayRows(line, text, weekday=weekday, date=date)
