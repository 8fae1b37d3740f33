"""Weeks headed by their dates (`## Semaine du 6 au 12 janvier 2025`, `## Woche vom 6. bis 12.
Januar`, `## Week of 6 January`): weeks 1, 2, … in order, and dates for their weekday days when
the days fall in the range in the order written."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, date_in, plan_year
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["date_range_days", "is_week_range", "week_range"]

# "Semaine du", "Woche vom", "Week of", "Semana del", "Settimana dal", "Week van": then dates.
_OF = lazy(
    r"^[\W_]*(?:week|woche|semana|semaine|settimana)\s+"
    r"(?:of|from|du|vom|von|del|de|dal|van)\s+(?P<rest>.*\d.*)$"
)
# "Week 1 (Jan 5 – Jan 11, 2026)", "Woche 2: 12.–18. Januar": a numbered week, then its dates.
_NUMBERED = lazy(
    r"^[\W_]*(?:week|woche|semana|semaine|settimana)\s+\d{1,2}\s*[(:,\-\u2013\u2014]\s*"
    r"(?:(?:of|from|du|vom|von|del|de|dal|van)\s+)?(?P<rest>[^()]*\d[^()]*?)\)?[\s*_:.]*$"
)
# "au", "bis", "to", "al", "a", "tot", "-": where the range's end starts.
_TO = lazy(r"\s(?:au|bis|to|until|al|a|tot|t/m|-|–|—)\s")


def week_range(
    text: str, year: int | None, *, numbered: bool = False
) -> tuple[dt.date | None, dt.date | None] | None:
    """The first and last date of a week heading (`Semaine du 6 au 12 janvier 2025`; with
    `numbered`, also `Week 1 (Jan 5 – Jan 11, 2026)`), each None when it cannot be known (no
    year); None when the heading is no such week."""
    plain = fold(unwrap(text))
    match = _OF.match(plain) or (_NUMBERED.match(plain) if numbered else None)
    if match is None:
        return None
    rest = match["rest"]
    cut = _TO.search(rest)
    left, right = (rest[: cut.start()], rest[cut.end() :]) if cut else (rest, "")
    end, end_match = date_in(right, year) if right else (None, None)
    if end is not None and re.fullmatch(r"\s*(?:\w+\s+)?(\d{1,2})\.?\s*", left):
        # "du 6 au 12 janvier 2025": the start's month and year are the end's
        day = int(re.findall(r"\d{1,2}", left)[0])
        try:
            first = end.replace(day=day)
            if first > end:  # "du 30 au 5 janvier": the month before
                first = (first.replace(day=1) - dt.timedelta(days=1)).replace(day=day)
        except ValueError:
            return None, None
        return first, end
    start, start_match = date_in(left, year or (end.year if end else None))
    if start_match is None and end_match is None:
        return None
    if start is not None and end is not None and start > end:
        with contextlib.suppress(ValueError):
            start = start.replace(year=start.year - 1)  # "30. Dezember bis 5. Januar 2025"
    return start, end


def date_range_days(nodes: list[Node], spans: list[DaySpan]) -> None:
    """The weekday days of each dated week take dates: the first date on or after the week's
    start with that weekday, when the days of every such week land in it in the order written."""
    if not any(s.weekday and s.date is None for s in spans):
        return  # only such a day takes a date: with none, every week's `inside` is empty
    year = plan_year(nodes)
    found_dates: list[tuple[DaySpan, dt.date]] = []
    heads = [(idx, node.level) for idx, node in enumerate(nodes) if node.kind == "heading"]
    for idx, level in heads:
        found = week_range(nodes[idx].text, year, numbered=True)
        if found is None or found[0] is None:
            continue
        start, end = found[0], found[1] or found[0] + dt.timedelta(days=6)
        stop = next((j for j, lvl in heads if j > idx and lvl <= level), len(nodes))
        inside = [s for s in spans if idx < s.start < stop and s.weekday and s.date is None]
        dates = [
            start + dt.timedelta(days=(ORDER.index(s.weekday or "") - start.weekday()) % 7)
            for s in inside
        ]
        if any(d > end for d in dates) or dates != sorted(dates):
            # "du 15 au 21 janvier" over Lundi … Dimanche: the range is not the days', and
            # the plan's other weeks are then no surer: weeks without dates.
            return
        found_dates += zip(inside, dates, strict=True)
    for span, date in found_dates:
        span.date = date


def is_week_range(text: str) -> bool:
    """Whether a heading names a week by its dates (`Semaine du 6 au 12 janvier 2025`)."""
    return _OF.match(fold(unwrap(text))) is not None and week_range(text, 2000) is not None
