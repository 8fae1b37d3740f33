"""The day of a plan of one day, dated and named by the plan's title (`title: Jueves 06 de
noviembre`, `# Monday Template (WFH)`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, date_in, month_day, month_first, plan_year
from planexport.reader.day_headings import WEEKDAY_NAMES, listed_weekdays
from planexport.reader.outline import unwrap
from planexport.reader.weekday_years import first_date, weekday_date

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["date_one_day"]


def date_one_day(span: DaySpan, titles: list[str], nodes: list[Node]) -> None:
    """A plan of one day whose title names a weekday and a date (`title: Jueves 06 de
    noviembre`) is that weekday, and that date when the year is known."""
    if span.weekday is not None or span.date is not None:
        return
    year, us = plan_year(nodes), month_first(nodes)
    for text in titles:
        named = listed_weekdays(text)
        weekday = named[0] if len(named) == 1 else None
        date, match = date_in(text, year, month_first=us, weekday=weekday)
        if match is None:
            continue
        if date is not None and weekday not in (None, ORDER[date.weekday()]):
            date = None  # the title's weekday and date disagree: trust neither date
        if date is None and weekday is not None and not month_day(text, month_first=us)[1]:
            # "Jueves 06 de noviembre": the year in which it is a Thursday, as for a day's heading
            near = first_date(nodes, month_first=us)
            date = weekday_date(match, weekday, near, year, month_first=us)[1]
        span.weekday = weekday or (ORDER[date.weekday()] if date else None)
        span.date = date
        return
    for text in titles[:2]:
        # "# Monday Template (WFH)": a day's plan titled by its weekday is that weekday.
        named = listed_weekdays(text)
        lead = re.match(rf"^[\W_]*({WEEKDAY_NAMES})(?!\w)", unwrap(text), re.IGNORECASE)
        if len(named) == 1 and lead is not None:
            span.weekday = named[0]
            return
