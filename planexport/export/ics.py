"""Timed blocks -> iCalendar bytes that calendar apps import, and re-import as updates."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from planexport import __version__, keys
from planexport.collector import paused
from planexport.day_kinds import is_untimed
from planexport.errors import CalendarError, OptionsError, PlanError
from planexport.plan_busy import busy_notes
from planexport.text import plain

if TYPE_CHECKING:
    from planexport.export.previous import Previous
    from planexport.model import Block, Item, Plan
    from planexport.scheduling import Schedule, ScheduledDay

__all__ = [
    "UID_DOMAIN",
    "EventResource",
    "event_resources",
    "stamp_from_environment",
    "to_ics",
]

UID_DOMAIN = keys.UID_DOMAIN

_UTC = dt.timezone.utc
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)
_SECOND = dt.timedelta(seconds=1)
_DAY = dt.timedelta(days=1)
# An event's STATUS: as written, and as a removed block's event (a tombstone) says it.
_CONFIRMED = "CONFIRMED"
_CANCELLED = "CANCELLED"

# Zones that are UTC under another name: their times are written with a Z, no VTIMEZONE needed.
_UTC_NAMES = frozenset(
    {"UTC", "UCT", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich", "Universal", "Zulu"}
    | {f"Etc/{n}" for n in ("UTC", "UCT", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich")}
    | {"Etc/Universal", "Etc/Zulu"}
)

# Characters iCalendar TEXT cannot hold (controls other than tab and newline).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@paused()
def to_ics(
    schedule: Schedule,
    *,
    calendar_name: str | None = None,
    alarm_minutes: int | None = None,
    day_events: bool = False,
    goals: bool = False,
    previous: bytes | None = None,
    stamp: dt.datetime | None = None,
) -> bytes:
    """Write a schedule as an iCalendar file (METHOD:PUBLISH), one event per block.

    The same arguments always give the same bytes. Each event's UID comes from its block's key,
    so moving the plan or editing a block keeps it. Given the previous export, events whose time
    or text changed get a higher SEQUENCE and a later DTSTAMP, unchanged ones keep both, and
    events of the previous export the schedule no longer has come back as STATUS:CANCELLED
    (with their previous times, in UTC), so that importing the new file removes them; they stay
    in later exports, so that a calendar that missed one export still learns of them. Events of
    the previous file whose UID is not planexport's are left out.

    Args:
        schedule: the scheduled plans.
        calendar_name: NAME and X-WR-CALNAME; default the plans' titles.
        alarm_minutes: add a display alarm this many minutes before each block.
        day_events: add an all-day event per day with its focus.
        goals: add an all-day event with the week's goals on each plan's first day.
        previous: the bytes of the export this one replaces.
        stamp: DTSTAMP of new events; default `SOURCE_DATE_EPOCH`, else 1970-01-01T00:00:00Z.
            A changed event gets at least its previous DTSTAMP plus one second.

    Returns:
        The calendar, CRLF line ends, folded at 75 octets, UTF-8.

    Raises:
        OptionsError: a negative alarm, an unknown time zone, a bad `SOURCE_DATE_EPOCH`.
        CalendarError: `previous` is not an iCalendar file.
        PlanError: two events would share a UID.
    """
    zone, events = _prepared(
        schedule, alarm_minutes=alarm_minutes, day_events=day_events, goals=goals
    )
    base = _utc_second(stamp) if stamp is not None else stamp_from_environment(os.environ)
    old: dict[str, Previous] = {}
    if previous is not None:  # reading one back takes a module a first export does without
        from planexport.export.previous import read_previous

        old = read_previous(previous)

    cal = _calendar()
    cal.add("METHOD", "PUBLISH")
    name = _one_line(calendar_name if calendar_name is not None else _default_name(schedule))
    # vText, because icalendar writes these two unescaped when given a plain str.
    cal.add("NAME", icalendar.vText(name))
    cal.add("X-WR-CALNAME", icalendar.vText(name))
    cal.add("X-WR-TIMEZONE", schedule.tz)
    timezone = _zone_component(events, zone)
    if timezone is not None:
        cal.add_component(timezone)

    for event in events:
        sequence, when = _version(event, old.get(event.uid), base)
        cal.add_component(event.component(sequence=sequence, stamp=when))

    for uid in sorted(set(old) - {e.uid for e in events}):
        before = old[uid]
        if before.status == _CANCELLED:
            sequence, when = before.sequence, max(base, before.stamp)
        else:
            sequence, when = before.sequence + 1, max(base, before.stamp + _SECOND)
        tombstone = _Event(
            uid=uid,
            summary=before.summary,
            description="",
            categories=(),
            start=before.start,
            end=before.end,
            status=_CANCELLED,
            transparent=True,
        )
        cal.add_component(tombstone.component(sequence=sequence, stamp=when))
    data: bytes = cal.to_ical()
    return data


@dataclass(frozen=True)
class EventResource:
    """One event as a calendar object of its own, the way a CalDAV server stores it."""

    uid: str
    summary: str
    data: bytes
    """A VCALENDAR (no METHOD) holding the VEVENT and the VTIMEZONE it uses."""
    sequence: int
    state: Literal["new", "changed", "unchanged"]
    """Against the stored copy: none, different in time or text, or the same."""


@paused()
def event_resources(
    schedule: Schedule,
    *,
    alarm_minutes: int | None = None,
    day_events: bool = False,
    goals: bool = False,
    stored: Mapping[str, bytes] | None = None,
    stamp: dt.datetime | None = None,
) -> list[EventResource]:
    """The events of `to_ics`, one calendar object each, versioned against stored copies.

    The VEVENTs are `to_ics`'s (same UIDs, text and times) and follow its SEQUENCE and DTSTAMP
    rules: an event whose time or text differs from its stored copy gets a higher SEQUENCE and
    a later DTSTAMP, an unchanged one keeps both. A stored copy that cannot be read counts as
    changed.

    Args:
        schedule: the scheduled plans.
        alarm_minutes: add a display alarm this many minutes before each block.
        day_events: add an all-day event per day with its focus.
        goals: add an all-day event with the week's goals on each plan's first day.
        stored: the calendar object now stored for a UID, by UID.
        stamp: DTSTAMP of new events; default as for `to_ics`.

    Returns:
        One resource per event, in the order `to_ics` writes them.

    Raises:
        OptionsError: a negative alarm, an unknown time zone, a bad `SOURCE_DATE_EPOCH`.
        PlanError: two events would share a UID.
    """
    zone, events = _prepared(
        schedule, alarm_minutes=alarm_minutes, day_events=day_events, goals=goals
    )
    base = _utc_second(stamp) if stamp is not None else stamp_from_environment(os.environ)
    timezone = _zone_component(events, zone)
    resources: list[EventResource] = []
    from planexport.export.previous import read_previous

    for event in events:
        copy = (stored or {}).get(event.uid)
        before: Previous | None = None
        state: Literal["new", "changed", "unchanged"] = "new"
        if copy is not None:
            try:
                before = read_previous(copy).get(event.uid)
            except CalendarError:
                before = None
            if before is not None and before.fingerprint == event.fingerprint():
                state = "unchanged"
            else:
                state = "changed"
        sequence, when = _version(event, before, base)
        cal = _calendar()
        if timezone is not None and event.zoned(zone):
            cal.add_component(timezone)
        cal.add_component(event.component(sequence=sequence, stamp=when))
        resources.append(
            EventResource(
                uid=event.uid,
                summary=event.summary,
                data=cal.to_ical(),
                sequence=sequence,
                state=state,
            )
        )
    return resources


def _prepared(
    schedule: Schedule, *, alarm_minutes: int | None, day_events: bool, goals: bool
) -> tuple[ZoneInfo | dt.timezone, list[_Event]]:
    """The schedule's zone and its events, checked: no negative alarm, no UID twice."""
    if alarm_minutes is not None and alarm_minutes < 0:
        raise OptionsError(f"--alarm must be 0 or more minutes, not {alarm_minutes}")
    zone = _zone(schedule.tz)
    events = _events(
        schedule, zone=zone, alarm_minutes=alarm_minutes, day_events=day_events, goals=goals
    )
    seen: set[str] = set()
    for event in events:
        if event.uid in seen:
            raise PlanError(f"two events have the UID {event.uid} (the same plan twice?)")
        seen.add(event.uid)
    return zone, events


