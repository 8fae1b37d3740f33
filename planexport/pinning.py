"""Pinned blocks: the instant a written clock time falls on."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from zoneinfo import ZoneInfo

    from planexport.model import Block

__all__ = ["pinned_starts"]

_UTC = dt.timezone.utc
_ONE_DAY = dt.timedelta(days=1)
_MIDNIGHT = 24 * 60
_LATE = 18 * 60
"""From here on, a pinned time in the small hours that follows is after midnight."""
_SMALL_HOURS = 6 * 60


def pinned_starts(
    blocks: Sequence[Block], minutes: Sequence[int], date: dt.date, zone: ZoneInfo
) -> dict[int, dt.datetime]:
    """The UTC start of each pinned block, by index. Days are written in clock order, so a time
    earlier than the one before it, right after a block that runs to midnight (`22:30-00:00` then
    `00:00-00:10`) or from a late evening into the small hours, is on the next date. A time a
    daylight-saving change skips reads as iCalendar reads it (02:30 is 03:30 after the change).
    A day that opens with its own night (`22:00-06:00 Sleep` above `06:00 Wake up` … `18:00 Gym`)
    is one day's clock: its morning is on the date, and the night runs from that evening. When
    such a day ends in the small hours after a late evening (`22:00 Read`, then `00:30 Sleep`),
    that is its night, on the next date, and the night it opens with is the one before its
    morning, from the evening before."""
    starts: dict[int, dt.datetime] = {}
    on = date
    night_first = _night_first(blocks, minutes)
    before: tuple[int, int] | None = None  # the previous pinned block's start and end, in minutes
    for bi, block in enumerate(blocks):
        if block.at is None:
            continue
        hour, minute = (int(part) for part in block.at.split(":"))
        start = hour * 60 + minute
        if before is not None and start < before[0] and night_first != _EVENING:
            runs_to_midnight = before[1] >= _MIDNIGHT
            if runs_to_midnight or (before[0] >= _LATE and start < _SMALL_HOURS):
                on += _ONE_DAY
        before = (start, start + minutes[bi])
        moment = dt.datetime.combine(on, dt.time(hour, minute), tzinfo=zone)
        if night_first == _BEFORE and len(starts) == 0:
            moment -= _ONE_DAY  # "23:00-07:00 Sleep" above the morning: the night before it
            before = None
        starts[bi] = moment.astimezone(_UTC)
    return starts


def _minute(at: str) -> int:
    hour, minute = (int(part) for part in at.split(":"))
    return hour * 60 + minute


_EVENING = "evening"
"""A day that opens with its night, which runs from that evening."""
_BEFORE = "before"
"""A day that opens with the night before its morning and ends with its own in the small hours."""


def _night_first(blocks: Sequence[Block], minutes: Sequence[int]) -> str | None:
    """Whether the first pinned block runs over midnight and the others, from the morning on,
    fit on the date between its end and its start, in clock order: `22:00-06:00` above
    `06:00-06:30`, `06:30-08:00` and `18:00-19:00` (`_EVENING`). When the last ones start in
    the small hours after a late evening (`22:00-00:30 Read`, `00:30-07:00 Sleep`), in clock
    order and ending by the morning, they are the day's night and the first is the night before
    (`_BEFORE`). A night that goes on into the small hours (`22:00-00:30 Party` above
    `00:30-02:00 Afterparty`) is no such day."""
    pins = [(_minute(b.at), minutes[bi]) for bi, b in enumerate(blocks) if b.at is not None]
    if len(pins) < 2:
        return None
    night, length = pins[0]
    ends = night + length - _MIDNIGHT  # the night's end, on the next date
    if ends <= 0 or length >= _MIDNIGHT:
        return None
    cut = len(pins)
    while cut > 1 and pins[cut - 1][0] < _SMALL_HOURS:
        cut -= 1
    day, tail = pins[1:cut], pins[cut:]
    earliest = ends
    for start, span in day:
        if start < earliest or (not tail and start + span > night):
            return None
        earliest = start
    if not tail:
        return _EVENING
    if not day or not (day[-1][0] >= _LATE or sum(day[-1]) >= _MIDNIGHT):
        return None
    late = sum(day[-1]) - _MIDNIGHT  # where the late evening ends, past midnight
    for start, span in tail:
        if start < late or start + span > day[0][0]:
            return None
        late = start + span
    return _BEFORE
