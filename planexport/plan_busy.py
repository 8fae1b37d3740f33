"""The busy time a plan itself names (a day's work, commute or school hours) as busy intervals on
the dates its days fall on, for the scheduler to keep blocks out of, as the lines of the day
that show it, and as a weekly routine repeats it after its last day."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from typing import TYPE_CHECKING

from planexport.intervals import BusyInterval

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from zoneinfo import ZoneInfo

    from planexport.model import BusySpan, Day

__all__ = ["busy_lines", "busy_notes", "plan_busy", "routine_day", "routine_days"]

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


def routine_days(days: Iterable[tuple[Day, dt.date]]) -> dict[int, Day]:
    """A weekly routine's last day on each weekday (0 for Monday), which the dates after its
    last day repeat the busy time of; empty unless every day is named by its weekday and none
    by its date (a plan of numbered days is no routine)."""
    listed = list(days)
    if not all(day.weekday is not None and day.date is None for day, _ in listed):
        return {}
    # The latest day on a weekday wins: the routine as it last was.
    return {date.weekday(): day for day, date in sorted(listed, key=lambda pair: pair[1])}


def routine_day(days: Sequence[tuple[Day, dt.date]], date: dt.date) -> Day | None:
    """The day of a weekly routine whose busy time `date` repeats: on a date after the
    routine's last day, its last day on that weekday; None on or before its last day, on a
    weekday it has no day for, or when the days are no routine."""
    if not days or date <= max(when for _, when in days):
        return None
    return routine_days(days).get(date.weekday())


def busy_lines(day: Day) -> tuple[str, ...]:
    """The day's busy spans alone, by their start, as `08:00–16:00 Work`: the same lines for a
    Markdown plan's work hours and a YAML or JSON plan's `busy` list."""
    spans = sorted(day.busy, key=lambda span: _minutes(span.at))
    return tuple(_span_text(span) for span in spans)


@functools.cache
def _clock() -> re.Pattern[str]:
    """A clock time in a note (`9:00`, `09.00`, `21h00`); compiled on the first note asked about."""
    return re.compile(r"(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)")


def busy_notes(day: Day) -> tuple[str, ...]:
    """The day's notes with each busy span no note already names (`08:00–16:00 Work`), among
    them by its start: a Markdown plan's work hours are notes as written, a YAML or JSON plan's
    `busy` spans have none, and a day lists both the same way."""
    notes = list(day.notes)
    for span in day.busy:
        if any(_names(note, span) for note in day.notes):
            continue
        start = _minutes(span.at)
        later = (i for i, note in enumerate(notes) if (_leading(note) or 0) > start)
        notes.insert(next(later, len(notes)), _span_text(span))
    return tuple(notes)


@functools.cache
def _bare_hour() -> re.Pattern[str]:
    """An hour with no minutes in a note (`6` and `14` of `Schicht 6-14`, not `21h00`)."""
    return re.compile(r"(?<![\d:.h])(\d{1,2})(?!\d|[:.h]\d)")


def _names(note: str, span: BusySpan) -> bool:
    """Whether a note is the span as written: its title and its start (`8:00 AM` is `08:00`),
    or its title and its whole hours bare, start then end (`Arbeit 8–16 Uhr`, `Trabajo de 9 a
    17`, `Werk van 9 tot 17` are `08:00–16:00` and `09:00–17:00`)."""
    from planexport.text import plain

    text = plain(note).casefold()
    if span.title.casefold() not in text:
        return False
    start = _minutes(span.at)
    if any(
        (int(hour) * 60 + int(minute)) % (12 * 60) == start % (12 * 60)
        for hour, minute in _clock().findall(text)
    ):
        return True
    end = (start + span.minutes) % (24 * 60)
    if start % 60 or end % 60:
        return False
    hours = [int(hour) % 12 for hour in _bare_hour().findall(text)]
    return (start // 60 % 12, end // 60 % 12) in itertools.pairwise(hours)


def _leading(note: str) -> int | None:
    """The clock time a note starts with, in minutes (`07:00: wake up` is 420)."""
    found = _clock().match(note.strip())
    return int(found.group(1)) * 60 + int(found.group(2)) if found else None


def _span_text(span: BusySpan) -> str:
    start = _minutes(span.at)
    end = (start + span.minutes) % (24 * 60)
    return f"{span.at}–{end // 60:02d}:{end % 60:02d} {span.title}"


def _minutes(at: str) -> int:
    return int(at[:2]) * 60 + int(at[3:])
