"""Option strings -> ScheduleOptions: dates, zones, hours; the library module that knows flags."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from pathlib import Path

from planexport.errors import OptionsError
from planexport.intervals import BusyInterval, BusySource
from planexport.scheduling import (
    POLICIES,
    ScheduleOptions,
    check,
    coming_monday,
    system_zone,
    zone_info,
)

__all__ = [
    "FLAGS",
    "WEEKDAYS",
    "options_from_strings",
    "parse_hours",
    "parse_start",
    "parse_weekdays",
    "worded",
]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def options_from_strings(
    *,
    start: str | None = None,
    tz: str | None = None,
    hours: str | None = None,
    day_start: str = "09:00",
    day_end: str = "21:00",
    durations: str = "fit",
    break_minutes: int = 10,
    rest: str | None = None,
    busy: Sequence[str | Path] | None = None,
    today: dt.date | None = None,
) -> ScheduleOptions:
    """Build schedule options from the CLI's option strings.

    Args:
        start: `--start`: ISO date, `today`, `tomorrow`, a weekday (`monday`: the coming one,
            today included) or `next monday` (strictly after today), or any date python-dateutil
            reads. None: the coming Monday.
        tz: `--tz`: an IANA zone; None: the system's zone.
        hours: `--hours`: `4`, `4,sat-sun=6` or `mon-fri=4,sat=6,sun=6`.
        day_start: `--day-start` as HH:MM.
        day_end: `--day-end` as HH:MM.
        durations: `--durations`: min, max, mid or fit.
        break_minutes: `--break` in minutes.
        rest: `--rest`: weekdays with no study, such as `sun` or `sat,sun`.
        busy: `--busy` calendar files (.ics).
        today: the date relative starts count from; today in the zone when None.

    Returns:
        The options, with the zone and start date resolved.

    Raises:
        OptionsError: a value that cannot be read or makes no sense.
        CalendarError: a busy calendar that cannot be read.
    """
    tz_name = tz.strip() if tz is not None else system_zone()
    try:
        zone = zone_info(tz_name)
    except OptionsError as error:
        raise worded(error) from None
    if today is None:
        today = dt.datetime.now(zone).date()
    default_hours, by_weekday = parse_hours(hours) if hours is not None else (None, {})
    policy = durations.strip().lower()
    if policy not in POLICIES:
        raise OptionsError(f"--durations: unknown policy {durations!r} (use min, max, mid or fit)")
    sources: tuple[BusyInterval | BusySource, ...] = ()
    if busy:
        from planexport.reader.busy import read_busy  # icalendar is slow to import

        sources = tuple(read_busy(path) for path in busy)
    options = ScheduleOptions(
        start=parse_start(start, today=today) if start is not None else coming_monday(today),
        start_given=start is not None,
        tz=tz_name,
        hours=default_hours,
        hours_by_weekday=by_weekday,
        day_start=_parse_time(day_start, option="--day-start"),
        day_end=_parse_time(day_end, option="--day-end"),
        durations=POLICIES[POLICIES.index(policy)],
        break_minutes=break_minutes,
        rest=parse_weekdays(rest, option="--rest") if rest is not None else frozenset(),
        busy=sources,
    )
    try:
        check(options)
    except OptionsError as error:
        raise worded(error) from None
    return options


FLAGS = {
    "start": "--start",
    "tz": "--tz",
    "hours": "--hours",
    "day_start": "--day-start",
    "day_end": "--day-end",
    "durations": "--durations",
    "break_minutes": "--break",
    "rest": "--rest",
    "busy": "--busy",
}
"""The command line's flag of each field of `ScheduleOptions`."""


def worded(error: OptionsError) -> OptionsError:
    """The error as the command line says it: by the flag of the option at fault.

    Args:
        error: an error of the library, its `option` a field of `ScheduleOptions` (or None).

    Returns:
        The same error when it names no known option, else one that names the flag.
    """
    flag = FLAGS.get(error.option or "")
    if flag is None:
        return error
    if error.option == "day_end" and "is not after the day's start" in error.reason:
        # Both flags are at fault; say so the way a user typed them.
        end, _, start = error.reason.partition(" is not after the day's start ")
        return OptionsError(f"--day-end {end} is not after --day-start {start}")
    return OptionsError(f"{flag}: {error.reason}")


