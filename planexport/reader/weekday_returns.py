"""A weekday section that comes back later with its date (`### Saturday`, then under `## Talks`
`#### Saturday, 26 April`): the same day, written in two places, read as one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.joined_days import joined_days
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import DAY_WORDS, WEEK_WORDS

if TYPE_CHECKING:
    from collections.abc import Hashable

    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.joined_days import Lines
    from planexport.reader.outline import Node

__all__ = ["joined_weekdays"]

# "## Day 3 (Monday)", "### Week 2": days counted or weeks named, which tell two Mondays apart.
_NUMBERED = lazy(rf"(?<!\w)(?:{DAY_WORDS}|{WEEK_WORDS})\s*\d", re.IGNORECASE)


def _weekless(nodes: list[Node], spans: list[DaySpan], weeks: list[int | None]) -> bool:
    """Whether the plan has no week structure: no week named, no day counted."""
    if any(week is not None for week in weeks):
        return False
    return not any(
        node.kind == "heading" and _NUMBERED.search(unwrap(node.text)) for node in nodes
    ) and not any(span.start >= 0 and _NUMBERED.search(span.title) for span in spans)


def joined_weekdays(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: Lines,
    *,
    weeks: list[int | None],
    ctx: Ctx,
) -> tuple[list[Day], Lines]:
    """The days with each weekday section that comes back later in the same week with its date
    joined to the first: its blocks added once (a block of the same title and time is one),
    its notes too, and the day dated; one warning names both lines. Only in a plan with no week
    structure (no week headings, no `Day N`), where a weekday goes on the week (`## Sunday`,
    then `## Monday` starts the next), and when the two are one variant each with no other date.
    """
    if not _weekless(nodes, spans, weeks):
        return days, lines
    by_number = {
        span.numbers[0]: span
        for span in spans
        if len(span.numbers) == 1 and span.start >= 0 and nodes[span.start].kind == "heading"
    }
    keys: list[tuple[Hashable, DaySpan] | None] = []
    cycle, before = 0, None
    # The week of each weekday of an outline of untimed, undated days ("### Tuesday: Bayesian
    # inference" over topics), which the dated days of the schedule below it take up again
    # ("### Tuesday, 11 February 2025" over its times) though the weekdays start over.
    outline: dict[str, int] = {}
    untimed = not any(day.date is None and day.variants for day in days)
    for day in days:
        span = by_number.get(day.number)
        if span is None or day.weekday is None or span.weekday != day.weekday:
            keys.append(None)
            continue
        if before is not None and ORDER.index(day.weekday) < ORDER.index(before):
            cycle += 1  # "## Sunday", then "## Monday": the next week
        before = day.weekday
        week = cycle
        if untimed and day.date is None:
            outline[day.weekday] = cycle
        elif untimed and outline.get(day.weekday) == cycle - 1:
            week = outline.pop(day.weekday)
        keys.append(((week, day.weekday), span))

    def joinable(first: Day, again: Day) -> bool:
        return (
            again.date is not None
            and first.date in (None, again.date)
            and len(first.variants) <= 1
            and len(again.variants) <= 1
            and bool(first.variants or again.variants)
        )

    def warn(span: DaySpan, first_span: DaySpan, again: Day) -> None:
        when = again.date.isoformat() if again.date is not None else ""
        ctx.warn(
            span.line,
            f'"{unwrap(nodes[span.start].text)}" is the day of '
            f'"{unwrap(nodes[first_span.start].text)}" (line {first_span.line}) again: '
            f"read as one day, {when}, its blocks joined",
        )

    return joined_days(
        days,
        lines,
        keys,
        joinable=joinable,
        more=lambda _first, again: {"date": again.date},
        warn=warn,
    )
