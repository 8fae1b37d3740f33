"""Dated class rows that write no year under a sentence naming the class weekdays (`Las clases
son los lunes y viernes de 19:00 a 22:00.` over `| 11 de marzo | … |`): their year is the one,
nearest to today, in which every date falls on one of those weekdays."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader import weekday_years
from planexport.reader.dates import ORDER

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node
    from planexport.reader.table_dates import CellDate

__all__ = ["class_year"]

_AROUND = 6
"""How many years before and after today's are tried: every weekday a date can fall on."""


def class_year(nodes: list[Node], dates: list[CellDate], ctx: Ctx | None) -> int | None:
    """The year of `dates` (written without one) in which each falls on a weekday the plan's
    class-time sentence names, the one whose first date is nearest to today, past or next;
    None when the plan names no class weekdays, or (with a warning on the sentence's line)
    when no year near today puts every date on them."""
    from planexport.reader.class_times import class_sentence

    stated = class_sentence(nodes)
    if stated is None or not stated[3] or not dates:
        return None
    line, weekdays = stated[0], stated[3]
    today = weekday_years.today()
    fits: list[tuple[int, int]] = []
    for year in range(today.year - _AROUND, today.year + _AROUND + 1):
        days = [_date(year, d) for d in dates]
        if all(day is not None and ORDER[day.weekday()] in weekdays for day in days):
            first = days[0]
            assert first is not None
            fits.append((abs((first - today).days), year))
    if fits:
        return min(fits)[1]
    if ctx is not None:
        from planexport.reader.date_heads import NAMES

        names = " and ".join(NAMES[d] for d in ORDER if d in weekdays)
        ctx.warn(
            line,
            f"the dated classes below write no year, and in no year from "
            f"{today.year - _AROUND} to {today.year + _AROUND} do they all fall on {names}: "
            "their dates are read near today",
        )
    return None


def _date(year: int, date: CellDate) -> dt.date | None:
    try:
        return dt.date(year, date.month, date.day)
    except ValueError:
        return None  # "29 de febrero" in a year with no such day
