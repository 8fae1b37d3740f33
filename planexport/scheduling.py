"""Plan + options -> timed blocks on real dates: the one place where dates and times are decided."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple
from zoneinfo import ZoneInfo

from planexport import keys
from planexport.collector import paused
from planexport.errors import OptionsError
from planexport.fallbacks import Fallback, fallback_warnings
from planexport.free_time import busy_between, by_start, day_bounds, first_fit
from planexport.intervals import BusyInterval, BusySource
from planexport.keys import slugify
from planexport.model import WEEKDAYS, Block, Day, Plan, Variant
from planexport.pinning import pinned_starts
from planexport.plan_busy import plan_busy
from planexport.zones import system_zone, zone_info

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "BusyInterval",
    "BusySource",
    "Conflict",
    "Schedule",
    "ScheduleOptions",
    "ScheduledBlock",
    "ScheduledDay",
    "Unplaced",
    "block_minutes",
    "check",
    "coming_monday",
    "schedule",
    "slugify",
    "system_zone",
    "zone_info",
]

DurationPolicy = Literal["min", "max", "mid", "fit"]
POLICIES: tuple[DurationPolicy, ...] = ("min", "max", "mid", "fit")
_UTC = dt.timezone.utc


@dataclass(frozen=True)
class ScheduleOptions:
    """How to lay plans out in time. Every field has the CLI's default."""

    start: dt.date | None = None
    """Date of Day 1 of the first plan; None means the coming Monday (today on a Monday)."""
    start_given: bool = True
    """Whether the user asked for `start`; when False (a default start), days that carry their
    own dates fall on those dates."""
    tz: str | None = None
    """IANA zone name; None means the system's zone."""
    hours: float | None = None
    """Which variant to use each day; None means each day's shortest."""
    hours_by_weekday: dict[int, float] = field(default_factory=dict)
    """Per-weekday override of `hours` (0 = Monday ... 6 = Sunday)."""
    day_start: dt.time = dt.time(9, 0)
    day_end: dt.time = dt.time(21, 0)
    durations: DurationPolicy = "fit"
    break_minutes: int = 10
    rest: frozenset[int] = frozenset()
    """Weekdays with no study (0 = Monday ... 6 = Sunday)."""
    busy: tuple[BusyInterval | BusySource, ...] = ()
    """Time blocks keep a break away from: fixed intervals (a naive one is read in the schedule's
    zone), or sources asked for the window the schedule spans (see `planexport.reader.busy`)."""


@dataclass(frozen=True)
class ScheduledBlock:
    """A block placed in time."""

    key: str
    """Stable identity: plan id, week (when a plan repeats), day number and the block's identity."""
    start: dt.datetime
    end: dt.datetime
    minutes: int
    plan: Plan
    day: Day
    block: Block
    date: dt.date
    week: int
    """0-based position of the plan in the call (consecutive weeks)."""


@dataclass(frozen=True)
class Unplaced:
    """A block that did not fit its day."""

    plan: Plan
    day: Day
    block: Block
    date: dt.date
    minutes: int
    key: str

    def __str__(self) -> str:
        return (
            f"{_day_label(self.plan, self.day)} ({self.date.isoformat()}): "
            f'"{self.block.title}" ({self.minutes} min) does not fit'
        )


@dataclass(frozen=True)
class Conflict:
    """A pinned block that overlaps busy time or another block; it keeps the time it was given."""

    block: ScheduledBlock
    other: str
    """What it overlaps, as people read it: `busy "Team call" 09:30–10:00`, `"Lab" 09:30–10:30`."""

    def __str__(self) -> str:
        placed = self.block
        return (
            f"{_day_label(placed.plan, placed.day)} ({placed.date.isoformat()}): "
            f'"{placed.block.title}" pinned at {placed.start:%H:%M} overlaps {self.other}'
        )


