"""Missed blocks carried over: a schedule laid out again from `now`, keys kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from planexport.errors import OptionsError
from planexport.free_time import busy_between, day_bounds, first_fit
from planexport.model import Plan
from planexport.plan_busy import plan_busy, routine_days
from planexport.scheduling import (
    BusyInterval,
    Schedule,
    ScheduledBlock,
    ScheduleOptions,
    schedule,
    system_zone,
    zone_info,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping, Sequence
    from zoneinfo import ZoneInfo

    from planexport.model import Day

__all__ = ["CarryMode", "CarryOver", "Move", "carry_over"]

CarryMode = Literal["shift", "fill"]
MODES: tuple[CarryMode, ...] = ("shift", "fill")
FILL_DAYS = 14
"""How many days from today `fill` looks for spare time."""
_SEARCH_DAYS = 366
"""How far past its planned date `shift` looks before calling a block impossible to place."""
_UTC = dt.timezone.utc
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Move:
    """A block at a new time: a missed one carried over, or a later one moved to make room."""

    before: ScheduledBlock
    after: ScheduledBlock
    missed: bool
    """True for a missed block carried over; False for a block moved later by `shift`."""

    @property
    def key(self) -> str:
        """The block's key, the same before and after."""
        return self.before.key


@dataclass(frozen=True)
class CarryOver:
    """A schedule with its missed blocks carried over, and what moved."""

    schedule: Schedule
    """The carried schedule: every block keeps its key and its plan day, at its new time."""
    planned: Schedule
    """The schedule as planned, before carrying over."""
    mode: CarryMode
    now: dt.datetime
    missed: tuple[ScheduledBlock, ...]
    """Blocks that ended before `now` and are not done, where they were planned."""
    moves: tuple[Move, ...]
    not_carried: tuple[ScheduledBlock, ...] = ()
    """With `fill`, missed blocks with no room in the next 14 days: they stay where they were.
    With `shift`, blocks no day within a year could hold: they go right after the block before
    them, past the day's budget or bounds."""

    @property
    def carried(self) -> tuple[Move, ...]:
        """The moves of missed blocks."""
        return tuple(m for m in self.moves if m.missed)

    @property
    def summary(self) -> str:
        """What moved, in a line: `carried over: 5 blocks from Tue 1 Dec, Wed 2 Dec`."""
        if not self.missed:
            return "carried over: nothing (no missed blocks)"
        parts: list[str] = []
        carried = self.carried
        if carried:
            dates = _dates(m.before.date for m in carried)
            parts.append(f"carried over: {_count(len(carried))} from {dates}")
        else:
            parts.append("carried over: nothing")
        pushed = len(self.moves) - len(carried)
        if pushed:
            parts.append(f"{_count(pushed, 'later block')} moved later to make room")
        if self.not_carried:
            dates = _dates(b.date for b in self.not_carried)
            where = (
                f"found no room in the next {FILL_DAYS} days"
                if self.mode == "fill"
                else "fit no day and went past its bounds"
            )
            parts.append(f"{_count(len(self.not_carried))} from {dates} {where}")
        return "; ".join(parts)


def _count(n: int, what: str = "block") -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def _dates(dates: Iterable[dt.date]) -> str:
    """`Tue 1 Dec, Wed 2 Dec`: each date once, in order."""
    return ", ".join(f"{d:%a} {d.day} {d:%b}" for d in sorted(set(dates)))