def _calendar() -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("PRODID", f"-//planexport//planexport {__version__}//EN")
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    return cal


def _zone_component(events: Sequence[_Event], zone: ZoneInfo | dt.timezone) -> Any:
    """The VTIMEZONE covering every zoned time of `events`, or None when none needs one."""
    zoned = [t for e in events for t in (e.start, e.end) if isinstance(t, dt.datetime)]
    zoned = [t for t in zoned if t.tzinfo is zone]
    if not zoned or zone is _UTC:
        return None
    from planexport.export.vtimezone import vtimezone  # not for an export in UTC

    return vtimezone(zone, min(zoned), max(zoned))


def _version(event: _Event, before: Previous | None, base: dt.datetime) -> tuple[int, dt.datetime]:
    """SEQUENCE and DTSTAMP of `event` given its previous version."""
    if before is None:
        return 0, base
    if before.fingerprint == event.fingerprint():
        return before.sequence, max(base, before.stamp)
    return before.sequence + 1, max(base, before.stamp + _SECOND)


def stamp_from_environment(environ: dict[str, str] | os._Environ[str]) -> dt.datetime:
    """The DTSTAMP to use: `SOURCE_DATE_EPOCH` (seconds) when set, else 1970-01-01T00:00:00Z.

    A fixed default keeps exports reproducible; re-exports stay correct because a changed event
    always gets a higher SEQUENCE (and a later DTSTAMP than it had).

    Raises:
        OptionsError: `SOURCE_DATE_EPOCH` is not a whole number of seconds.
    """
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return _EPOCH
    try:
        return dt.datetime.fromtimestamp(int(raw), tz=_UTC)
    except (ValueError, OverflowError, OSError):
        raise OptionsError(f"SOURCE_DATE_EPOCH is not a time in seconds: {raw!r}") from None


