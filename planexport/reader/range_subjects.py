"""Timetables on their side whose columns name ranges of weekdays: each weekday of the range.

A routine is often written a row per activity, a column per kind of day, the clock times in
the cells:

    | Activity | Mon-Fri        | Saturday        | Sunday         |
    | Piano    | 6:00 - 6:45 AM | 9:00 - 10:00 AM | -              |
    | Reading  | 8:00 - 9:00 PM | 8:00 - 9:30 PM  | 7:00 - 8:00 PM |

The `Mon-Fri` column (`Weekdays`, `Weekend`, `Lunes a viernes`) is read as one day by the
timetable and then given to each weekday it names, Monday to Friday here, in week order. A
weekday that also heads a column of its own keeps that column's.
"""

from __future__ import annotations

import copy
import dataclasses

from planexport.reader.dates import ORDER
from planexport.reader.range_columns import range_columns
from planexport.reader.table_weekly import TableDay

__all__ = ["range_weekdays", "spread_ranges"]


def range_weekdays(header: list[str]) -> dict[int, str]:
    """The first weekday of each column headed by a range (`Mon-Fri`: `mon`), by column."""
    return {col: names[0] for col, names in range_columns(header).items()}


def spread_ranges(header: list[str], found: dict[int, TableDay]) -> list[TableDay]:
    """The days read by column, each range column's day given to every weekday it names."""
    spread = range_columns(header)
    single = {day.weekday for col, day in found.items() if col not in spread}
    days: list[TableDay] = []
    for col, day in found.items():
        for weekday in spread.get(col, [day.weekday or ""]):
            if col in spread and weekday in single:
                continue  # "| Mon-Fri | Friday |": Friday's own column says its day
            days.append(
                dataclasses.replace(
                    day,
                    weekday=weekday or None,
                    blocks=copy.deepcopy(day.blocks),
                    notes=list(day.notes),
                )
            )
    days.sort(key=lambda day: ORDER.index(day.weekday) if day.weekday in ORDER else len(ORDER))
    return days
