"""The busy time a plan itself names (a day's work, commute or school hours) as busy intervals on
the dates its days fall on, for the scheduler to keep blocks out of."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.intervals import BusyInterval

if TYPE_CHECKING:
    from collections.abc import Iterable
    from zoneinfo import ZoneInfo

    from planexport.model import Day

__all__ = ["plan_busy"]

_UTC = dt.timezone.utc


def plan_busy(days: Iterable[tuple[Day, dt.date]], zone: ZoneInfo) -> list[BusyInterval]:
    """Each day's busy spans on its date, in UTC: from the clock time in `zone` for the span's
    minutes on the clock (`22:00` for 600 minutes ends at 08:00 the next morning, also across a
    change of the clocks), named by the span's title. A span the clock skips (02:30 on the night
    the clocks go forward) starts at the instant that reading names, as a calendar's event does."""
    found: list[BusyInterval] = []
    for day, date in days:
        for span in day.busy:
            hour, minute = int(span.at[:2]), int(span.at[3:])
            start = dt.datetime.combine(date, dt.time(hour, minute), tzinfo=zone)
            end = start + dt.timedelta(minutes=span.minutes)  # wall-clock time, as written
            found.append(BusyInterval(start.astimezone(_UTC), end.astimezone(_UTC), span.title))
    return found