def carry_over(
    plans: Sequence[Plan] | Plan,
    options: ScheduleOptions | None = None,
    *,
    done: Mapping[str, dt.datetime | None] | Collection[str] = (),
    now: dt.datetime,
    mode: CarryMode = "shift",
) -> CarryOver:
    """Lay plans out as planned, then carry the blocks missed by `now` over.

    A block is missed when it ended by `now` and is not done: its key is in `done`, or the plan
    marks it done (`Block.done`). Done blocks, and a block under way at `now`, stay where they
    are. `shift` keeps the plan's order: missed blocks come first from the next free time after
    `now`, in plan order, and every later block moves later as far as needed (never earlier),
    so that no day goes over its budget; upcoming pinned blocks keep their times; nothing is
    dropped. `fill` keeps every other block where it is and puts each missed block in the
    first spare time of the next 14 days (today included); what does not fit stays where it
    was and is listed in `not_carried`.

    A day's budget is its plan's hours (or what the plan already put there, when more); rest
    weekdays, plan rest days and dates between plan days have none; days after the plan's last
    day take the hours asked for that weekday, or the largest budget of the plan's days.
    Day bounds and busy time hold for every moved block, with breaks around them. A weekly
    routine (every day named by its weekday) keeps its own busy time after its last day: a later
    date is busy when the plan's last day on that weekday was (its work hours, a night shift into
    the next morning).

    Args:
        plans: one plan, or several to run as consecutive weeks.
        options: how the plans are laid out; the defaults when None. A default start counts
            from the date of `now`.
        done: keys of done blocks, alone or with the time each was done.
        now: the moment to carry over from; a naive time is read in the schedule's zone.
        mode: `shift` or `fill`.

    Returns:
        The carried schedule, the planned one and what moved.

    Raises:
        OptionsError: an unknown mode, time zone or impossible options.
        CalendarError: a busy calendar whose events cannot be expanded.
    """
    if mode not in MODES:
        raise OptionsError(f"unknown carry-over mode {mode!r} (use shift or fill)")
    opts = options if options is not None else ScheduleOptions()
    zone = zone_info(opts.tz if opts.tz is not None else system_zone())
    moment = (now.replace(tzinfo=zone) if now.tzinfo is None else now).astimezone(_UTC)
    planned = schedule(plans, opts, today=moment.astimezone(zone).date())
    done_keys = set(done)

    def is_done(b: ScheduledBlock) -> bool:
        return b.key in done_keys or b.block.done

    blocks = planned.blocks
    missed = [b for b in blocks if _utc(b.end) <= moment and not is_done(b)]
    if not missed:
        return CarryOver(
            schedule=planned, planned=planned, mode=mode, now=moment, missed=(), moves=()
        )
    room = _Room(planned, opts, zone, now=moment)
    new: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    not_carried: list[ScheduledBlock] = []
    missed_keys = {b.key for b in missed}
    if mode == "fill":
        for b in blocks:
            if b.key not in missed_keys:
                room.take(_utc(b.start), _utc(b.end))
        for b in missed:
            start = room.first(
                moment, b.minutes, last=room.today + dt.timedelta(days=FILL_DAYS - 1)
            )
            if start is None:
                not_carried.append(b)
                room.take(_utc(b.start), _utc(b.end))
                continue
            new[b.key] = room.take(start, start + dt.timedelta(minutes=b.minutes))
    else:
        flowing = [
            b
            for b in blocks
            if b.key in missed_keys
            or (_utc(b.start) >= moment and not is_done(b) and b.block.at is None)
        ]
        flowing_keys = {b.key for b in flowing}
        for b in blocks:
            if b.key not in flowing_keys:
                room.take(_utc(b.start), _utc(b.end))
        earliest = moment
        for b in flowing:
            if b.key not in missed_keys:
                earliest = max(earliest, _utc(b.start))  # a block never moves earlier
            last = max(_local_date(earliest, zone), b.date) + dt.timedelta(days=_SEARCH_DAYS)
            start = room.first(earliest, b.minutes, last=last)
            if start is None:
                # Longer than any day allows: it keeps its place, and later blocks follow it.
                start = max(_utc(b.start), earliest)
                not_carried.append(b)
            end = start + dt.timedelta(minutes=b.minutes)
            new[b.key] = room.take(start, end)
            earliest = end + room.gap
    return _result(planned, mode=mode, now=moment, missed=missed, new=new, not_carried=not_carried)


