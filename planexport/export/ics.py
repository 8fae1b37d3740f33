"""Timed blocks -> iCalendar bytes that calendar apps import, and re-import as updates."""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from planexport import __version__
from planexport.errors import CalendarError, OptionsError, PlanError
from planexport.text import plain

if TYPE_CHECKING:
    from planexport.model import Block, Item, Plan
    from planexport.scheduling import Schedule, ScheduledDay

__all__ = [
    "UID_DOMAIN",
    "EventResource",
    "event_resources",
    "stamp_from_environment",
    "to_ics",
]

UID_DOMAIN = "planexport"
"""Every UID ends in `@planexport`; a previous export's events with other UIDs are not ours."""

_UTC = dt.timezone.utc
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)
_SECOND = dt.timedelta(seconds=1)
_DAY = dt.timedelta(days=1)
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

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


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
    old = _read_previous(previous) if previous is not None else {}

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
    for event in events:
        copy = (stored or {}).get(event.uid)
        before: _Previous | None = None
        state: Literal["new", "changed", "unchanged"] = "new"
        if copy is not None:
            try:
                before = _read_previous(copy).get(event.uid)
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
    return _vtimezone(zone, min(zoned), max(zoned))


def _version(event: _Event, before: _Previous | None, base: dt.datetime) -> tuple[int, dt.datetime]:
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


@dataclass(frozen=True)
class _Event:
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
        return (
            _instant(self.start),
            _instant(self.end),
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
    prefixes = _prefixes(schedule)
    # Blocks repeat (the same block object in every week of a long plan): render each once.
    descriptions: dict[int, str] = {}
    categories: dict[tuple[int, int], tuple[str, ...]] = {}
    with_goals: set[tuple[str, int]] = set()
    events: list[_Event] = []
    for sday in schedule.days:
        plan, day = sday.plan, sday.day
        prefix = prefixes[(plan.id, sday.week)]
        if goals and (plan.id, sday.week) not in with_goals:
            with_goals.add((plan.id, sday.week))
            if plan.goals or plan.links:
                events.append(_goals_event(plan, sday, prefix))
        if day_events:
            # Plans written in weeks number days anew each week: the week tells them apart.
            week = f".wk{day.week}" if day.week is not None else ""
            events.append(_day_event(sday, prefix + week))
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
                    uid=f"{placed.key}@{UID_DOMAIN}",
                    summary=f"{title} · {day_title}" if day_title else title,
                    description=text,
                    categories=cats,
                    start=_local(placed.start, zone),
                    end=_local(placed.end, zone),
                    alarm_minutes=alarm_minutes,
                )
            )
    return events


def _prefixes(schedule: Schedule) -> dict[tuple[str, int], str]:
    """The key prefix (plan id and week tag) of every plan-week, for day and goal UIDs.

    Block keys read `{prefix}.d{day}.{block}` (`{prefix}.wk{week}.d{day}.{block}` in plans written
    in weeks); a plan-week with no block at all falls back to the
    plan id, with its week when the plan comes more than once.
    """
    found: dict[tuple[str, int], str] = {}
    for sday in schedule.days:
        pattern = re.compile(rf"(.+)\.d{sday.day.number}\.[^.]+")
        for key in [b.key for b in sday.blocks] + [u.key for u in sday.unplaced]:
            match = pattern.fullmatch(key)
            if match:
                prefix = match.group(1)
                if sday.day.week is not None:
                    prefix = prefix.removesuffix(f".wk{sday.day.week}")
                found.setdefault((sday.plan.id, sday.week), prefix)
                break
    repeated = {p.id for p in schedule.plans if sum(q.id == p.id for q in schedule.plans) > 1}
    for sday in schedule.days:
        pid = sday.plan.id
        found.setdefault((pid, sday.week), f"{pid}.w{sday.week + 1}" if pid in repeated else pid)
    return found


def _day_event(sday: ScheduledDay, prefix: str) -> _Event:
    day = sday.day
    title = _text(day.title)
    lines: list[str] = []
    if day.focus:
        lines.append(_text(day.focus))
    if sday.variant is None:
        lines.append("Rest day")
    else:
        lines.append(f"{sday.variant.hours:g}-hour plan, {sday.minutes} min scheduled")
    return _Event(
        uid=f"{prefix}.d{day.number}@{UID_DOMAIN}",
        summary=f"Day {day.number} · {title}" if title else f"Day {day.number}",
        description="\n\n".join(lines),
        categories=_categories(sday.plan.title),
        start=sday.date,
        end=sday.date + _DAY,
        transparent=True,
    )