# ---------------------------------------------------------------------------------------------
# Events


class _Event(NamedTuple):
    """One VEVENT to write: everything but its SEQUENCE and DTSTAMP."""

    uid: str
    summary: str
    description: str
    categories: tuple[str, ...]
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    status: str = _CONFIRMED
    transparent: bool = False
    alarm_minutes: int | None = None

    def fingerprint(self) -> tuple[Any, ...]:
        """What a previous export is compared on: instants, text, status and alarm."""
        from planexport.export.previous import instant

        return (
            instant(self.start),
            instant(self.end),
            self.summary,
            self.description,
            self.categories,
            self.status,
            self.alarm_minutes,
        )

    def zoned(self, zone: ZoneInfo | dt.timezone) -> bool:
        """Whether the event has a time on `zone`'s clock (and so needs its VTIMEZONE)."""
        times = (self.start, self.end)
        return zone is not _UTC and any(
            isinstance(t, dt.datetime) and t.tzinfo is zone for t in times
        )

    def component(self, *, sequence: int, stamp: dt.datetime) -> icalendar.Event:
        event = icalendar.Event()
        event.add("UID", self.uid)
        event.add("DTSTAMP", stamp)
        event.add("SEQUENCE", sequence)
        event.add("DTSTART", self.start)
        if self.end is not None:
            event.add("DTEND", self.end)
        event.add("SUMMARY", self.summary)
        if self.description:
            event.add("DESCRIPTION", self.description)
        if self.categories:
            event.add("CATEGORIES", list(self.categories))
        event.add("STATUS", self.status)
        event.add("TRANSP", "TRANSPARENT" if self.transparent else "OPAQUE")
        if self.alarm_minutes is not None:
            alarm = icalendar.Alarm()
            alarm.add("ACTION", "DISPLAY")
            alarm.add("DESCRIPTION", self.summary)
            alarm.add("TRIGGER", dt.timedelta(minutes=-self.alarm_minutes))
            event.add_component(alarm)
        return event


def _events(
    schedule: Schedule,
    *,
    zone: ZoneInfo | dt.timezone,
    alarm_minutes: int | None,
    day_events: bool,
    goals: bool,
) -> list[_Event]:
    # Blocks repeat (the same block object in every week of a long plan): render each once.
    descriptions: dict[int, str] = {}
    categories: dict[tuple[int, int], tuple[str, ...]] = {}
    with_goals: set[tuple[str, int]] = set()
    events: list[_Event] = []
    for sday in schedule.days:
        plan, day = sday.plan, sday.day
        if goals and (plan.id, sday.week) not in with_goals:
            with_goals.add((plan.id, sday.week))
            if plan.goals or plan.links:
                events.append(_goals_event(plan, sday))
        if day_events:
            events.append(_day_event(sday))
        day_title = _text(day.title)
        for placed in sorted(sday.blocks, key=lambda b: b.start):
            block = placed.block
            text = descriptions.get(id(block))
            if text is None:
                text = descriptions[id(block)] = _block_description(block)
            cats = categories.get((id(block), id(plan)))
            if cats is None:
                cats = categories[(id(block), id(plan))] = _categories(block.title, plan.title)
            title = _text(block.title)
            events.append(
                _Event(
                    uid=keys.uid(placed.key),
                    summary=f"{title} · {day_title}" if day_title not in ("", title) else title,
                    description=text,
                    categories=cats,
                    start=_local(placed.start, zone),
                    end=_local(placed.end, zone),
                    alarm_minutes=alarm_minutes,
                )
            )
    return events


