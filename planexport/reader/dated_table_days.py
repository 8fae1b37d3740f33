"""Dated rows of a table beside dated day headings: `## Avant le hackathon` over
`| Jour | Heures | Description |` / `| 19 novembre | 10:00-11:00 | Formation |`, next to
`#### Mardi 2 décembre 2025` over its timetable. Each row's date is a day of the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.days import DaySpan
from planexport.reader.tables import table_days

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["dated_table_days"]


def dated_table_days(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> list[DaySpan]:
    """The days, with a day for each dated row of a table that stands in no day.

    Only when every day is dated (a heading's date, `Mardi 2 décembre 2025`) and every day the
    table gives has a date that no day has yet: the days are then put in the order of their
    dates and numbered on from 1. A date without a year (`19 novembre`) takes the year a
    heading above the table gives, else the first day's.
    """
    days = [span for span in spans if not span.guide]
    if not days or any(span.date is None or span.table is not None for span in days):
        return spans
    from planexport.reader.table_dates import YearHint, table_year

    taken = {span.date for span in days}
    first = min(span.date for span in days if span.date is not None)
    ranges = [(span.start, span.end) for span in spans]
    added: list[DaySpan] = []
    for idx, node in enumerate(nodes):
        if node.kind != "table" or any(a <= idx < b for a, b in ranges):
            continue
        year = table_year(nodes, idx) or YearHint(first.year)
        found = table_days(node, ctx, year=year, where=(nodes, idx))
        dates = [day.date for day in found]
        if not found or None in dates or taken & set(dates) or len(set(dates)) < len(dates):
            continue
        for day in found:
            if day.blocks:
                span = DaySpan(idx, idx + 1, day.line, [0], day.title, 7, table=day, date=day.date)
                span.weekday = ORDER[day.date.weekday()] if day.date is not None else None
                added.append(span)
    if not added:
        return spans
    out = sorted([*days, *added], key=lambda span: (span.date or first, span.start))
    for number, span in enumerate(out, start=1):
        span.numbers = [number]
    return [*out, *(span for span in spans if span.guide)]
