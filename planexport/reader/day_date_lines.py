"""A line right under a day heading that is only its weekday and date, maybe with a span
(`**Mercoledì 08/10/2025 | 10:00-15:00**`): it dates the day, and the span is the day's block,
titled by the heading's topic."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, date_in, month_first, plan_year
from planexport.reader.durations import find_duration
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan

__all__ = ["date_lines"]

# What may stand beside the date and the weekday: separators and the little words of dates.
_FILLER = frozenset(("de", "del", "di", "du", "den", "the", "of", "le", "il", "el", "am", "on"))
_NAMES = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday", "": "",
}  # fmt: skip


def date_lines(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> None:
    """Each day whose heading is followed by such a line takes its weekday and date (the date
    only when the weekday, if any, agrees); the line becomes the day's block, or goes."""
    context: tuple[int | None, bool] | None = None  # the plan's year and date order, on demand
    for span in spans:
        at = span.start + 1
        if (
            len(span.numbers) != 1
            or span.table is not None
            or span.date is not None
            or span.start < 0
            or at >= span.end
            or nodes[span.start].kind != "heading"
            or nodes[at].kind != "paragraph"
        ):
            continue
        if context is None:
            context = (plan_year(nodes), month_first(nodes))
        year, us = context
        text = unwrap(nodes[at].text.strip())
        found = find_duration(text)
        timed = found is not None and found.at is not None
        rest = text[: found.start] + " " + text[found.end :] if found and timed else text
        named = [WEEKDAYS[w] for w in map(fold, re.findall(r"[^\W\d_]+", rest)) if w in WEEKDAYS]
        weekday = named[0] if len(set(named)) == 1 else None
        date, match = date_in(rest, year, month_first=us, weekday=weekday)
        if match is None:
            continue
        left = rest[: match.start()] + " " + rest[match.end() :]
        words = [w for w in map(fold, re.findall(r"[^\W\d_]+", left)) if w not in WEEKDAYS]
        if any(w not in _FILLER for w in words):
            continue  # "Exam on 8/10 in room 4": a line of the day, not its date
        if date is not None and weekday not in (None, ORDER[date.weekday()]):
            ctx.warn(
                nodes[at].line,
                f'"{match.group(0).strip()}" is a {_NAMES[ORDER[date.weekday()]]}, not a '
                f"{_NAMES[weekday or '']}: the day keeps its weekday, without a date",
            )
            date = None  # the line's weekday and date disagree: trust neither date
        if span.weekday not in (None, weekday or (ORDER[date.weekday()] if date else None)):
            continue  # the heading names another weekday
        span.weekday = weekday or (ORDER[date.weekday()] if date else span.weekday)
        span.date = date
        line = nodes[at].line
        if found is not None and timed:
            title = unwrap(span.title).strip() or "Session"
            nodes[at] = Node("paragraph", line, text=f"**{title} ({found.text.strip()})**")
        else:
            nodes[at] = Node("hr", line)  # said by the day's date and weekday
