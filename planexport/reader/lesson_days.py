"""One session's timetable for each numbered day a table gives a lesson (`| Lesson 2 | Day 2 |`)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import DAY_WORDS

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["lesson_days"]

_DAY_CELL = lazy(rf"^[\W_]*{DAY_WORDS}\s*#?\s*(?P<num>\d{{1,2}})[\W_]*$", re.IGNORECASE)
_DAY_HEADER = lazy(rf"^[\W_]*{DAY_WORDS}[\W_]*$", re.IGNORECASE)
_NUMBER = lazy(r"^[\W_]*(?P<num>\d{1,2})[\W_]*$")


def lesson_days(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """The one day of a plan without day headings, once for each day a table maps a lesson to.

    `| Lessons | Day |` over `| Lesson 1 | Day 1 |` … `| Lesson 4 | Day 4 |`, and one
    timetable "for each lesson" (`| 00:00 | 00:50 | 01:00 |` over `| Teaching 50' | Break 10' |
    …`): the timetable is how every one of those days runs, so each day holds it, titled by its
    lesson. The table must name each day once, numbered 1, 2, … in order, in its cells
    (`Day 2`, `Día 2`, `Tag 2`) or under a `Day` header (`| Tag | Lektion |` over `| 2 | … |`),
    beside one column of untimed names; a table that gives times is a plan of its own, not this.
    """
    if len(spans) != 1 or len(spans[0].numbers) != 1:
        return spans
    span = spans[0]
    for idx, node in enumerate(nodes):
        if node.kind != "table" or span.start < idx < span.end:
            continue
        found = _mapping(node)
        if found:
            return [dataclasses.replace(span, numbers=[n], title=title) for n, title in found]
    return spans


def _mapping(node: Node) -> list[tuple[int, str]]:
    """The (day number, name) pairs of a table that names a lesson for each numbered day."""
    header, body = node.rows[0], [row for row in node.rows[1:] if any(c.strip() for c in row)]
    width = len(header)
    if len(body) < 2 or width < 2 or any(len(row) != width for row in body):
        return []
    for col in range(width):
        numbers = [_day_number(row[col], header[col]) for row in body]
        if None in numbers:
            continue
        if numbers != list(range(1, len(body) + 1)):
            return []
        names = [c for c in range(width) if c != col]
        if len(names) != 1:
            return []  # "| Day | Topic | Reading |": a syllabus, not a lesson per day
        titles = [unwrap(row[names[0]].strip()) for row in body]
        if not all(titles) or any(_timed(title) for title in titles):
            return []
        return [(n, title) for n, title in zip(range(1, len(body) + 1), titles, strict=True)]
    return []


def _day_number(cell: str, header: str) -> int | None:
    match = _DAY_CELL.match(cell) or (
        _NUMBER.match(cell) if _DAY_HEADER.match(header) is not None else None
    )
    return int(match.group("num")) if match is not None else None


def _timed(text: str) -> bool:
    return find_duration(text) is not None or find_point_time(text) is not None
