"""Busy time from existing calendars (.ics): the events that scheduled blocks must not overlap."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import icalendar
import recurring_ical_events
from icalendar.timezone import tzp

from planexport.errors import CalendarError
from planexport.intervals import BusyInterval
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["BusyCalendar", "parse_busy", "read_busy"]

_CONTENT_LINE = lazy(r"^[A-Za-z0-9-]+[;:]")
# A broken value of these makes every occurrence of an event unknowable, so it is an error;
# icalendar tolerates broken properties elsewhere and so do we.
_TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
_UTC = dt.timezone.utc
# Only CR, LF and CRLF end a line: str.splitlines also splits on U+2028, form feeds and the like,
# which may sit inside a SUMMARY or DESCRIPTION.
_LINE_END = lazy(r"\r\n|\r|\n")
# Outlook's own free/busy status: FREE is shown as free time, whatever TRANSP says. TENTATIVE,
# BUSY, OOF and WORKINGELSEWHERE block.
_BUSY_STATUS = ("X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-INTENDEDSTATUS")


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
                with warnings.catch_warnings():
                    # icalendar warns when it guesses a vendor-prefixed TZID; the guess is right.
                    warnings.simplefilter("ignore")
                    events = recurring_ical_events.of(calendar).between(
                        start - margin, end + margin
                    )
                    intervals = [_interval(event, tz) for event in events]
                found.extend(i for i in intervals if i is not None and _overlaps(i, start, end))
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
    text = _decode(data) if isinstance(data, bytes) else data.removeprefix("\ufeff")
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
    _check_nesting(lines, source)
    # icalendar reads CRLF and LF but not CR alone (old Mac files): hand it CRLF throughout.
    normal = "\r\n".join(_LINE_END.split(text))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # see BusyCalendar.intervals
            calendars = tuple(icalendar.Calendar.from_ical(normal, multiple=True))
    except Exception as error:  # icalendar raises ValueError and its own types alike
        raise CalendarError(f"not a valid iCalendar file: {error}", file=source) from error
    for calendar in calendars:
        _check_calendar_zone(calendar, lines, source)
        for component in calendar.walk("VEVENT"):
            _check_event(component, lines, source)
    return BusyCalendar(source=source, calendars=calendars)


def _decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without a byte-order mark), or UTF-16 with one."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def _check_nesting(lines: list[tuple[int, str]], source: str) -> None:
    """Every BEGIN has its END, in order: icalendar silently drops what a truncated file lacks."""
    stack: list[tuple[str, int]] = []
    for number, line in lines:
        name, _, value = line.partition(":")
        keyword = name.strip().upper()
        if keyword not in ("BEGIN", "END"):
            if not stack:
                raise CalendarError(
                    f"{_short(line)!r} is outside BEGIN:VCALENDAR ... END:VCALENDAR",
                    file=source,
                    line=number,
                )
            continue
        component = value.strip().upper()
        if keyword == "BEGIN":
            stack.append((component, number))
        elif not stack or stack[-1][0] != component:
            expected = f"END:{stack[-1][0]} (for line {stack[-1][1]})" if stack else "BEGIN"
            raise CalendarError(
                f"END:{component} where {expected} was expected", file=source, line=number
            )
        else:
            stack.pop()
    if stack:
        component, number = stack[-1]
        raise CalendarError(
            f"BEGIN:{component} is never ended (a truncated file?)", file=source, line=number
        )


def _check_calendar_zone(calendar: Any, lines: list[tuple[int, str]], source: str) -> None:
    """X-WR-TIMEZONE (Google's zone for floating times) named the way the expansion reads it."""
    name = calendar.get("X-WR-TIMEZONE")
    if name is None or not str(name).strip():
        return
    zone = tzp.timezone(str(name).strip())
    key = getattr(zone, "key", None)
    if key is None:
        line = next((n for n, text in lines if text.upper().startswith("X-WR-TIMEZONE")), None)
        raise CalendarError(
            f"X-WR-TIMEZONE: unknown time zone {str(name)!r}", file=source, line=line
        )
    if key != str(name):
        # A Windows name (Outlook): the expansion only knows IANA names.
        calendar["X-WR-TIMEZONE"] = icalendar.vText(key)


def _check_event(component: Any, lines: list[tuple[int, str]], source: str) -> None:
    """An event whose time cannot be known exactly is an error, not a guess."""
    summary = str(component.get("SUMMARY", ""))
    for name, reason in component.errors:
        if name in _TIME_PROPERTIES:
            raise CalendarError(
                f"event {summary!r} has a bad {name}: {reason}",
                file=source,
                line=_line_of(lines, name, component),
            )
    if "DTSTART" not in component:
        raise CalendarError(
            f"event {summary!r} has no DTSTART",
            file=source,
            line=_line_of(lines, "BEGIN", component),
        )
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        prop = component.get(name)
        tzid = prop.params.get("TZID") if prop is not None else None
        value = getattr(prop, "dt", None)
        # icalendar reads a TZID it can resolve neither by name nor from a VTIMEZONE in the file
        # as floating time, which would put the event hours away from where it is.
        if tzid and isinstance(value, dt.datetime) and value.tzinfo is None:
            raise CalendarError(
                f"event {summary!r} has {name} in the unknown time zone {str(tzid)!r} "
                "(no VTIMEZONE for it in the file)",
                file=source,
                line=_line_of(lines, name, component),
            )


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of the physical line each starts on."""
    current: str | None = None
    start = 0
    for number, raw in enumerate(_LINE_END.split(text), start=1):
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
            current_uid, found, inside = "", number if name == "BEGIN" else None, True
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
    status = next((event[name] for name in _BUSY_STATUS if name in event), "")
    if str(status).strip().upper() == "FREE":
        return None
    start, end = event.start, event.end
    if not isinstance(start, dt.datetime):
        return None  # all-day
    if not isinstance(end, dt.datetime):
        end = dt.datetime.combine(end, dt.time(), tzinfo=start.tzinfo)
    start = _aware(start, tz).astimezone(_UTC)
    end = _aware(end, tz).astimezone(_UTC)
    return BusyInterval(start=start, end=max(start, end), summary=str(event.get("SUMMARY", "")))


def _overlaps(interval: BusyInterval, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether a busy interval meets the window; an event with no length blocks its moment."""
    if interval.start == interval.end:
        return start <= interval.start < end
    return interval.end > start and interval.start < end


def _aware(value: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """A floating time is read in the schedule's zone."""
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def _short(line: str) -> str:
    return line if len(line) <= 60 else line[:57] + "..."