def _day_label(plan: Plan, day: Day) -> str:
    """`p day 3`, or `p week 2 day 3` for plans written in weeks."""
    week = f" week {day.week}" if day.week is not None else ""
    return f"{plan.id}{week} day {day.number}"


@dataclass(frozen=True)
class ScheduledDay:
    """A plan day on its date, with the variant used and what was placed."""

    plan: Plan
    day: Day
    date: dt.date
    week: int
    variant: Variant | None
    budget_minutes: int
    """The variant's hours in minutes (breaks included); 0 on a rest day."""
    blocks: tuple[ScheduledBlock, ...]
    prefix: str
    """The plan-week's key prefix (`go`, `go.w2`): the day's, its blocks' and goals' keys start
    with it (see `planexport.keys`)."""
    unplaced: tuple[Unplaced, ...] = ()
    over_budget: bool = False

    @property
    def key(self) -> str:
        """The day's key (`go.d1`, `go.wk2.d1` in plans written in weeks), the identity of its
        all-day event."""
        return keys.day_key(self.prefix, self.day.number, week=self.day.week)

    @property
    def minutes(self) -> int:
        """Study minutes placed on this day."""
        return sum(b.minutes for b in self.blocks)


@dataclass(frozen=True)
class Schedule:
    """The result of scheduling: days in order, blocks in chronological order."""

    plans: tuple[Plan, ...]
    options: ScheduleOptions
    tz: str
    days: tuple[ScheduledDay, ...]
    warnings: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    """Pinned blocks that overlap busy time or other blocks (also among `warnings`)."""

    @property
    def blocks(self) -> tuple[ScheduledBlock, ...]:
        """Every placed block, in chronological order."""
        # Aware datetimes sharing a zone compare by wall clock, which repeats an hour in autumn.
        blocks = (b for d in self.days for b in d.blocks)
        return tuple(sorted(blocks, key=lambda b: b.start.astimezone(dt.timezone.utc)))

    @property
    def unplaced(self) -> tuple[Unplaced, ...]:
        """Every block that did not fit its day."""
        return tuple(u for d in self.days for u in d.unplaced)


