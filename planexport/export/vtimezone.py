"""A zone's VTIMEZONE for a span of time, in the forms calendar apps read best."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import icalendar

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

__all__ = ["vtimezone"]

_UTC = dt.timezone.utc
_SECOND = dt.timedelta(seconds=1)
_DAY = dt.timedelta(days=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class _Transition(NamedTuple):
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


def vtimezone(zone: ZoneInfo | dt.timezone, first: dt.datetime, last: dt.datetime) -> Any:
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


class _Observance(NamedTuple):
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
