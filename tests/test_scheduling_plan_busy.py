"""The plan's own busy time (a day's work, commute or school hours) is busy for the scheduler on
the date the day falls on, in the schedule's zone, as a `--busy` calendar's events are: unpinned
blocks go around it, a pinned block over it is kept and reported, and it is never exported."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from planexport.carryover import carry_over
from planexport.export.csv import to_todoist_csv
from planexport.export.ics import to_ics
from planexport.model import Block, BusySpan, Day, Plan, Variant
from planexport.plan_busy import plan_busy
from planexport.reader import load
from planexport.scheduling import BusyInterval, ScheduledBlock, ScheduleOptions, schedule
from tests.paths import DATA

UTC = dt.timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = dt.date(2026, 12, 7)
WORK = BusySpan(at="08:00", minutes=480, title="Work")


def block(title: str, minutes: int, *, at: str | None = None) -> Block:
    return Block(title=title, min_minutes=minutes, max_minutes=minutes, at=at)


def work_day(number: int, *blocks: Block, busy: tuple[BusySpan, ...] = (WORK,)) -> Day:
    return Day(
        number=number,
        title=f"Day {number}",
        variants=(Variant(hours=4, blocks=blocks),),
        busy=busy,
    )


def plan(*days: Day) -> Plan:
    return Plan(id="p", title="P", days=days)


def hm(placed: ScheduledBlock) -> tuple[str, str, str, str]:
    return (
        placed.block.title,
        f"{placed.start:%a}",
        f"{placed.start:%H:%M}",
        f"{placed.end:%H:%M}",
    )


def options(**kwargs: object) -> ScheduleOptions:
    return ScheduleOptions(**{"start": MONDAY, "tz": "Europe/Berlin", **kwargs})  # type: ignore[arg-type]


def test_an_unpinned_block_goes_after_the_plans_work_hours() -> None:
    result = schedule(load(DATA / "work_spans" / "en-untimed-reading-beside-work.md"), options())
    assert [hm(b) for b in result.blocks] == [
        ("Reading: chapter 4", "Mon", "16:10", "16:40"),  # a break after work, as after a meeting
        ("Problem set 3", "Mon", "17:30", "19:30"),
    ]
    assert result.conflicts == ()


def test_a_block_that_fits_before_work_starts_goes_there() -> None:
    result = schedule(plan(work_day(1, block("Flashcards", 30))), options(day_start=dt.time(6)))
    assert [hm(b) for b in result.blocks] == [("Flashcards", "Mon", "06:00", "06:30")]


def test_a_pinned_block_over_work_is_kept_and_reported() -> None:
    result = schedule(plan(work_day(1, block("Lecture", 60, at="12:00"))), options())
    assert [hm(b) for b in result.blocks] == [("Lecture", "Mon", "12:00", "13:00")]
    message = 'p day 1 (2026-12-07): "Lecture" pinned at 12:00 overlaps busy "Work" 08:00–16:00'
    assert [str(c) for c in result.conflicts] == [message]
    assert message in result.warnings


def test_work_is_busy_only_on_the_date_its_day_falls_on() -> None:
    p = plan(work_day(1, block("A", 30)), work_day(2, block("B", 30), busy=()))
    result = schedule(p, options())
    assert [hm(b) for b in result.blocks] == [
        ("A", "Mon", "16:10", "16:40"),
        ("B", "Tue", "09:00", "09:30"),
    ]


def test_work_past_midnight_is_busy_the_next_morning() -> None:
    result = schedule(
        load(DATA / "work_spans" / "en-night-work-past-midnight.md"), options(day_start=dt.time(5))
    )
    assert [hm(b) for b in result.blocks] == [
        ("Pharmacology flashcards", "Mon", "14:00", "15:30"),
        ("Case studies", "Tue", "06:10", "06:55"),  # Monday's 22:00–06:00 work, then a break
        ("Drug interactions quiz", "Tue", "16:00", "17:00"),
    ]


def test_work_hours_are_read_in_the_schedules_zone() -> None:
    p = plan(work_day(1, block("A", 30)))
    result = schedule(p, options(tz="America/New_York"))
    assert [hm(b) for b in result.blocks] == [("A", "Mon", "16:10", "16:40")]
    assert result.blocks[0].start.astimezone(UTC) == dt.datetime(2026, 12, 7, 21, 10, tzinfo=UTC)


def test_work_hours_are_clock_times_on_the_day_the_clocks_change() -> None:
    # 2027-03-28 in Berlin loses an hour at 02:00: work from midnight for 600 minutes on the
    # clock ends at 10:00 (nine hours later), as a calendar event from 00:00 to 10:00 would.
    day = Day(
        number=1,
        title="Day 1",
        date=dt.date(2027, 3, 28),
        variants=(Variant(hours=4, blocks=(block("A", 30),)),),
        busy=(BusySpan(at="00:00", minutes=600, title="Work"),),
    )
    result = schedule(plan(day), ScheduleOptions(tz="Europe/Berlin", start_given=False))
    assert [hm(b) for b in result.blocks] == [("A", "Sun", "10:10", "10:40")]
    (interval,) = plan_busy([(day, dt.date(2027, 3, 28))], BERLIN)
    assert interval.end - interval.start == dt.timedelta(hours=9)


def test_the_plans_work_and_a_busy_calendar_are_both_kept_clear() -> None:
    meeting = BusyInterval(
        start=dt.datetime(2026, 12, 7, 16, 0, tzinfo=BERLIN),
        end=dt.datetime(2026, 12, 7, 17, 0, tzinfo=BERLIN),
        summary="Team call",
    )
    result = schedule(plan(work_day(1, block("A", 30))), options(busy=(meeting,)))
    assert [hm(b) for b in result.blocks] == [("A", "Mon", "17:10", "17:40")]


def test_work_hours_are_not_exported_as_study() -> None:
    result = schedule(load(DATA / "work_spans" / "en-untimed-reading-beside-work.md"), options())
    calendar = to_ics(result).decode()
    assert calendar.count("BEGIN:VEVENT") == 2
    assert "SUMMARY:Work" not in calendar
    rows = to_todoist_csv(result).decode().splitlines()
    assert not any(row.startswith("task,Work") for row in rows)
    assert sum(row.startswith("task,") for row in rows) == 2


def test_a_missed_block_carried_over_goes_around_work_hours() -> None:
    p = plan(work_day(1, block("A", 60), busy=()), work_day(2, block("B", 30, at="19:00")))
    # A (Monday 09:00) is missed; the next free time is Tuesday after work, not 09:00.
    result = carry_over(
        p, options(), now=dt.datetime(2026, 12, 7, 23, 0, tzinfo=BERLIN), mode="fill"
    )
    assert [hm(m.after) for m in result.moves] == [("A", "Tue", "16:10", "17:10")]
