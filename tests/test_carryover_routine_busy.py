"""Carry-over past a weekly routine's last day keeps the routine's own busy time: a later date is
busy when the plan's last day on that weekday was (its work hours, a night shift into the next
morning). A plan of numbered days says no weekday, and its days after keep no work hours."""

from __future__ import annotations

import datetime as dt

from planexport.carryover import carry_over
from planexport.model import Block, BusySpan, Day, Plan, Variant, Weekday
from planexport.reader import load
from planexport.scheduling import ScheduleOptions
from tests.paths import DATA

UTC = dt.timezone.utc
MONDAY = dt.date(2026, 11, 30)
WORK = BusySpan(at="09:00", minutes=480, title="Work")
NIGHT = BusySpan(at="22:00", minutes=540, title="Night shift")
OPTIONS = ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=10)


def block(title: str, minutes: int) -> Block:
    return Block(title=title, min_minutes=minutes, max_minutes=minutes)


def day(
    number: int,
    *blocks: Block,
    weekday: Weekday | None = None,
    busy: tuple[BusySpan, ...] = (),
) -> Day:
    variants = (Variant(hours=2, blocks=blocks),) if blocks else ()
    return Day(number=number, title=f"Day {number}", weekday=weekday, variants=variants, busy=busy)


def at(days: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment `days` after Monday 30 Nov 2026, in UTC."""
    return dt.datetime.combine(MONDAY + dt.timedelta(days=days), dt.time(hour, minute), UTC)


def starts(plan: Plan, now: dt.datetime, options: ScheduleOptions = OPTIONS) -> dict[str, str]:
    result = carry_over(plan, options, now=now, mode="shift")
    return {b.block.title: f"{b.start:%a %d %H:%M}" for b in result.schedule.blocks}


def test_a_routines_work_hours_hold_on_the_same_weekdays_after_its_last_day() -> None:
    plan = Plan(
        id="p",
        title="P",
        days=(
            day(1, block("a", 60), weekday="mon", busy=(WORK,)),
            day(2, block("b", 60), weekday="tue", busy=(WORK,)),
        ),
    )
    # Both are missed; the routine goes on on Mondays and Tuesdays, each at work until 17:00,
    # each with two hours: b waits for Tuesday evening.
    assert starts(plan, at(1, 23)) == {"a": "Mon 07 17:10", "b": "Tue 08 17:10"}


def test_a_routines_night_shift_keeps_the_next_morning_clear_after_its_last_day() -> None:
    plan = Plan(
        id="p",
        title="P",
        days=(
            day(1, block("a", 60), weekday="mon"),
            day(2, weekday="sun", busy=(NIGHT,)),  # a rest day with a night shift into Monday
        ),
    )
    early = ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=10, day_start=dt.time(6))
    # Monday 7 is past; on Monday 14 the repeated Sunday shift runs to 07:00, then a break.
    assert starts(plan, at(8, 12), early) == {"a": "Mon 14 07:10"}


def test_a_routine_read_from_markdown_keeps_its_work_hours() -> None:
    plan = load(DATA / "busy_show" / "evening-study.md")
    assert [d.weekday for d in plan.days] == ["mon", "tue"]
    # Both pinned blocks are missed: Monday 7 is at work until 16:00 as Monday 30 was.
    assert starts(plan, at(1, 23)) == {
        "Statistics": "Mon 07 16:10",
        "Linear algebra": "Tue 08 09:00",
    }


def test_numbered_days_repeat_no_work_hours_after_the_plan() -> None:
    plan = Plan(
        id="p",
        title="P",
        days=(day(1, block("a", 60), busy=(WORK,)), day(2, block("b", 60), busy=(WORK,))),
    )
    # Day 3 onwards are days of no routine: the morning is free.
    assert starts(plan, at(1, 23)) == {"a": "Wed 02 09:00", "b": "Thu 03 09:00"}
