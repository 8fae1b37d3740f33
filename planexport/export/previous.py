"""Reading a previous export: planexport's events, their versions and what they said."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import icalendar

from planexport import keys
from planexport.errors import CalendarError

__all__ = ["CANCELLED", "CONFIRMED", "Previous", "instant", "read_previous"]

_UTC = dt.timezone.utc
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)
CONFIRMED = "CONFIRMED"
CANCELLED = "CANCELLED"


@dataclass(frozen=True)
class Previous:
    """An event of a previous export, as far as versioning the new one needs it."""

    sequence: int
    stamp: dt.datetime
    status: str
    summary: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    fingerprint: tuple[Any, ...]


def read_previous(data: bytes) -> dict[str, Previous]:
    """planexport's events of a previous export, by UID."""
    try:
        # A file holding several calendars (two exports joined, or an app's re-save) is read whole.
        cals = icalendar.Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError) as error:
        raise CalendarError(f"the previous export is not an iCalendar file ({error})") from None
    if not cals or not all(isinstance(cal, icalendar.Calendar) for cal in cals):
        raise CalendarError("the previous export is not an iCalendar file")
    found: dict[str, Previous] = {}
    for event in (e for cal in cals for e in cal.walk("VEVENT")):
        uid = str(event.get("UID", ""))
        if not keys.is_our_uid(uid) or "DTSTART" not in event:
            continue
        try:
            entry = _previous_event(event)
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise CalendarError(
                f"the previous export's event {uid} cannot be read: {error}"
            ) from None
        if uid not in found or entry.sequence > found[uid].sequence:
            found[uid] = entry
    return found


def _previous_event(event: icalendar.cal.component.Component) -> Previous:
    start = _as_time(event.decoded("DTSTART"))
    end: dt.datetime | dt.date | None = None
    if "DTEND" in event:
        end = _as_time(event.decoded("DTEND"))
    elif "DURATION" in event:
        # An app that re-saved the file may have turned DTEND into a DURATION.
        duration = event.decoded("DURATION")
        if not isinstance(duration, dt.timedelta):
            raise ValueError(f"not a duration: {duration!r}")
        end = _as_time(start + duration)
    stamp = event.decoded("DTSTAMP") if "DTSTAMP" in event else _EPOCH
    if not isinstance(stamp, dt.datetime):
        stamp = _EPOCH
    elif stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=_UTC)
    summary = str(event.get("SUMMARY", ""))
    description = str(event.get("DESCRIPTION", ""))
    status = str(event.get("STATUS", CONFIRMED)).upper()
    raw = event.get("CATEGORIES")
    lists = raw if isinstance(raw, list) else [raw] if raw is not None else []
    categories = tuple(str(c) for item in lists for c in item.cats)
    alarm: int | None = None
    for valarm in event.walk("VALARM"):
        trigger = valarm.decoded("TRIGGER") if "TRIGGER" in valarm else None
        if isinstance(trigger, dt.timedelta):
            alarm = int(-trigger.total_seconds() // 60)
        break
    fingerprint = (
        instant(start),
        instant(end),
        summary,
        description,
        categories,
        status,
        alarm,
    )
    return Previous(
        sequence=_sequence(event.get("SEQUENCE", 0)),
        stamp=stamp.astimezone(_UTC),
        status=status,
        summary=summary,
        start=instant(start) or start,
        end=instant(end),
        fingerprint=fingerprint,
    )


def _sequence(value: object) -> int:
    """A SEQUENCE as written; an unreadable one (hand-edited) counts as 0, never as an error."""
    try:
        return max(int(str(value).strip()), 0)
    except ValueError:
        return 0


def _as_time(value: object) -> dt.datetime | dt.date:
    if isinstance(value, dt.date):
        return value
    raise ValueError(f"not a date or time: {value!r}")


def instant(value: dt.datetime | dt.date | None) -> dt.datetime | dt.date | None:
    """An aware time in UTC, so that two writings of one instant compare equal."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value
        return value.astimezone(_UTC)
    return value
