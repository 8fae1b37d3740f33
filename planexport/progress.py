"""Progress through a schedule: which blocks were done, missed, are due today or later."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from zoneinfo import ZoneInfo

from planexport.errors import OptionsError
from planexport.scheduling import Schedule, ScheduledBlock, ScheduledDay

__all__ = [
    "STATES",
    "BlockProgress",
    "DayProgress",
    "Done",
    "DoneSource",
    "Progress",
    "State",
    "WeekProgress",
    "done_from_plan",
    "parse_now",
    "progress_json",
    "progress_lines",
    "progress_of",
]

State = Literal["done", "missed", "today", "upcoming"]
STATES: tuple[State, ...] = ("done", "missed", "today", "upcoming")
DoneSource = Literal["todoist", "plan"]


@dataclass(frozen=True)
class Done:
    """A block marked done: when (None when the source does not say) and where it was read."""

    source: DoneSource
    at: dt.datetime | None = None


@dataclass(frozen=True)
class BlockProgress:
    """A scheduled block with its state as of `now`."""

    block: ScheduledBlock
    state: State
    done: Done | None = None

    @property
    def key(self) -> str:
        """The block's key (the same as in every export)."""
        return self.block.key


@dataclass(frozen=True)
class DayProgress:
    """A day of the schedule as of `now`: what was planned, done, missed and what is left."""

    day: ScheduledDay
    blocks: tuple[BlockProgress, ...]

    @property
    def date(self) -> dt.date:
        """The day's date."""
        return self.day.date

    @property
    def planned_minutes(self) -> int:
        """Study minutes placed on the day."""
        return sum(b.block.minutes for b in self.blocks)

    @property
    def done_minutes(self) -> int:
        """Minutes of the blocks done."""
        return sum(b.block.minutes for b in self.blocks if b.state == "done")

    @property
    def missed(self) -> tuple[BlockProgress, ...]:
        """Blocks that ended before now and are not done."""
        return tuple(b for b in self.blocks if b.state == "missed")

    @property
    def left(self) -> tuple[BlockProgress, ...]:
        """Blocks of today not done that have not ended yet."""
        return tuple(b for b in self.blocks if b.state == "today")

    @property
    def kept(self) -> bool:
        """Whether every block of a study day was done (a rest day is never kept)."""
        return bool(self.blocks) and all(b.state == "done" for b in self.blocks)


@dataclass(frozen=True)
class WeekProgress:
    """A week of the schedule (a plan, or a week of a plan written in weeks)."""

    label: str
    days: tuple[DayProgress, ...]

    @property
    def planned_minutes(self) -> int:
        """Study minutes placed in the week."""
        return sum(d.planned_minutes for d in self.days)

    @property
    def done_minutes(self) -> int:
        """Minutes of the week's blocks done."""
        return sum(d.done_minutes for d in self.days)

    @property
    def missed(self) -> tuple[BlockProgress, ...]:
        """The week's missed blocks."""
        return tuple(b for d in self.days for b in d.missed)


@dataclass(frozen=True)
class Progress:
    """A schedule's progress as of `now`."""

    schedule: Schedule
    now: dt.datetime
    days: tuple[DayProgress, ...]
    weeks: tuple[WeekProgress, ...]

    @property
    def blocks(self) -> tuple[BlockProgress, ...]:
        """Every block with its state, in chronological order."""
        by_key = {b.key: b for d in self.days for b in d.blocks}
        return tuple(by_key[b.key] for b in self.schedule.blocks)

    @property
    def today(self) -> DayProgress | None:
        """The schedule's day on now's date, if it has one."""
        date = self.now.date()
        return next((d for d in self.days if d.date == date), None)

    @property
    def missed(self) -> tuple[BlockProgress, ...]:
        """Every missed block, in chronological order."""
        return tuple(b for b in self.blocks if b.state == "missed")

    @property
    def streak(self) -> int:
        """Study days kept in a row, counted back from today.

        Today counts once kept and breaks nothing while it is still under way; rest days (no
        blocks) neither count nor break the streak.
        """
        count = 0
        date = self.now.date()
        for day in reversed(self.days):
            if day.date > date or not day.blocks:
                continue
            if day.kept:
                count += 1
            elif day.date < date:
                break
        return count


def done_from_plan(schedule: Schedule) -> dict[str, Done]:
    """Blocks the plan itself marks done (a ticked box), by key, with source `plan`."""
    return {b.key: Done(source="plan") for b in schedule.blocks if b.block.done}


def progress_of(
    schedule: Schedule, *, done: Mapping[str, Done] | None = None, now: dt.datetime
) -> Progress:
    """Each block's state as of `now`, by day and by week.

    A block is `done` when `done` has its key (or the plan marks it done), `missed` when it
    ended by `now` and is not done, `today` when it is on now's date and has not ended, else
    `upcoming`. Sources are merged with the plan's own marks; a later source (Todoist, with a
    time) wins over the plan's mark.

    Args:
        schedule: the scheduled plans.
        done: blocks done, by key, from any source (Todoist completions, say).
        now: the moment to judge by (aware; a naive one is read in the schedule's zone).

    Returns:
        The progress of every placed block.
    """
    zone = ZoneInfo(schedule.tz)
    moment = (now.replace(tzinfo=zone) if now.tzinfo is None else now).astimezone(zone)
    marks = {**done_from_plan(schedule), **(done or {})}
    days = tuple(
        DayProgress(day=day, blocks=tuple(_state(b, marks.get(b.key), moment) for b in day.blocks))
        for day in schedule.days
    )
    return Progress(schedule=schedule, now=moment, days=days, weeks=_weeks(days))


