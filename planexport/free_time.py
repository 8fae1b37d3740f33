"""Free time among busy intervals in UTC: a day's bounds, a window's busy time, the first fit."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.intervals import BusyInterval

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.intervals import BusySource

__all__ = ["busy_between", "by_start", "day_bounds", "first_fit"]

_UTC = dt.timezone.utc


def first_fit(
    cursor: dt.datetime,
    minutes: int,
    end_bound: dt.datetime,
    busy: Sequence[BusyInterval],
    gap: dt.timedelta,
) -> dt.datetime | None:
    """The earliest UTC start from `cursor` that ends by `end_bound` and keeps `gap` from busy."""
    start = cursor
    length = dt.timedelta(minutes=minutes)
    for interval in busy:  # sorted by start
        if start + length <= interval.start - gap:
            break  # this and every later interval start after the block
        start = max(start, interval.end + gap)
    return start if start + length <= end_bound else None


def day_bounds(
    date: dt.date, day_start: dt.time, day_end: dt.time, zone: dt.tzinfo
) -> tuple[dt.datetime, dt.datetime]:
    """A day's earliest start and latest end as instants in `zone`.

    A wall-clock time skipped or repeated by a daylight-saving change has two readings. The start
    takes the one iCalendar takes (the offset before the change: 02:30 in a skipped hour is 03:30
    after it; a repeated 01:30 is its first occurrence), so blocks never start before it on the
    clock; the end takes the earlier reading, so blocks never end after it on the clock.
    """
    start = dt.datetime.combine(date, day_start, tzinfo=zone)
    end = dt.datetime.combine(date, day_end, tzinfo=zone)
    latest_end = min(end.astimezone(_UTC), end.replace(fold=1).astimezone(_UTC))
    return start, latest_end.astimezone(zone)


def busy_between(
    sources: Sequence[BusyInterval | BusySource],
    start: dt.datetime,
    end: dt.datetime,
    zone: dt.tzinfo,
) -> list[BusyInterval]:
    """Every busy interval in the window, in UTC, sorted by start."""
    found: list[BusyInterval] = []
    for source in sources:
        items = (
            [source] if isinstance(source, BusyInterval) else source.intervals(start, end, tz=zone)
        )
        for item in items:
            found.append(
                BusyInterval(
                    start=_utc(item.start, zone), end=_utc(item.end, zone), summary=item.summary
                )
            )
    return sorted(found, key=by_start)


def by_start(interval: BusyInterval) -> tuple[dt.datetime, dt.datetime]:
    """An interval's sort key: its start, then its end."""
    return interval.start, interval.end


def _utc(value: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return (value.replace(tzinfo=zone) if value.tzinfo is None else value).astimezone(_UTC)
