"""A weekday and date written over two sections (`## Friday 23 Oct — Dive trip`, then
`## Friday 23 Oct — Welcome party`): one day of two parts, not the same weekday a week later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.dates import month_day, month_first
from planexport.reader.joined_days import joined_days
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Hashable

    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.joined_days import Lines
    from planexport.reader.outline import Node

__all__ = ["joined_dates"]


def _date_of(span: DaySpan, nodes: list[Node], *, us: bool) -> tuple[int, int] | None:
    """The month and day a day's heading writes (`Friday 23 Oct`), with or without a year."""
    if span.date is not None:
        return span.date.month, span.date.day
    if span.month_day is not None:
        return span.month_day
    return month_day(nodes[span.start].text, month_first=us)[0]


def joined_dates(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: Lines,
    *,
    weeks: list[int | None],
    ctx: Ctx,
) -> tuple[list[Day], Lines]:
    """The days with each heading that names the weekday and date of a day above joined to it:
    its blocks added once, its notes too, the titles as one; one warning names both lines.
    Only days of one heading each, with one length of plan (or none) each."""
    heads: dict[tuple[int | None, int], DaySpan] = {}
    for head, week in zip(spans, weeks, strict=False):
        if len(head.numbers) == 1 and head.start >= 0 and nodes[head.start].kind == "heading":
            heads[(week, head.numbers[0])] = head
    named = [head.weekday for head in heads.values() if head.weekday is not None]
    if len(set(named)) == len(named):
        return days, lines  # no weekday written twice: nothing to join
    us = month_first(nodes)
    keys: list[tuple[Hashable, DaySpan] | None] = []
    for day in days:
        span = heads.get((day.week, day.number))
        found = _date_of(span, nodes, us=us) if span is not None else None
        if span is None or day.weekday is None or span.weekday != day.weekday or found is None:
            keys.append(None)
        else:
            keys.append(((day.weekday, found), span))

    def joinable(first: Day, again: Day) -> bool:
        dates: set[dt.date] = {d for d in (first.date, again.date) if d is not None}
        return len(dates) < 2 and len(first.variants) <= 1 and len(again.variants) <= 1

    def more(first: Day, again: Day) -> dict[str, object]:
        title = first.title
        if again.title and again.title.casefold() != first.title.casefold():
            title = f"{first.title} / {again.title}" if first.title else again.title
        return {"title": title, "date": first.date or again.date}

    def warn(span: DaySpan, first_span: DaySpan, _again: Day) -> None:
        ctx.warn(
            span.line,
            f'"{unwrap(nodes[span.start].text)}" names the weekday and date of '
            f'"{unwrap(nodes[first_span.start].text)}" (line {first_span.line}): '
            "read as one day, its blocks joined",
        )

    return joined_days(days, lines, keys, joinable=joinable, more=more, warn=warn)
