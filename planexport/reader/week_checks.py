"""Weekday days checked against the plan's weeks: guides outside them, summaries, week order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, date_in
from planexport.reader.outline import parent_headings, unwrap
from planexport.reader.paced_weeks import paced_weeks
from planexport.reader.weekday_lists import weekday_list

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["after_the_weeks", "outside_weeks", "summaries", "week_order"]


def week_order(
    nodes: list[Node], weeks: list[int | None], out: list[DaySpan], *, mixed: bool
) -> list[DaySpan]:
    """Days of headings that list weekdays (`Lunes, Miércoles, Viernes`, then `Martes, Jueves`),
    or of headings and lines mixed (`### Lunes`, then `- **Martes**: … (9h)`), are one week in
    the week's order, when each weekday is there once and no week is named."""
    days = [span for span in out if not span.guide]
    names = [span.weekday for span in days]
    if (
        not (mixed or any(len(weekday_list(unwrap(nodes[span.start].text))) > 1 for span in days))
        or len(set(names)) < len(names)
        or any(week is not None for week in weeks)
    ):
        return out
    days.sort(key=lambda span: ORDER.index(span.weekday or "mon"))
    for number, span in enumerate(days, start=1):
        span.numbers = [number]
    return days + [span for span in out if span.guide]


def outside_weeks(
    nodes: list[Node], weeks: list[int | None], days: list[DaySpan], ctx: Ctx
) -> list[DaySpan]:
    """In a plan of weekday days under `## Week N` headings, a weekday section outside every
    week (`### Monday — Coding Session Guide`) is a guide to those days, not a day."""
    if len({weeks[span.start] for span in days} - {None}) < 2:
        return days
    from planexport.reader.weekday_rests import day_of_month

    for span, parent in zip(days, parent_headings(nodes, days), strict=True):
        heading = unwrap(nodes[span.start].text)
        dated = (date_in(heading, None, month_first=False)[1] or day_of_month(heading)) and len(
            span.weekdays
        ) == 1
        if dated and parent is not None and nodes[parent].level > 1:
            # "### Thursday, 27/11" under "## HOLIDAYS", "### Lunedì 15 (1h)" under "## Finale":
            # a dated day, as in a week
            continue
        if weeks[span.start] is None:
            span.guide = True
            ctx.warn(
                span.line,
                f'"{unwrap(nodes[span.start].text)}" is outside the plan\'s weeks: '
                "a guide, not a day",
            )
    return days


def summaries(
    nodes: list[Node], weeks: list[int | None], days: list[DaySpan], ctx: Ctx
) -> list[DaySpan]:
    """A heading of several weekdays that all have their day already in the same week
    (`### Weekday study (1.5 hours total)` under `## Tips`) sums them up: it is no more days."""
    from planexport.reader.day_headings import weekdays_of

    seen: dict[tuple[int | None, str], int] = {}
    for span in days:
        if span.guide:
            continue
        names = span.weekdays
        if len(names) == 1 and span.length is not None and nodes[span.start].kind == "heading":
            # "### Weekend Study (4 hours total)" is read on its Saturday alone: the heading
            # still names both days of the weekend
            names = weekdays_of(nodes[span.start]) or names
        keys = {(weeks[span.start], name) for name in names}
        # Deeper than the days it names (under "## Tips"); a sibling heading is a variant.
        if len(keys) > 1 and keys <= seen.keys() and span.level > min(seen[k] for k in keys):
            span.guide = True
            ctx.warn(
                span.line,
                f'"{unwrap(nodes[span.start].text)}" names days already read: '
                "a summary, not more days",
            )
        for key in keys:
            seen.setdefault(key, span.level)
    return paced_weeks(nodes, weeks, days, ctx)  # "### Light pace (1-2 hours/week)" and others


def after_the_weeks(weeks: list[int | None], spans: list[DaySpan]) -> list[int | None]:
    """Each day's week, where days after the plan's last week that belong to none (`## Finale
    (15-16 settembre)` over `### Lunedì 15 (1h)`) are one week more: they come last, not first."""
    known = [week for week in weeks if week is not None]
    if len(set(known)) < 2:
        return weeks
    last = max(pos for pos, week in enumerate(weeks) if week is not None)
    after = max(known) + 1
    return [
        after if week is None and pos > last and span.weekday is not None else week
        for pos, (week, span) in enumerate(zip(weeks, spans, strict=True))
    ]
