"""Busy time from existing calendars (.ics): the events that scheduled blocks must not overlap."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import icalendar
import recurring_ical_events

from planexport.errors import CalendarError
from planexport.scheduling import BusyInterval

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["BusyCalendar", "parse_busy", "read_busy"]

_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")
# A broken value of these makes every occurrence of an event unknowable, so it is an error;
# icalendar tolerates broken properties elsewhere and so do we.
_TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
_UTC = dt.timezone.utc


@dataclass(frozen=True)
class BusyCalendar:
    """A parsed calendar whose events block time; recurring events are expanded on request."""

    source: str
    calendars: tuple[icalendar.Calendar, ...]

    def intervals(
        self, start: dt.datetime, end: dt.datetime, *, tz: dt.tzinfo
    ) -> list[BusyInterval]:
        """The blocking events that overlap `start`..`end`, in UTC, earliest first.

        Args:
            start: beginning of the window (aware).
            end: end of the window (aware).
            tz: the zone that floating (zone-less) times are read in.

        Returns:
            Busy intervals with UTC datetimes; all-day, transparent and cancelled events left out.

        Raises:
            CalendarError: a recurrence that cannot be expanded.
        """
        # A floating event can sit up to a day away from the window's UTC bounds.
        margin = dt.timedelta(days=1)
        found: list[BusyInterval] = []
        for calendar in self.calendars:
            try:
                events = recurring_ical_events.of(calendar).between(start - margin, end + margin)
                found.extend(
                    interval
                    for interval in (_interval(event, tz) for event in events)
                    if interval is not None and interval.end > start and interval.start < end
                )
            except CalendarError:
                raise
            except Exception as error:  # the library raises several unrelated types
                raise CalendarError(
                    f"cannot expand the calendar's events: {error}", file=self.source
                ) from error
        return sorted(found, key=lambda b: (b.start, b.end))


def read_busy(path: str | Path) -> BusyCalendar:
    """Read an .ics file of busy time.

    Args:
        path: the calendar file.

    Returns:
        The parsed calendar, ready to expand over any window.

    Raises:
        CalendarError: the file cannot be read or is not an iCalendar file.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CalendarError(f"cannot read: {error.strerror or error}", file=path) from error
    return parse_busy(data, source=str(path))


def parse_busy(data: bytes | str, *, source: str = "<string>") -> BusyCalendar:
    """Parse iCalendar text of busy time; `source` names it in errors.

    Args:
        data: the calendar text.
        source: the file name to report in errors.

    Returns:
        The parsed calendar.

    Raises:
        CalendarError: the text is not an iCalendar file, or an event's time cannot be read.
    """
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    lines = list(_content_lines(text))
    if not lines:
        raise CalendarError("is empty, not an iCalendar file", file=source)
    for number, line in lines:
        if not _CONTENT_LINE.match(line):
            raise CalendarError(
                f"not an iCalendar line: {_short(line)!r}", file=source, line=number
            )
    first_number, first = lines[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        raise CalendarError(
            f"an iCalendar file starts with BEGIN:VCALENDAR, not {_short(first)!r}",
            file=source,
            line=first_number,
        )
    try:
        calendars = tuple(icalendar.Calendar.from_ical(text, multiple=True))
    except Exception as error:  # icalendar raises ValueError and its own types alike
        raise CalendarError(f"not a valid iCalendar file: {error}", file=source) from error
    for calendar in calendars:
        for component in calendar.walk("VEVENT"):
            for name, reason in component.errors:
                if name in _TIME_PROPERTIES:
                    raise CalendarError(
                        f"event {str(component.get('SUMMARY', ''))!r} has a bad {name}: {reason}",
                        file=source,
                        line=_line_of(lines, name, component),
                    )
    return BusyCalendar(source=source, calendars=calendars)


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of the physical line each starts on."""
    current: str | None = None
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and current is not None:
            current += raw[1:]
            continue
        if current is not None:
            yield start, current
        current, start = (raw, number) if raw.strip() else (None, number)
    if current is not None:
        yield start, current


def _line_of(lines: list[tuple[int, str]], name: str, component: Any) -> int | None:
    """The line of property `name` in the event with the component's UID (else the first)."""
    uid = str(component.get("UID", ""))
    events: list[tuple[str, int | None]] = []
    current_uid, found, inside = "", None, False
    for number, line in lines:
        upper = line.upper()
        if upper.startswith("BEGIN:VEVENT"):
            current_uid, found, inside = "", None, True
        elif upper.startswith("END:VEVENT") and inside:
            events.append((current_uid, found))
            inside = False
        elif inside and upper.startswith("UID:"):
            current_uid = line[4:].strip()
        elif inside and found is None and re.match(rf"{re.escape(name)}[;:]", upper):
            found = number
    matching = [line for event_uid, line in events if line is not None and event_uid == uid]
    anywhere = [line for _, line in events if line is not None]
    return next(iter(matching or anywhere), None)


def _interval(event: Any, tz: dt.tzinfo) -> BusyInterval | None:
    """The time an event blocks, or None when it blocks none."""
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return None
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime):
        return None  # all-day
    if not isinstance(end, dt.datetime):
        end = dt.datetime.combine(end, dt.time(), tzinfo=start.tzinfo)
    start = _aware(start, tz).astimezone(_UTC)
    end = _aware(end, tz).astimezone(_UTC)
    return BusyInterval(start=start, end=max(start, end), summary=str(event.get("SUMMARY", "")))


def _aware(value: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """A floating time is read in the schedule's zone."""
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def _short(line: str) -> str:
    return line if len(line) <= 60 else line[:57] + "..."