def _goals_event(plan: Plan, sday: ScheduledDay, prefix: str) -> _Event:
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
        uid=f"{prefix}.goals@{UID_DOMAIN}",
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


def _instant(value: dt.datetime | dt.date | None) -> dt.datetime | dt.date | None:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value
        return value.astimezone(_UTC)
    return value


def _utc_second(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise OptionsError("the DTSTAMP must be an aware datetime")
    return value.astimezone(_UTC).replace(microsecond=0)


# ---------------------------------------------------------------------------------------------
# VTIMEZONE


@dataclass(frozen=True)
class _Transition:
    at: dt.datetime
    """The UTC instant of the change."""
    onset: dt.datetime
    """Naive local time of the change on the clock before it (an observance's DTSTART)."""
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    dst: bool

    @property
    def rule(self) -> tuple[int, int, int]:
        """(month, weekday, week): week 1-5 counted from the start of the month, -1 the last."""
        day = self.onset.day
        last = day + 7 > calendar.monthrange(self.onset.year, self.onset.month)[1]
        return self.onset.month, self.onset.weekday(), -1 if last else (day - 1) // 7 + 1

    @property
    def kind(self) -> tuple[Any, ...]:
        return (self.onset.time(), self.offset_from, self.offset_to, self.name, self.dst)


def _vtimezone(zone: ZoneInfo | dt.timezone, first: dt.datetime, last: dt.datetime) -> Any:
    """The zone's VTIMEZONE for the instants first..last.

    A zone with yearly changes gets the RRULE form (one STANDARD and one DAYLIGHT observance,
    each with a yearly rule, checked against the zone's real changes for a year either side of
    the span): Outlook is reported to misread the RDATE form. A zone without changes around the
    span gets one observance; any other zone one observance per change within the span.
    """
    scan_from, scan_to = first - dt.timedelta(days=400), last + dt.timedelta(days=400)
    changes = _transitions(zone, scan_from, scan_to)
    observances: list[_Observance] | None
    if not changes:
        midnight = first.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
        observances = [_Observance(_steady(midnight), None, _steady(midnight).dst)]
    else:
        observances = _yearly(changes, first, scan_from, scan_to)
    if observances is None:
        steady = _steady(first.astimezone(zone))
        observances = [_Observance(steady, None, steady.dst)]
        observances += [
            _Observance(c, None, c.offset_to > c.offset_from)
            for c in changes
            if first < c.at <= last
        ]
    tz = icalendar.Timezone()
    tz.add("TZID", str(zone))
    for observance in observances:
        change = observance.change
        part = icalendar.TimezoneDaylight() if observance.daylight else icalendar.TimezoneStandard()
        part.add("DTSTART", change.onset)
        if observance.rule is not None:
            month, weekday, week = observance.rule
            byday = f"{week}{_WEEKDAYS[weekday]}"
            part.add("RRULE", {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": byday})
        part.add("TZNAME", change.name)
        part.add("TZOFFSETFROM", change.offset_from)
        part.add("TZOFFSETTO", change.offset_to)
        tz.add_component(part)
    return tz


@dataclass(frozen=True)
class _Observance:
    change: _Transition
    rule: tuple[int, int, int] | None
    """(month, weekday, week) of a yearly rule; None for a single onset."""
    daylight: bool
    """Written as DAYLIGHT: the clocks are ahead of the zone's other observance (so Dublin's
    summer time is daylight time, although tzdata calls its winter time a negative DST)."""


def _state(moment: dt.datetime) -> tuple[dt.timedelta, bool, str]:
    # Only clocks put forward count as daylight saving (Europe/Dublin's negative DST does not).
    dst = (moment.dst() or dt.timedelta(0)) > dt.timedelta(0)
    return moment.utcoffset() or dt.timedelta(0), dst, moment.tzname() or ""


def _steady(local: dt.datetime) -> _Transition:
    """An onset at `local` that changes nothing: the observance in force at that time."""
    offset, dst, name = _state(local)
    return _Transition(
        local.astimezone(_UTC), local.replace(tzinfo=None), offset, offset, name, dst
    )


def _transitions(
    zone: ZoneInfo | dt.timezone, start: dt.datetime, end: dt.datetime
) -> list[_Transition]:
    """Every change of offset, name or daylight saving between two instants, to the second."""
    changes: list[_Transition] = []
    moment = start.astimezone(_UTC).replace(microsecond=0)
    state = _state(moment.astimezone(zone))
    while moment < end:
        step = min(moment + _DAY, end)
        if _state(step.astimezone(zone)) == state:
            moment = step
            continue
        low, high = moment, step
        while high - low > _SECOND:
            middle = (low + (high - low) / 2).replace(microsecond=0)
            if _state(middle.astimezone(zone)) == state:
                low = middle
            else:
                high = middle
        offset, dst, name = _state(high.astimezone(zone))
        onset = (high + state[0]).replace(tzinfo=None)
        changes.append(_Transition(high, onset, state[0], offset, name, dst))
        state = (offset, dst, name)
        moment = high
    return changes


def _yearly(
    changes: Sequence[_Transition],
    first: dt.datetime,
    scan_from: dt.datetime,
    scan_to: dt.datetime,
) -> list[_Observance] | None:
    """One observance per yearly rule, or None when the changes do not follow two yearly rules."""
    groups: dict[tuple[Any, ...], list[_Transition]] = {}
    for change in changes:
        month, weekday, _ = change.rule
        groups.setdefault((month, weekday, *change.kind), []).append(change)
    # Two rules, one to each offset: the later offset of the larger is daylight time.
    if len(groups) != 2 or len({g[0].offset_to for g in groups.values()}) != 2:
        return None
    ahead = max(g[0].offset_to for g in groups.values())
    observances: list[_Observance] = []
    for members in groups.values():
        rule = _common_rule(members)
        if rule is None or not _rule_matches(rule, members, scan_from, scan_to):
            return None
        # The latest onset before the span: the rule then covers the span and no more history.
        before = [m for m in members if m.at <= first]
        change = before[-1] if before else members[0]
        observances.append(_Observance(change, rule, change.offset_to == ahead))
    if min(o.change.at for o in observances) > first:
        return None
    return sorted(observances, key=lambda o: o.change.at)


def _common_rule(members: Sequence[_Transition]) -> tuple[int, int, int] | None:
    month, weekday, _ = members[0].rule
    # "Last Sunday" is sometimes also the 4th: when every member is a last one, say last.
    if all(m.rule[2] == -1 for m in members):
        return month, weekday, -1
    weeks = {(m.onset.day - 1) // 7 + 1 for m in members}
    if len(weeks) == 1:
        return month, weekday, weeks.pop()
    return None


def _rule_matches(
    rule: tuple[int, int, int],
    members: Sequence[_Transition],
    scan_from: dt.datetime,
    scan_to: dt.datetime,
) -> bool:
    """Whether the rule gives exactly the members' dates in the scanned years."""
    if len(members) < 2:
        return False
    month, weekday, week = rule
    wanted = {m.onset.date() for m in members}
    dates = {_nth_weekday(y, month, weekday, week) for y in range(scan_from.year, scan_to.year + 1)}
    # A change a day or two from either end of the scan may fall outside it.
    low, high = scan_from.date() + dt.timedelta(days=2), scan_to.date() - dt.timedelta(days=2)
    inner = {d for d in dates if low < d < high}
    return wanted <= dates and inner <= wanted


def _nth_weekday(year: int, month: int, weekday: int, week: int) -> dt.date:
    days = calendar.monthrange(year, month)[1]
    if week == -1:
        last = dt.date(year, month, days)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))


# ---------------------------------------------------------------------------------------------
# A previous export


@dataclass(frozen=True)
class _Previous:
    sequence: int
    stamp: dt.datetime
    status: str
    summary: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None
    fingerprint: tuple[Any, ...]


def _read_previous(data: bytes) -> dict[str, _Previous]:
    """planexport's events of a previous export, by UID."""
    try:
        # A file holding several calendars (two exports joined, or an app's re-save) is read whole.
        cals = icalendar.Calendar.from_ical(data, multiple=True)
    except (ValueError, IndexError, KeyError) as error:
        raise CalendarError(f"the previous export is not an iCalendar file ({error})") from None
    if not cals or not all(isinstance(cal, icalendar.Calendar) for cal in cals):
        raise CalendarError("the previous export is not an iCalendar file")
    found: dict[str, _Previous] = {}
    for event in (e for cal in cals for e in cal.walk("VEVENT")):
        uid = str(event.get("UID", ""))
        if not uid.endswith(f"@{UID_DOMAIN}") or "DTSTART" not in event:
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


def _previous_event(event: icalendar.cal.component.Component) -> _Previous:
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
    status = str(event.get("STATUS", _CONFIRMED)).upper()
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
        _instant(start),
        _instant(end),
        summary,
        description,
        categories,
        status,
        alarm,
    )
    return _Previous(
        sequence=_sequence(event.get("SEQUENCE", 0)),
        stamp=stamp.astimezone(_UTC),
        status=status,
        summary=summary,
        start=_instant(start) or start,
        end=_instant(end),
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
