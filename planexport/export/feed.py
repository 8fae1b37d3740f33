"""Timed blocks -> a subscription feed: the whole current calendar, with refresh hints."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from planexport.errors import OptionsError

if TYPE_CHECKING:
    from planexport.scheduling import Schedule

__all__ = ["DEFAULT_REFRESH", "parse_refresh", "to_feed"]

DEFAULT_REFRESH = dt.timedelta(hours=1)
"""How often a subscribed app is asked to fetch the feed again when `--refresh` is not given."""

_UNITS = {
    "w": 7 * 86400,
    "week": 7 * 86400,
    "weeks": 7 * 86400,
    "d": 86400,
    "day": 86400,
    "days": 86400,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
    "hours": 3600,
    "m": 60,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
}
_PART = re.compile(r"(\d+)\s*([a-z]+)")
_ISO = re.compile(r"P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def parse_refresh(text: str) -> dt.timedelta:
    """A refresh interval: `1h`, `30m`, `1h30m`, `2 hours`, `1d` or ISO 8601 (`PT1H`).

    Raises:
        OptionsError: not a duration, or shorter than a minute.
    """
    raw = text.strip()
    seconds: int | None = None
    iso = _ISO.fullmatch(raw.upper())
    if iso is not None and raw.upper() not in ("P", "PT"):
        weeks, days, hours, minutes, secs = (int(g) if g else 0 for g in iso.groups())
        seconds = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + secs
    else:
        lowered = raw.lower()
        parts = _PART.findall(lowered)
        spelt = parts and _PART.sub("", lowered).strip(" ,") == ""
        if spelt and all(unit in _UNITS for _, unit in parts):
            seconds = sum(int(n) * _UNITS[unit] for n, unit in parts)
    if seconds is None:
        raise OptionsError(
            f"--refresh: not a duration: {text!r} (use e.g. 1h, 30m, 1d or PT1H)"
        ) from None
    if seconds < 60:
        raise OptionsError(f"--refresh must be at least a minute, not {text!r}")
    return dt.timedelta(seconds=seconds)


def to_feed(
    schedule: Schedule,
    *,
    calendar_name: str | None = None,
    alarm_minutes: int | None = None,
    day_events: bool = False,
    goals: bool = False,
    refresh: dt.timedelta = DEFAULT_REFRESH,
    previous: bytes | None = None,
    stamp: dt.datetime | None = None,
) -> bytes:
    """Write a schedule as a feed to subscribe to: every current block and nothing else.

    The events are `to_ics`'s, with the same UIDs, so a calendar can move from importing to
    subscribing without duplicates. Unlike the import file, a feed holds no cancelled events: a
    subscribing app replaces the whole calendar at each refresh, so a removed block is simply
    absent. The calendar carries `REFRESH-INTERVAL;VALUE=DURATION` (RFC 7986) and
    `X-PUBLISHED-TTL` (read by Outlook) set to `refresh`.

    Args:
        schedule: the scheduled plans.
        calendar_name: NAME and X-WR-CALNAME; default the plans' titles.
        alarm_minutes: add a display alarm this many minutes before each block.
        day_events: add an all-day event per day with its focus.
        goals: add an all-day event with the week's goals on each plan's first day.
        refresh: how often subscribing apps should fetch the feed again.
        previous: the feed this one replaces: changed events get a higher SEQUENCE.
        stamp: DTSTAMP of new events; default as for `to_ics`.

    Returns:
        The calendar, CRLF line ends, folded at 75 octets, UTF-8.

    Raises:
        OptionsError: a refresh under a minute, and as for `to_ics`.
        CalendarError: `previous` is not an iCalendar file.
        PlanError: two events would share a UID.
    """
    from planexport.export.ics import to_ics

    if refresh < dt.timedelta(minutes=1):
        raise OptionsError("the refresh interval must be at least a minute")
    data = to_ics(
        schedule,
        calendar_name=calendar_name,
        alarm_minutes=alarm_minutes,
        day_events=day_events,
        goals=goals,
        previous=previous,
        stamp=stamp,
    )
    return _with_refresh(_without_cancelled(data), refresh)


def _without_cancelled(data: bytes) -> bytes:
    """The calendar without its STATUS:CANCELLED events (the tombstones of removed blocks)."""
    lines = data.split(b"\r\n")
    kept: list[bytes] = []
    event: list[bytes] | None = None
    for line in lines:
        if event is None:
            if line == b"BEGIN:VEVENT":
                event = [line]
            else:
                kept.append(line)
            continue
        event.append(line)
        # Events hold no nested VEVENT, so the first END:VEVENT closes this one.
        if line == b"END:VEVENT":
            if b"STATUS:CANCELLED" not in event:
                kept.extend(event)
            event = None
    return b"\r\n".join(kept)


def _with_refresh(data: bytes, refresh: dt.timedelta) -> bytes:
    """The calendar with the refresh hints as its first properties."""
    value = _duration(refresh).encode("ascii")
    hints = b"REFRESH-INTERVAL;VALUE=DURATION:" + value + b"\r\nX-PUBLISHED-TTL:" + value + b"\r\n"
    head = b"BEGIN:VCALENDAR\r\n"
    if not data.startswith(head):
        raise ValueError("not a calendar written by to_ics")
    return head + hints + data[len(head) :]


def _duration(value: dt.timedelta) -> str:
    """An iCalendar DURATION (RFC 5545 3.3.6): `PT1H`, `P1D`, `P1DT12H`, `PT90M` as `PT1H30M`."""
    seconds = int(value.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days and not rest and days % 7 == 0:
        return f"P{days // 7}W"
    clock = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if n)
    return f"P{f'{days}D' if days else ''}{'T' + clock if clock else ''}"