def _result(
    planned: Schedule,
    *,
    mode: CarryMode,
    now: dt.datetime,
    missed: Sequence[ScheduledBlock],
    new: Mapping[str, tuple[dt.datetime, dt.datetime]],
    not_carried: Sequence[ScheduledBlock],
) -> CarryOver:
    missed_keys = {b.key for b in missed}
    moves: list[Move] = []
    days = []
    for day in planned.days:
        blocks: list[ScheduledBlock] = []
        for b in day.blocks:
            times = new.get(b.key)
            if times is None or times == (_utc(b.start), _utc(b.end)):
                blocks.append(b)
                continue
            zone = b.start.tzinfo
            start, end = times[0].astimezone(zone), times[1].astimezone(zone)
            after = dataclasses.replace(b, start=start, end=end, date=start.date())
            blocks.append(after)
            moves.append(Move(before=b, after=after, missed=b.key in missed_keys))
        blocks.sort(key=lambda b: _utc(b.start))
        days.append(dataclasses.replace(day, blocks=tuple(blocks)))
    moves.sort(key=lambda m: (not m.missed, _utc(m.after.start)))
    carried = dataclasses.replace(planned, days=tuple(days))
    return CarryOver(
        schedule=carried,
        planned=planned,
        mode=mode,
        now=now,
        missed=tuple(missed),
        moves=tuple(moves),
        not_carried=tuple(not_carried),
    )