def _state(block: ScheduledBlock, done: Done | None, now: dt.datetime) -> BlockProgress:
    if done is not None:
        return BlockProgress(block=block, state="done", done=done)
    if block.end <= now:
        return BlockProgress(block=block, state="missed")
    if block.start.date() == now.date():
        return BlockProgress(block=block, state="today")
    return BlockProgress(block=block, state="upcoming")


def _weeks(days: Sequence[DayProgress]) -> tuple[WeekProgress, ...]:
    """Days grouped by plan in the call, and by the plan's own weeks when it is written in weeks."""
    groups: dict[tuple[int, int | None], list[DayProgress]] = {}
    for day in days:
        groups.setdefault((day.day.week, day.day.day.week), []).append(day)
    weeks: list[WeekProgress] = []
    for number, ((_, own), members) in enumerate(groups.items(), start=1):
        plan = members[0].day.plan
        label = f"{plan.title}, week {own}" if own is not None else plan.title
        weeks.append(WeekProgress(label=f"Week {number} · {label}", days=tuple(members)))
    return tuple(weeks)


def progress_json(result: Progress) -> list[dict[str, Any]]:
    """Every block as JSON-ready data, in chronological order.

    Returns:
        One `{key, plan, day, block, start, end, minutes, state, done_at, source}` per block;
        `done_at` an ISO 8601 time or null, `source` `todoist`, `plan` or null.
    """
    rows: list[dict[str, Any]] = []
    for item in result.blocks:
        block = item.block
        done = item.done
        rows.append(
            {
                "key": block.key,
                "plan": block.plan.id,
                "day": block.day.number,
                "block": block.block.title,
                "start": block.start.isoformat(),
                "end": block.end.isoformat(),
                "minutes": block.minutes,
                "state": item.state,
                "done_at": done.at.isoformat() if done is not None and done.at else None,
                "source": done.source if done is not None else None,
            }
        )
    return rows


def progress_lines(result: Progress) -> list[str]:
    """The progress as lines for people: per week and day, today, missed blocks and the streak."""
    now = result.now
    lines = [f"As of {now:%a} {now.day} {now:%b %Y %H:%M} ({result.schedule.tz})"]
    for week in result.weeks:
        count = len(week.missed)
        lines.append("")
        lines.append(
            f"{week.label}: {_hm(week.done_minutes)} of {_hm(week.planned_minutes)} done"
            + (f", {count} missed" if count else "")
        )
        for day in week.days:
            lines.append("  " + _day_line(day, now=now))
    today = result.today
    lines.append("")
    if today is not None and today.left:
        left = today.left
        minutes = sum(b.block.minutes for b in left)
        lines.append(f"Left today: {len(left)} block{_s(len(left))}, {_hm(minutes)}")
        lines.extend(
            f"  {b.block.start:%H:%M}–{b.block.end:%H:%M}  {b.block.block.title}" for b in left
        )
    elif today is not None and today.blocks:
        lines.append("Left today: nothing")
    missed = result.missed
    if missed:
        dates = ", ".join(_date(d) for d in dict.fromkeys(b.block.date for b in missed))
        lines.append(f"Missed: {len(missed)} block{_s(len(missed))} ({dates})")
    streak = result.streak
    lines.append(f"Streak: {streak} day{_s(streak)} kept")
    return lines


def _day_line(day: DayProgress, *, now: dt.datetime) -> str:
    date = _date(day.date)
    if not day.blocks:
        return f"{date:<11} rest"
    planned, done = day.planned_minutes, day.done_minutes
    width = 10
    filled = round(width * done / planned) if planned else 0
    bar = "#" * filled + "-" * (width - filled)
    text = f"{date:<11} [{bar}] {done:>3}/{planned} min"
    notes = []
    if day.kept:
        notes.append("kept")
    if day.missed:
        notes.append(f"{len(day.missed)} missed")
    if day.left:
        notes.append(f"{len(day.left)} left")
    if day.date > now.date():
        notes.append("upcoming")
    return text + (f"  {', '.join(notes)}" if notes else "")


def _date(date: dt.date) -> str:
    return f"{date:%a} {date.day} {date:%b}"


def _hm(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


def _s(count: int) -> str:
    return "" if count == 1 else "s"


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?([+-]\d{2}:?\d{2}|Z)?")


def parse_now(text: str, *, tz: str) -> dt.datetime:
    """Read `--now`: an ISO date-time (`2026-12-02T12:00`, with or without offset), a date
    (its start), `now`, or what python-dateutil reads; naive times are in `tz`.

    Raises:
        OptionsError: text that is no date or time.
    """
    zone = ZoneInfo(tz)
    word = text.strip()
    if word.lower() == "now":
        return dt.datetime.now(zone)
    value: dt.datetime | None = None
    if _ISO.fullmatch(word):
        try:
            value = dt.datetime.fromisoformat(word.replace("Z", "+00:00"))
        except ValueError:
            value = None
    if value is None:
        from dateutil import parser

        try:
            # Fields not written (the minutes of `6pm`, the date of `18:00`) are today at 00:00.
            midnight = dt.datetime.combine(dt.datetime.now(zone).date(), dt.time())
            value = parser.parse(word, default=midnight)
        except (ValueError, OverflowError):
            raise OptionsError(
                f"--now: cannot read the time {text!r} (use YYYY-MM-DD HH:MM, such as "
                "2026-12-02 12:00)"
            ) from None
    if value.tzinfo is None:
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)