def _day_event(sday: ScheduledDay) -> _Event:
    day = sday.day
    title = _text(day.title)
    lines: list[str] = []
    if day.focus:
        lines.append(_text(day.focus))
    if sday.variant is None:
        lines.append("No timed blocks" if is_untimed(day) else "Rest day")
    else:
        lines.append(f"{sday.variant.hours:g}-hour plan, {sday.minutes} min scheduled")
    # A YAML plan's busy spans are listed among the notes as a Markdown plan's work hours are.
    notes = busy_notes(day)
    if notes:
        lines.append("\n".join(_bullet(note, "") for note in notes))
    return _Event(
        uid=keys.uid(sday.key),
        summary=f"Day {day.number} · {title}" if title else f"Day {day.number}",
        description="\n\n".join(lines),
        categories=_categories(sday.plan.title),
        start=sday.date,
        end=sday.date + _DAY,
        transparent=True,
    )


def _goals_event(plan: Plan, sday: ScheduledDay) -> _Event:
    lines: list[str] = []
    for goal in plan.goals:
        indent = ""
        if goal.title:
            lines.append(_text(goal.title))
            indent = "  "
        lines.extend(_bullet(text, indent) for text in goal.items)
    if plan.links:
        if lines:
            lines.append("")
        lines.append("Links:")
        lines.extend(_bullet(f"{link.text} ({link.target})", "  ") for link in plan.links)
    title = _text(plan.title)
    return _Event(
        uid=keys.uid(keys.goals_key(sday.prefix)),
        summary=f"Goals · {title}",
        description="\n".join(lines),
        categories=_categories(plan.title),
        start=sday.date,
        end=sday.date + _DAY,
        transparent=True,
    )


def _block_description(block: Block) -> str:
    parts: list[str] = []
    if block.items:
        lines: list[str] = []
        _item_lines(block.items, "", lines)
        parts.append("\n".join(lines))
    if block.note:
        parts.append(_text(block.note))
    parts.append(f"Planned: {block.range_text}")
    return "\n\n".join(parts)


def _item_lines(items: Iterable[Item], indent: str, out: list[str]) -> None:
    for item in items:
        out.append(_bullet(item.text, indent))
        if item.children:
            _item_lines(item.children, indent + "  ", out)


def _bullet(text: str, indent: str) -> str:
    # A bullet of several lines keeps its continuation lines under its first one.
    return indent + "- " + _text(text).replace("\n", "\n" + indent + "  ")


def _categories(*titles: str) -> tuple[str, ...]:
    """Category names without commas (some parsers split on escaped ones), first one wins."""
    names: list[str] = []
    for title in titles:
        name = re.sub(r"\s*,\s*", " / ", " ".join(_text(title).split())).strip(" /")
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _text(markdown: str) -> str:
    text = plain(markdown)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    return text


def _one_line(text: str) -> str:
    return " ".join(_text(text).split())


def _default_name(schedule: Schedule) -> str:
    titles: list[str] = []
    for plan in schedule.plans:
        if plan.title not in titles:
            titles.append(plan.title)
    return " + ".join(titles) or "planexport"


# ---------------------------------------------------------------------------------------------
# Times


def _zone(name: str) -> ZoneInfo | dt.timezone:
    if name in _UTC_NAMES:
        return _UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise OptionsError(f"unknown time zone {name!r}") from None


def _local(when: dt.datetime, zone: ZoneInfo | dt.timezone) -> dt.datetime:
    """`when` on the zone's wall clock, or in UTC when that wall-clock time happens twice."""
    local = when.astimezone(zone)
    # In the repeated hour of an autumn change the wall-clock time names two instants and
    # parsers pick different ones; UTC names one.
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return when.astimezone(_UTC)
    return local


def _utc_second(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise OptionsError("the DTSTAMP must be an aware datetime")
    return value.astimezone(_UTC).replace(microsecond=0)
