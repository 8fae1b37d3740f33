"""Dated days put in the order of their dates (a log written newest first is lived oldest first,
and dates that cross a new year with no year written keep none), and the weekday of a numbered
day whose written weekday is not its date's."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from planexport.reader.date_heads import NAMES
from planexport.reader.dates import ORDER, month_day
from planexport.reader.day_headings import listed_weekdays
from planexport.reader.lazy import lazy
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    import datetime as dt
    import re

    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["by_date", "in_time_order", "renumber", "weekday_or_date"]


def in_time_order(nodes: list[Node], spans: list[DaySpan], *, month_first: bool) -> list[DaySpan]:
    """Dated days in the order of their dates: a log written newest first is still lived oldest
    first. Dates that cross a new year with no year written keep no date (the year is a guess)."""
    found = [month_day(nodes[span.start].text, month_first=month_first) for span in spans]
    keys = [key for key, _ in found]
    if len(spans) < 2 or any(key is None for key in keys):
        return spans
    if all(written for _, written in found):
        dates = [span.date for span in spans]
        if all(d is not None for d in dates) and dates == sorted(dates, reverse=True):  # type: ignore[type-var]
            spans = spans[::-1]
        return renumber(spans)
    seq = [m * 32 + d for m, d in keys]  # type: ignore[misc]
    steps = list(itertools.pairwise(seq))
    ups = [a < b for a, b in steps].count(True)
    downs = [(a, b) for a, b in steps if a > b]
    crossing = False
    if not downs:
        pass
    elif not ups:
        spans = spans[::-1]
    elif len(downs) == 1 and seq[-1] < seq[0] and downs[0][0] - downs[0][1] > 3 * 32:
        crossing = True  # "Sep … Dec, Jan … Mar": one school year, in order
    elif ups == 1 and seq[-1] > seq[0] and _big_rise(steps):
        spans, crossing = spans[::-1], True  # "Mar … Jan, Dec … Sep": the same, newest first
    for span in spans:
        span.month_day, written = month_day(nodes[span.start].text, month_first=month_first)
        if crossing and not written:
            span.date = None
            named = listed_weekdays(nodes[span.start].text)
            span.weekday = named[0] if len(named) == 1 else None
    return renumber(spans)


def _big_rise(steps: list[tuple[int, int]]) -> bool:
    return any(b - a > 3 * 32 for a, b in steps if a < b)


def renumber(spans: list[DaySpan]) -> list[DaySpan]:
    for number, span in enumerate(spans, start=1):
        span.numbers = [number]
    return spans


def by_date(spans: list[DaySpan]) -> list[DaySpan]:
    """Dated days in the order written, or the other way round when written newest first."""
    spans = sorted(spans, key=lambda span: span.start)
    dates = [span.date for span in spans]
    if all(d is not None for d in dates) and dates == sorted(dates, reverse=True):  # type: ignore[type-var]
        spans = spans[::-1]
    return renumber(spans)


_YEARS = ("y", "ny", "ny3", "y2", "y3")  # the groups of a date that hold its year
_NAME_BEFORE = lazy(r"([^\W\d_]+)\.?,?\s*$")  # "(Tue, " before "Jan 5, 2026"


def weekday_or_date(
    line: int, heading: str, date: dt.date, hit: re.Match[str], *, weekday: str, ctx: Ctx
) -> str:
    """The weekday of a day heading whose written weekday is not its date's: the date's, warned
    of, when the heading writes the year too (`Day 1 (Tue, Jan 5, 2026)`, a Monday), as beside a
    weekday heading; else the written one (a year from elsewhere in the plan may be wrong, and
    the date is then looked for near the plan's other dates)."""
    if not any(hit.group(group) for group in _YEARS if group in hit.re.groupindex):
        return weekday
    name = _NAME_BEFORE.search(heading, 0, hit.start())
    said = name and (WEEKDAYS.get(fold(name[1])) or ABBREVIATED_WEEKDAYS.get(fold(name[1])))
    if said != weekday:
        return weekday  # "Lundi : rendu du projet le 2026-12-10": a date the day speaks of

    real = ORDER[date.weekday()]
    ctx.warn(
        line,
        f'"{" ".join(heading.split())}": {date.isoformat()} is a {NAMES[real]}, not a '
        f"{NAMES[weekday]}: read as {NAMES[real]} {date.isoformat()}",
    )
    return real
