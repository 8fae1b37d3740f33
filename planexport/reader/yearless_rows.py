"""Dated rows that write no year (`| 17/02 | Bezoek museum | 4 uur |`): their year from the plan,
else the next such date from today, so each row keeps its date and the days between the rows;
and such days in the order of their dates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader import weekday_years
from planexport.reader.dates import plan_year
from planexport.reader.table_columns import cell_at, column_roles, date_column
from planexport.reader.table_dates import YearHint, cell_date, table_year
from planexport.reader.table_weekly import weekday_of

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node
    from planexport.reader.table_weekly import TableDay

__all__ = ["in_date_order", "rows_year"]

_LATELY = dt.timedelta(days=14)
"""How far back the first row may be from today: a plan under way, not last year's."""


def rows_year(nodes: list[Node], idx: int, ctx: Ctx | None = None) -> YearHint | None:
    """The year of the dates without one in the table at `idx`: the year a heading above it or
    the plan gives (as for dated headings), else the nearest short line above it that writes
    one (`**Week of March 2, 2026**`) or the plan's only year; else, when two or more rows are
    dated and none writes its year, the year nearest to today in which each falls on a weekday
    a class-time sentence names (`Las clases son los lunes y viernes de 19:00 a 22:00.`), else
    the year in which the first row's date is the next such date from today (from two weeks ago
    on: a plan under way). Rows that name their weekday are dated in the year in which they
    fall on it (`| Mo | 05.01. |`, weekday_row_years)."""
    hint = table_year(nodes, idx)
    if hint is not None:
        return hint
    node = nodes[idx]
    cols = column_roles(node)
    col = date_column(node, cols) if len(node.rows) > 2 else None
    if col is None:
        return None
    dates = [cell_date(row[col], None) for row in node.rows[1:] if col < len(row)]
    found = [date for date in dates if date is not None]
    if len(found) >= 2 and any(date.year is not None for date in found):
        from planexport.reader.mixed_year_rows import warn_mixed_years

        warn_mixed_years(node, col, ctx)  # "| 9/23 |" above "| 1/14/15 |": undated
    if len(found) < 2 or any(date.year is not None for date in found):
        return None
    day = cols["day"]
    if any(date.weekday for date in found) or (
        day is not None and any(weekday_of(cell_at(row, day), short=True) for row in node.rows[1:])
    ):
        from planexport.reader.weekday_row_years import weekday_rows_year

        return weekday_rows_year(nodes, idx, col, day, ctx)  # "| Mo | 05.01. |": a Monday's year
    year = plan_year(nodes)
    if year is not None:
        return YearHint(year)
    from planexport.reader.weekday_row_years import written_year

    hint = written_year(nodes, idx)  # "**Week of March 2, 2026**" over "| Mar 2 | … |"
    if hint is not None:
        return hint
    from planexport.reader.class_years import class_year

    year = class_year(nodes, found, ctx)  # "los lunes y viernes" over "| 11 de marzo |"
    if year is not None:
        return YearHint(year)
    near = weekday_years.today() - _LATELY
    first = found[0]
    for each in (near.year, near.year + 1):
        try:
            if dt.date(each, first.month, first.day) >= near:
                return YearHint(each)
        except ValueError:
            continue  # "29/02" in a year with no such day
    return None


def in_date_order(days: list[TableDay]) -> list[TableDay]:
    """`days` in the order of their dates when each has one (`1/03` written before `26/02` is
    lived after it); as written otherwise."""
    if any(day.date is None for day in days):
        return days
    return sorted(days, key=lambda day: day.date or dt.date.min)