def parse_start(text: str, *, today: dt.date) -> dt.date:
    """Read a start date: ISO, `today`, `tomorrow`, `monday`, `next monday`, or what dateutil reads.

    Args:
        text: the date as written.
        today: the date relative forms count from.

    Returns:
        The date.

    Raises:
        OptionsError: text that is no date.
    """
    from dateutil.relativedelta import relativedelta, weekday

    words = text.strip().lower().split()
    if words == ["today"]:
        return today
    if words == ["tomorrow"]:
        return today + dt.timedelta(days=1)
    if 1 <= len(words) <= 2 and (len(words) == 1 or words[0] == "next"):
        day = _weekday(words[-1])
        if day is not None:
            # `monday` may be today; `next monday` is always after today.
            skip = 1 if len(words) == 2 else 0
            return today + relativedelta(days=skip, weekday=weekday(day))
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    from dateutil import parser

    try:
        return parser.parse(text, default=dt.datetime.combine(today, dt.time())).date()
    except (ValueError, OverflowError):
        raise OptionsError(
            f"--start: cannot read the date {text!r} "
            "(use YYYY-MM-DD, today, tomorrow, monday or next monday)"
        ) from None


def parse_hours(text: str) -> tuple[float | None, dict[int, float]]:
    """Read `--hours`: a default and per-weekday overrides.

    Args:
        text: `4`, `4,sat-sun=6` or `mon-fri=4,sat=6,sun=6`.

    Returns:
        The default hours (None when only weekdays are given) and hours by weekday (0 = Monday).

    Raises:
        OptionsError: an unreadable entry, a weekday given twice or two defaults.
    """
    default: float | None = None
    by_weekday: dict[int, float] = {}
    for entry in (e.strip() for e in text.split(",")):
        if not entry:
            raise OptionsError(f"--hours: empty entry in {text!r}")
        days_text, equals, value_text = entry.rpartition("=")
        value = _positive(value_text, entry=entry)
        if equals and not days_text.strip():
            raise OptionsError(f"--hours: {entry!r} names no weekdays")
        if not equals:
            if default is not None:
                raise OptionsError(f"--hours: {text!r} gives the default hours twice")
            default = value
            continue
        for day in parse_weekdays(days_text, option="--hours"):
            if day in by_weekday:
                raise OptionsError(f"--hours: {WEEKDAYS[day]} is given twice in {text!r}")
            by_weekday[day] = value
    return default, by_weekday


def parse_weekdays(text: str, *, option: str = "--rest") -> frozenset[int]:
    """Read weekdays: names (`sun`, `sunday`), comma-separated, with ranges (`sat-sun`, `fri-mon`).

    Args:
        text: the weekdays as written; `none` or blank for none.
        option: the option to name in errors.

    Returns:
        Weekday numbers, 0 = Monday.

    Raises:
        OptionsError: an unknown weekday name.
    """
    days: set[int] = set()
    if text.strip().lower() in ("", "none"):
        return frozenset()
    for part in (p.strip() for p in text.split(",")):
        first_text, dash, last_text = part.partition("-")
        first = _weekday(first_text)
        last = _weekday(last_text) if dash else first
        if first is None or last is None:
            raise OptionsError(
                f"{option}: unknown weekday {part!r} (use mon, tue, wed, thu, fri, sat, sun "
                "or ranges such as sat-sun)"
            )
        # A range may wrap past Sunday (fri-mon).
        days.update((first + i) % 7 for i in range((last - first) % 7 + 1))
    return frozenset(days)


def _parse_time(text: str, *, option: str) -> dt.time:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise OptionsError(f"{option}: cannot read the time {text!r} (use HH:MM, such as 09:00)")
    return dt.time(int(match[1]), int(match[2]))


def _positive(text: str, *, entry: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise OptionsError(f"--hours: {entry!r} has no positive number of hours")
    return value


def _weekday(text: str) -> int | None:
    """A weekday by a prefix of its name of two letters or more (`mo`, `mon`, `monday`)."""
    word = text.strip().lower()
    if len(word) < 2:
        return None
    matches = [i for i, name in enumerate(WEEKDAYS) if name.startswith(word)]
    return matches[0] if len(matches) == 1 else None