def block_minutes(
    blocks: Sequence[Block],
    *,
    policy: DurationPolicy = "fit",
    budget_minutes: int = 0,
    break_minutes: int = 0,
) -> list[int]:
    """The minutes each block of a day gets under a duration policy.

    `fit` starts from the minimums and spreads what the budget leaves after breaks over the
    ranged blocks in proportion to their ranges, in whole minutes (largest remainder first, then
    plan order), never past a maximum; when the minimums and breaks exceed the budget the blocks
    keep their minimums.

    Args:
        blocks: the day's blocks, in plan order.
        policy: `min`, `max`, `mid` (midpoint rounded up) or `fit`.
        budget_minutes: the day's budget, breaks included (used by `fit` only).
        break_minutes: the break between consecutive blocks (used by `fit` only).

    Returns:
        Minutes per block, in the blocks' order.

    Raises:
        OptionsError: an unknown policy.
    """
    lows = [b.min_minutes for b in blocks]
    highs = [b.max_minutes for b in blocks]
    if policy == "min":
        return lows
    if policy == "max":
        return highs
    if policy == "mid":
        return [(lo + hi + 1) // 2 for lo, hi in zip(lows, highs, strict=True)]
    if policy != "fit":
        raise OptionsError(
            f"unknown policy {policy!r} (use min, max, mid or fit)", option="durations"
        )
    breaks = break_minutes * max(len(blocks) - 1, 0)
    spare = budget_minutes - breaks - sum(lows)
    ranges = [hi - lo for lo, hi in zip(lows, highs, strict=True)]
    total = sum(ranges)
    if spare <= 0 or total == 0:
        return lows
    if spare >= total:
        return highs
    # Exact shares are spare * range / total; hand out the floors, then the minutes still left
    # to the largest fractions. A share below its range never rounds up past it.
    extra = [spare * r // total for r in ranges]
    fractions = [spare * r % total for r in ranges]
    left = spare - sum(extra)
    for i in sorted(range(len(blocks)), key=lambda i: (-fractions[i], i))[:left]:
        extra[i] += 1
    return [lo + e for lo, e in zip(lows, extra, strict=True)]


@paused()
def schedule(
    plans: Sequence[Plan] | Plan,
    options: ScheduleOptions | None = None,
    *,
    today: dt.date | None = None,
) -> Schedule:
    """Lay plans out in time, one after another.

    Days without a date or weekday follow each other; a day named by its weekday falls on the
    next such weekday; a dated day falls on its date (moved by whole weeks when a start is
    given). Pinned blocks (`Block.at`) keep their clock time; the others fill the free time.

    Args:
        plans: one plan, or several to run as consecutive weeks.
        options: how to lay them out; the defaults when None.
        today: the date the default start counts from; the date now in the schedule's zone
            when None.

    Returns:
        The schedule: every day with its placed and unplaced blocks.

    Raises:
        OptionsError: an unknown time zone or impossible options.
        CalendarError: a busy calendar whose events cannot be expanded.
    """
    opts = options if options is not None else ScheduleOptions()
    plan_list = (plans,) if isinstance(plans, Plan) else tuple(plans)
    if not plan_list:
        raise OptionsError("no plans to schedule")
    check(opts)
    tz_name = opts.tz if opts.tz is not None else system_zone()
    zone = zone_info(tz_name)
    first = opts.start
    if first is None:
        first = coming_monday(today if today is not None else dt.datetime.now(zone).date())

    slots, notes = _slots(
        plan_list,
        first=first,
        start_given=opts.start is not None and opts.start_given,
        rest=opts.rest,
        zone=tz_name,
    )
    bounds = [day_bounds(slot.date, opts.day_start, opts.day_end, zone) for slot in slots]
    busy = busy_between(opts.busy, *_window(slots, bounds, opts, zone), zone) if slots else []
    # The plan's own busy time (its work hours) counts as a busy calendar's events do.
    busy = sorted([*busy, *plan_busy(((s.day, s.date) for s in slots), zone)], key=by_start)

    fallbacks: list[Fallback] = []
    conflicts: list[Conflict] = []
    taken: dict[dt.date, list[BusyInterval]] = {}
    days = [
        _schedule_day(
            slot,
            lo=lo,
            hi=hi,
            opts=opts,
            busy=busy,
            taken=taken,
            fallbacks=fallbacks,
            conflicts=conflicts,
        )
        for slot, (lo, hi) in zip(slots, bounds, strict=True)
    ]
    # Dated days may come in any order in the plan; the schedule reads by date (stable, so days
    # that follow each other keep their plan order).
    days.sort(key=lambda d: d.date)
    result = Schedule(
        plans=plan_list,
        options=opts,
        tz=tz_name,
        days=tuple(days),
        warnings=(*fallback_warnings(fallbacks), *notes, *(str(c) for c in conflicts)),
        conflicts=tuple(conflicts),
    )
    _check_keys(result)
    return result


def _window(
    slots: Sequence[_Slot],
    bounds: Sequence[tuple[dt.datetime, dt.datetime]],
    opts: ScheduleOptions,
    zone: ZoneInfo,
) -> tuple[dt.datetime, dt.datetime]:
    """The time to ask busy sources about: the days' bounds, and whole days when pinned blocks
    may lie outside them. A break beyond is asked too: a meeting ending just before the day
    starts still needs its break after it."""
    margin = dt.timedelta(minutes=opts.break_minutes)
    lo = min(b[0] for b in bounds)
    hi = max(b[1] for b in bounds)
    if any(b.at is not None for s in slots for v in s.day.variants for b in v.blocks):
        dates = [s.date for s in slots]
        lo = min(lo, dt.datetime.combine(min(dates), dt.time(), tzinfo=zone))
        # A pinned block starts by midnight and lasts less than a day.
        hi = max(hi, dt.datetime.combine(max(dates) + dt.timedelta(days=2), dt.time(), tzinfo=zone))
    return lo - margin, hi + margin


class _Slot(NamedTuple):  # a tuple: a few times cheaper to declare than a frozen dataclass
    plan: Plan
    day: Day
    date: dt.date
    week: int
    prefix: str
    zone: str


_WEEKDAY_INDEX = {name: i for i, name in enumerate(WEEKDAYS)}


def _slots(
    plans: Sequence[Plan],
    *,
    first: dt.date,
    start_given: bool,
    rest: frozenset[int],
    zone: str,
) -> tuple[list[_Slot], list[str]]:
    """Each plan day on its date, and warnings about the dates.

    Days take dates in plan order (by week, then number), each after the one before: a day
    without a date or weekday the next date, study days moved off rest weekdays; a day named
    by its weekday the next such weekday; a dated day its date, moved by whole weeks when a
    start was given so that the first dated day falls on the first date from then on with its
    weekday. A number the plan skips is a rest day of its own, so Day 4 of a plan with Days 1,
    2 and 4 falls three days after Day 1; numbers that restart in a new week skip nothing. A
    plan's first day, whatever its number, follows the previous plan's last day.
    """
    slots: list[_Slot] = []
    notes: list[str] = []
    cursor = first
    # Without a start asked for, dated days keep their dates; with one, the shift is found at
    # the first dated day, and the same whole weeks move every later one.
    shift: dt.timedelta | None = None if start_given else dt.timedelta()
    repeats: dict[str, int] = {}
    for week, plan in enumerate(plans):
        repeats[plan.id] = repeats.get(plan.id, 0) + 1
        week_prefix = keys.prefix(plan.id, repeat=repeats[plan.id])
        previous: int | None = None
        for day in sorted(plan.days, key=lambda d: (d.week or 0, d.number)):
            if day.date is not None:
                if shift is None:
                    target = cursor + dt.timedelta(days=(day.date.weekday() - cursor.weekday()) % 7)
                    shift = target - day.date
                date = day.date + shift
            elif day.weekday is not None:
                weekday = _WEEKDAY_INDEX[day.weekday]
                date = cursor + dt.timedelta(days=(weekday - cursor.weekday()) % 7)
            else:
                if previous is not None and day.number > previous:
                    # A day number the plan skips (Days 1, 2, 4) is a rest day: it takes a date.
                    cursor += dt.timedelta(days=day.number - previous - 1)
                date = cursor
                # A plan's own rest day has no study, so a rest weekday suits it as well as any.
                while not day.is_rest and date.weekday() in rest:
                    date += dt.timedelta(days=1)
            named = day.date is not None or day.weekday is not None
            if named and not day.is_rest and date.weekday() in rest:
                notes.append(
                    f"{_day_label(plan, day)} ({date:%A} {date.isoformat()}) falls on a rest "
                    "weekday; kept there, as the plan names its day"
                )
            previous = day.number
            slots.append(
                _Slot(plan=plan, day=day, date=date, week=week, prefix=week_prefix, zone=zone)
            )
            cursor = date + dt.timedelta(days=1)
    return slots, notes


def _schedule_day(
    slot: _Slot,
    *,
    lo: dt.datetime,
    hi: dt.datetime,
    opts: ScheduleOptions,
    busy: Sequence[BusyInterval],
    taken: dict[dt.date, list[BusyInterval]],
    fallbacks: list[Fallback],
    conflicts: list[Conflict],
) -> ScheduledDay:
    """Place a day's blocks: pinned ones at their times, the others in the free time left.

    `taken` holds the blocks of days already placed, by date (two plan days may share a date);
    this day's blocks are added to it.
    """
    plan, day, date = slot.plan, slot.day, slot.date
    hours = opts.hours_by_weekday.get(date.weekday(), opts.hours)
    variant = day.variant(hours)
    if variant is None:
        return ScheduledDay(
            plan=plan,
            day=day,
            date=date,
            week=slot.week,
            variant=None,
            budget_minutes=0,
            blocks=(),
            prefix=slot.prefix,
        )
    if hours is not None and variant.hours != hours:
        fallbacks.append(
            Fallback(plan.id, slot.week, day.number, date, wanted=hours, used=variant.hours)
        )
    vi = next(i for i, v in enumerate(day.variants) if v is variant)
    block_keys = keys.block_keys(slot.prefix, day)
    budget = round(variant.hours * 60)
    minutes = block_minutes(
        variant.blocks,
        policy=opts.durations,
        budget_minutes=budget,
        break_minutes=opts.break_minutes,
    )
    gap = dt.timedelta(minutes=opts.break_minutes)
    zone = ZoneInfo(slot.zone)

    # Every placed block's time in UTC, by block index: what later days on the date work around.
    spans: dict[int, BusyInterval] = {}

    def place(bi: int, start: dt.datetime) -> ScheduledBlock:
        end = start + dt.timedelta(minutes=minutes[bi])
        spans[bi] = BusyInterval(start, end, f'"{variant.blocks[bi].title}"')
        return ScheduledBlock(
            key=block_keys[(vi, bi)],
            start=start.astimezone(zone),
            end=end.astimezone(zone),
            minutes=minutes[bi],
            plan=plan,
            day=day,
            block=variant.blocks[bi],
            date=date,
            week=slot.week,
        )

    pinned = {
        bi: place(bi, start)
        for bi, start in pinned_starts(variant.blocks, minutes, date, zone).items()
    }
    cursor = lo.astimezone(_UTC)
    end_bound = hi.astimezone(_UTC)
    others = [iv for d in (date - _ONE_DAY, date, date + _ONE_DAY) for iv in taken.get(d, ())]
    obstacles = [*busy, *others]
    if pinned:
        first = min([cursor, *(spans[bi].start for bi in pinned)]) - gap - _ONE_DAY
        last = max([end_bound, *(spans[bi].end for bi in pinned)]) + gap + _ONE_DAY
        nearby = [b for b in busy if b.end > first and b.start < last]
        _pin_conflicts(list(pinned.values()), nearby, others, conflicts)
        obstacles = sorted(
            [*nearby, *others, *(spans[bi] for bi in pinned)], key=lambda b: (b.start, b.end)
        )
    elif others:
        obstacles = sorted(obstacles, key=lambda b: (b.start, b.end))

    placed: list[ScheduledBlock] = []
    unplaced: list[Unplaced] = []
    for bi, (block, length) in enumerate(zip(variant.blocks, minutes, strict=True)):
        if bi in pinned:
            placed.append(pinned[bi])
            continue
        # Order is kept: once a block does not fit, no later block may take its place.
        start = None if unplaced else first_fit(cursor, length, end_bound, obstacles, gap)
        if start is None:
            unplaced.append(
                Unplaced(
                    plan=plan,
                    day=day,
                    block=block,
                    date=date,
                    minutes=length,
                    key=block_keys[(vi, bi)],
                )
            )
            continue
        placed.append(place(bi, start))
        cursor = start + dt.timedelta(minutes=length) + gap
    if pinned:
        # Pinned blocks may come before blocks written above them: a day reads in clock order.
        placed.sort(key=lambda b: b.start.astimezone(_UTC))
    taken.setdefault(date, []).extend(spans.values())
    # Pinned blocks next to each other keep the gaps the plan wrote: no break is added there.
    kept = {id(b) for b in pinned.values()}
    pinned_pairs = sum(id(a) in kept and id(b) in kept for a, b in itertools.pairwise(placed))
    breaks = opts.break_minutes * max(len(minutes) - 1 - pinned_pairs, 0)
    return ScheduledDay(
        plan=plan,
        day=day,
        date=date,
        week=slot.week,
        variant=variant,
        budget_minutes=budget,
        blocks=tuple(placed),
        prefix=slot.prefix,
        unplaced=tuple(unplaced),
        over_budget=_over(variant, sum(minutes), breaks, budget),
    )


def _over(variant: Variant, study: int, breaks: int, budget: int) -> bool:
    """Whether the day's study and breaks exceed its plan's length. A length that is only its
    blocks' longest sum (what a Markdown plan that states none is given) leaves no room for
    breaks, and they are the scheduler's, not the plan's: such a day is over only when its
    study is."""
    return study > budget if budget == variant.max_minutes else study + breaks > budget


_ONE_DAY = dt.timedelta(days=1)


def _pin_conflicts(
    pinned: Sequence[ScheduledBlock],
    busy: Sequence[BusyInterval],
    others: Sequence[BusyInterval],
    conflicts: list[Conflict],
) -> None:
    """Pinned blocks that overlap busy time, blocks of other days or each other (no break asked:
    a pinned block is where the user wrote it; only a real overlap is worth a warning)."""
    for i, placed in enumerate(pinned):
        zone = placed.start.tzinfo
        start, end = placed.start.astimezone(_UTC), placed.end.astimezone(_UTC)

        def span(a: dt.datetime, b: dt.datetime, zone: dt.tzinfo | None = zone) -> str:
            return f"{a.astimezone(zone):%H:%M}–{b.astimezone(zone):%H:%M}"

        for b in busy:
            if b.start < end and start < b.end:
                what = f'busy "{b.summary}"' if b.summary else "busy time"
                conflicts.append(Conflict(placed, f"{what} {span(b.start, b.end)}"))
        for b in others:
            if b.start < end and start < b.end:
                conflicts.append(Conflict(placed, f"{b.summary} {span(b.start, b.end)}"))
        for other in pinned[:i]:
            if other.start < placed.end and placed.start < other.end:
                conflicts.append(
                    Conflict(placed, f'"{other.block.title}" {span(other.start, other.end)}')
                )


def check(opts: ScheduleOptions) -> None:
    """Refuse options that no schedule can satisfy.

    Raises:
        OptionsError: naming the field of `ScheduleOptions` at fault in `option`.
    """
    if opts.durations not in POLICIES:
        raise OptionsError(
            f"unknown policy {opts.durations!r} (use min, max, mid or fit)", option="durations"
        )
    if opts.break_minutes < 0:
        raise OptionsError(f"{opts.break_minutes} is negative", option="break_minutes")
    if opts.day_start >= opts.day_end:
        raise OptionsError(
            f"{opts.day_end:%H:%M} is not after the day's start {opts.day_start:%H:%M}",
            option="day_end",
        )
    if any(not 0 <= d <= 6 for d in opts.rest) or any(
        not 0 <= d <= 6 for d in opts.hours_by_weekday
    ):
        raise OptionsError("weekdays are numbered 0 (Monday) to 6 (Sunday)")
    if len(opts.rest) == 7:
        raise OptionsError("every weekday is a rest day; no day is left to study", option="rest")
    if opts.hours is not None and opts.hours <= 0:
        raise OptionsError(f"{opts.hours:g} is not a positive number of hours", option="hours")
    if any(h <= 0 for h in opts.hours_by_weekday.values()):
        raise OptionsError("hours must be positive", option="hours")


def _check_keys(result: Schedule) -> None:
    seen: set[str] = set()
    for day in result.days:
        for key in [b.key for b in day.blocks] + [u.key for u in day.unplaced]:
            if key in seen:
                raise OptionsError(f"two blocks share the key {key!r}: give the plans distinct ids")
            seen.add(key)


def coming_monday(today: dt.date) -> dt.date:
    """The Monday on or after `today`."""
    return today + dt.timedelta(days=(7 - today.weekday()) % 7)