class _Room:
    """Free time and budgets by date: what the planned days allow, minus what is taken."""

    def __init__(
        self, planned: Schedule, opts: ScheduleOptions, zone: ZoneInfo, *, now: dt.datetime
    ) -> None:
        self.opts = opts
        self.zone = zone
        self.now = now
        self.today = _local_date(now, zone)
        self.gap = dt.timedelta(minutes=opts.break_minutes)
        self.budgets: dict[dt.date, int] = {}
        used: dict[dt.date, list[int]] = {}
        for day in planned.days:
            for b in day.blocks:
                used.setdefault(_local_date(_utc(b.start), zone), []).append(b.minutes)
        for day in planned.days:
            budget = self.budgets.get(day.date, 0) + day.budget_minutes
            self.budgets[day.date] = budget
        for date, minutes in used.items():
            # A day the plan already filled past its budget keeps what it holds.
            self.budgets[date] = max(self.budgets.get(date, 0), self._usage(minutes))
        self.last_planned = max((d.date for d in planned.days), default=self.today)
        hours = [d.budget_minutes for d in planned.days if d.variant is not None]
        self.after_budget = max(hours, default=0)
        # A plan that names the weekday of every study day (Mon, Wed, Fri) goes on, after its
        # last day, on those weekdays only, each with its own budget.
        study = [d for d in planned.days if d.variant is not None]
        self.pattern: dict[int, int] | None = None
        if study and all(d.day.weekday is not None for d in study):
            self.pattern = {}
            for d in study:
                self.pattern[d.date.weekday()] = d.budget_minutes
        # The most the days after the plan allow, week after week: an empty day with that much
        # takes one block however long, as the plan itself does (a 5-hour block on a 4-hour
        # day), so no block waits forever.
        self.longest = max(self._later_budget(d) for d in range(7) if d not in opts.rest)
        if self.longest <= 0:  # the plan's weekdays are all rest weekdays: any other day does
            self.pattern = None
            self.longest = max(self._later_budget(d) for d in range(7) if d not in opts.rest)
        self.taken: dict[dt.date, list[BusyInterval]] = {}
        self.busy_chunks: dict[int, list[BusyInterval]] = {}
        # The plan's own busy time (its work hours) on the dates its days fell on.
        self.own = plan_busy(((d.day, d.date) for d in planned.days), zone)
        # A weekly routine (every day named by its weekday, none by its date) keeps its work
        # hours after its last day: each later date is busy as the last day on its weekday was.
        self.routine: dict[int, Day] = routine_days((d.day, d.date) for d in planned.days)
        self.later_own: dict[dt.date, list[BusyInterval]] = {}

    def _usage(self, minutes: Sequence[int]) -> int:
        """Study minutes with the breaks between them."""
        return sum(minutes) + self.opts.break_minutes * max(len(minutes) - 1, 0)

    def budget(self, date: dt.date) -> int:
        if date.weekday() in self.opts.rest:
            return 0
        if date <= self.last_planned:
            return self.budgets.get(date, 0)
        return self._later_budget(date.weekday())

    def _later_budget(self, weekday: int) -> int:
        """The budget of a day after the plan's last day."""
        if self.pattern is not None and weekday not in self.pattern:
            return 0
        hours = self.opts.hours_by_weekday.get(weekday, self.opts.hours)
        if hours is not None:
            return round(hours * 60)
        return self.pattern[weekday] if self.pattern is not None else self.after_budget

    def take(self, start: dt.datetime, end: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        self.taken.setdefault(_local_date(start, self.zone), []).append(BusyInterval(start, end))
        return start, end

    def first(self, earliest: dt.datetime, minutes: int, *, last: dt.date) -> dt.datetime | None:
        """The earliest start from `earliest` on a date up to `last` with budget and free time."""
        date = _local_date(earliest, self.zone)
        while date <= last:
            start = self._fit(date, earliest, minutes)
            if start is not None:
                return start
            date += _ONE_DAY
        return None

    def _fit(self, date: dt.date, earliest: dt.datetime, minutes: int) -> dt.datetime | None:
        budget = self.budget(date)
        if budget <= 0:
            return None
        mine = self.taken.get(date, [])
        spent = self._usage([_minutes(iv) for iv in mine])
        extra = minutes + (self.opts.break_minutes if mine else 0)
        if spent + extra > budget and (mine or budget < self.longest):
            return None
        lo, hi = day_bounds(date, self.opts.day_start, self.opts.day_end, self.zone)
        cursor = max(lo.astimezone(_UTC), earliest, self.now)
        near = [
            iv for d in (date - _ONE_DAY, date, date + _ONE_DAY) for iv in self.taken.get(d, ())
        ]
        obstacles = sorted([*self._busy(date), *near], key=lambda b: (b.start, b.end))
        return first_fit(cursor, minutes, hi.astimezone(_UTC), obstacles, self.gap)

    def _busy(self, date: dt.date) -> list[BusyInterval]:
        """Busy time around `date`, asked of the sources a month at a time, and the plan's own."""
        lo = dt.datetime.combine(date - _ONE_DAY, dt.time(), tzinfo=self.zone)
        hi = dt.datetime.combine(date + 2 * _ONE_DAY, dt.time(), tzinfo=self.zone)
        near = [*self.own, *(b for d in (-1, 0, 1) for b in self._later_own(date + d * _ONE_DAY))]
        own = [b for b in near if b.end > lo and b.start < hi]
        if not self.opts.busy:
            return own
        chunk = date.toordinal() // 28
        found = self.busy_chunks.get(chunk)
        if found is None:
            first = dt.date.fromordinal(chunk * 28) - _ONE_DAY
            last = dt.date.fromordinal(chunk * 28 + 28) + _ONE_DAY
            start = dt.datetime.combine(first, dt.time(), tzinfo=self.zone) - self.gap
            end = dt.datetime.combine(last + _ONE_DAY, dt.time(), tzinfo=self.zone) + self.gap
            found = self.busy_chunks[chunk] = busy_between(self.opts.busy, start, end, self.zone)
        return [*own, *(b for b in found if b.end > lo and b.start < hi)]

    def _later_own(self, date: dt.date) -> list[BusyInterval]:
        """A routine's busy time on a date after its last day (none before, or for no routine)."""
        if date <= self.last_planned:
            return []
        found = self.later_own.get(date)
        if found is None:
            day = self.routine.get(date.weekday())
            found = self.later_own[date] = plan_busy([(day, date)], self.zone) if day else []
        return found


def _minutes(interval: BusyInterval) -> int:
    return round((interval.end - interval.start).total_seconds() / 60)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(_UTC)


def _local_date(value: dt.datetime, zone: dt.tzinfo) -> dt.date:
    return value.astimezone(zone).date()
