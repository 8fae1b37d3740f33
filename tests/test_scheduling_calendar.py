"""Scheduling the plans people write: pinned clock times, weekdays, dates and weeks."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from planexport.cli import app
from planexport.export.ics import to_ics
from planexport.model import WEEKDAYS, Block, Day, Plan, Variant, Weekday
from planexport.options import options_from_strings
from planexport.reader import load
from planexport.scheduling import (
    BusyInterval,
    Schedule,
    ScheduledBlock,
    ScheduleOptions,
    schedule,
)
from tests.paths import DATA

UTC = dt.timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = dt.date(2026, 11, 30)
TIMETABLE = DATA / "schedule" / "weekly-timetable.yaml"
DATED = DATA / "schedule" / "dated-days.json"


def block(title: str, minutes: int, *, at: str | None = None) -> Block:
    return Block(title=title, min_minutes=minutes, max_minutes=minutes, at=at)


def study_day(
    number: int,
    *blocks: Block,
    hours: float = 8,
    week: int | None = None,
    weekday: Weekday | None = None,
    date: dt.date | None = None,
) -> Day:
    return Day(
        number=number,
        title=f"Day {number}",
        week=week,
        weekday=weekday,
        date=date,
        variants=(Variant(hours=hours, blocks=blocks),),
    )


def plan(*days: Day, plan_id: str = "p") -> Plan:
    return Plan(id=plan_id, title=f"Plan {plan_id}", days=days)


def hm(placed: ScheduledBlock) -> tuple[str, str, str]:
    return (placed.block.title, f"{placed.start:%H:%M}", f"{placed.end:%H:%M}")


def berlin(**kwargs: object) -> ScheduleOptions:
    return ScheduleOptions(**{"start": MONDAY, "tz": "Europe/Berlin", **kwargs})  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Pinned blocks


def test_a_pinned_block_starts_at_its_time_and_the_others_fill_around_it() -> None:
    p = plan(
        study_day(
            1,
            block("Reading", 45),
            block("Lecture", 90, at="10:00"),
            block("Exercises", 60),
            block("Review", 30),
        )
    )
    result = schedule(p, berlin())
    assert [hm(b) for b in result.blocks] == [
        ("Reading", "09:00", "09:45"),
        ("Lecture", "10:00", "11:30"),
        # An hour does not fit the 50 minutes left before the lecture's break.
        ("Exercises", "11:40", "12:40"),
        ("Review", "12:50", "13:20"),
    ]
    assert result.conflicts == ()
    assert result.days[0].blocks == result.blocks  # a day's blocks are in clock order too


def test_a_pinned_block_keeps_its_time_outside_the_day_bounds() -> None:
    p = plan(
        study_day(
            1, block("Run", 45, at="06:30"), block("Study", 60), block("Call", 30, at="22:15")
        )
    )
    result = schedule(p, berlin(day_start=dt.time(9), day_end=dt.time(21)))
    assert [hm(b) for b in result.blocks] == [
        ("Run", "06:30", "07:15"),
        ("Study", "09:00", "10:00"),
        ("Call", "22:15", "22:45"),
    ]
    assert result.blocks[0].start.utcoffset() == dt.timedelta(hours=1)


def test_a_pinned_time_is_read_in_the_schedule_zone() -> None:
    p = plan(study_day(1, block("Lecture", 60, at="18:30")))
    result = schedule(p, ScheduleOptions(start=MONDAY, tz="America/New_York"))
    assert result.blocks[0].start.astimezone(UTC) == dt.datetime(2026, 11, 30, 23, 30, tzinfo=UTC)


def test_a_pinned_time_in_the_hour_a_clock_change_skips_reads_as_calendars_read_it() -> None:
    spring = dt.date(2027, 3, 28)  # Berlin skips 02:00-03:00
    p = plan(study_day(1, block("Night owl", 30, at="02:30")))
    result = schedule(p, ScheduleOptions(start=spring, tz="Europe/Berlin"))
    assert result.blocks[0].start.astimezone(UTC) == dt.datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert hm(result.blocks[0]) == ("Night owl", "03:30", "04:00")


def test_unpinned_blocks_keep_a_break_from_busy_time_and_pinned_blocks() -> None:
    meeting = BusyInterval(
        start=dt.datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN),
        end=dt.datetime(2026, 11, 30, 9, 30, tzinfo=BERLIN),
        summary="Standup",
    )
    p = plan(study_day(1, block("A", 30), block("Pinned", 30, at="10:20"), block("B", 30)))
    result = schedule(p, berlin(busy=(meeting,)))
    assert [hm(b) for b in result.blocks] == [
        ("A", "09:40", "10:10"),
        ("Pinned", "10:20", "10:50"),
        ("B", "11:00", "11:30"),
    ]


def test_a_pinned_block_over_busy_time_is_kept_and_reported() -> None:
    meeting = BusyInterval(
        start=dt.datetime(2026, 11, 30, 10, 30, tzinfo=BERLIN),
        end=dt.datetime(2026, 11, 30, 11, 0, tzinfo=BERLIN),
        summary="Team call",
    )
    p = plan(study_day(1, block("Lecture", 90, at="10:00")))
    result = schedule(p, berlin(busy=(meeting,)))
    assert [hm(b) for b in result.blocks] == [("Lecture", "10:00", "11:30")]
    assert len(result.conflicts) == 1
    message = (
        'p day 1 (2026-11-30): "Lecture" pinned at 10:00 overlaps busy "Team call" 10:30–11:00'
    )
    assert str(result.conflicts[0]) == message
    assert message in result.warnings


def test_two_pinned_blocks_that_overlap_are_both_kept_and_reported() -> None:
    p = plan(study_day(1, block("Lab", 60, at="14:00"), block("Seminar", 60, at="14:30")))
    result = schedule(p, berlin())
    assert [hm(b) for b in result.blocks] == [
        ("Lab", "14:00", "15:00"),
        ("Seminar", "14:30", "15:30"),
    ]
    assert [str(c) for c in result.conflicts] == [
        'p day 1 (2026-11-30): "Seminar" pinned at 14:30 overlaps "Lab" 14:00–15:00'
    ]


def test_pinned_blocks_that_only_touch_are_no_conflict() -> None:
    p = plan(study_day(1, block("Lab", 60, at="14:00"), block("Seminar", 60, at="15:00")))
    assert schedule(p, berlin()).conflicts == ()


def test_unpinned_blocks_that_do_not_fit_around_pins_are_unplaced_in_order() -> None:
    p = plan(
        study_day(
            1,
            block("Long", 120),
            block("Short", 20),
            block("Pinned", 60, at="10:00"),
        )
    )
    result = schedule(p, berlin(day_start=dt.time(9), day_end=dt.time(12)))
    # Long fits neither before nor after the pin; Short, written after it, waits its turn.
    assert [hm(b) for b in result.blocks] == [("Pinned", "10:00", "11:00")]
    assert [u.block.title for u in result.unplaced] == ["Long", "Short"]


def test_two_plan_days_on_one_date_do_not_overlap() -> None:
    first = plan(study_day(1, block("A", 60), date=dt.date(2026, 12, 1)), plan_id="one")
    second = plan(study_day(1, block("B", 60), date=dt.date(2026, 12, 1)), plan_id="two")
    result = schedule([first, second], ScheduleOptions(tz="UTC", start_given=False))
    assert [(b.key, f"{b.start:%H:%M}") for b in result.blocks] == [
        ("one.d1.a", "09:00"),
        ("two.d1.b", "10:10"),
    ]


def test_strict_exits_1_on_a_pinned_overlap(tmp_path: Path) -> None:
    path = tmp_path / "overlap.yaml"
    path.write_text(
        "id: o\ntitle: Overlap\ndays:\n"
        "  - number: 1\n    title: Monday\n    variants:\n      - hours: 2\n        blocks:\n"
        "          - {title: Lab, min_minutes: 60, max_minutes: 60, at: '14:00'}\n"
        "          - {title: Seminar, min_minutes: 60, max_minutes: 60, at: '14:30'}\n",
        encoding="utf-8",
    )
    args = ["show", str(path), "--schedule", "--start", "2026-11-30", "--tz", "UTC"]
    loose = CliRunner().invoke(app, args)
    assert loose.exit_code == 0, loose.output
    assert 'warning: o day 1 (2026-11-30): "Seminar" pinned at 14:30 overlaps' in loose.stderr
    strict = CliRunner().invoke(app, [*args, "--strict"])
    assert strict.exit_code == 1
    assert "1 pinned block overlap(s) (--strict)" in strict.stderr
    assert "Traceback" not in strict.output


# ---------------------------------------------------------------------------------------------
# Weekdays


def test_weekday_days_fall_on_their_weekdays_from_the_start() -> None:
    p = plan(
        study_day(1, block("A", 30), weekday="wed"),
        study_day(2, block("B", 30), weekday="fri"),
        study_day(3, block("C", 30), weekday="mon"),
    )
    from_monday = schedule(p, ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [d.date for d in from_monday.days] == [
        dt.date(2026, 12, 2),
        dt.date(2026, 12, 4),
        dt.date(2026, 12, 7),
    ]
    from_thursday = schedule(p, ScheduleOptions(start=dt.date(2026, 12, 3), tz="UTC"))
    assert [d.date for d in from_thursday.days] == [
        dt.date(2026, 12, 9),
        dt.date(2026, 12, 11),
        dt.date(2026, 12, 14),
    ]


def test_a_weekday_template_is_the_same_day_on_each_weekday() -> None:
    shared = (block("Warm-up", 20), block("Deep work", 120))
    weekdays = [study_day(n, *shared, weekday=w) for n, w in enumerate(WEEKDAYS[:5], start=1)]
    ends: list[tuple[int, Weekday]] = [(6, "sat"), (7, "sun")]
    weekend = [study_day(n, block("Project", 90), weekday=w) for n, w in ends]
    result = schedule(plan(*weekdays, *weekend), ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [d.date for d in result.days] == [MONDAY + dt.timedelta(days=i) for i in range(7)]
    assert [len(d.blocks) for d in result.days] == [2, 2, 2, 2, 2, 1, 1]
    keys = [b.key for b in result.blocks]
    assert len(set(keys)) == len(keys) == 12
    assert keys[:2] == ["p.d1.warm-up", "p.d1.deep-work"]


def test_a_weekday_day_on_a_rest_weekday_is_kept_with_a_warning() -> None:
    p = plan(study_day(1, block("A", 30), weekday="sat"), study_day(2, block("B", 30)))
    result = schedule(p, ScheduleOptions(start=MONDAY, tz="UTC", rest=frozenset({5, 6})))
    assert [d.date for d in result.days] == [dt.date(2026, 12, 5), dt.date(2026, 12, 7)]
    assert result.warnings == (
        "p day 1 (Saturday 2026-12-05) falls on a rest weekday; "
        "kept there, as the plan names its day",
    )


def test_the_timetable_fixture_runs_two_weeks_of_weekdays_with_pinned_times() -> None:
    result = schedule(
        load(TIMETABLE), ScheduleOptions(start=dt.date(2026, 12, 1), tz="Europe/Berlin")
    )
    assert [(d.date.isoformat(), d.day.week, d.day.weekday) for d in result.days] == [
        ("2026-12-07", 1, "mon"),
        ("2026-12-09", 1, "wed"),
        ("2026-12-14", 2, "mon"),
        ("2026-12-16", 2, "wed"),
    ]
    assert [hm(b) for b in result.days[0].blocks] == [
        ("Reading", "09:00", "09:45"),
        ("Lecture", "18:30", "20:00"),
    ]
    assert [hm(b) for b in result.days[1].blocks] == [
        ("Lab", "07:00", "08:00"),
        ("Exercises", "09:00", "09:40"),
    ]


# ---------------------------------------------------------------------------------------------
# Dates


def test_dated_days_fall_on_their_dates_without_a_start() -> None:
    options = options_from_strings(tz="Europe/Berlin", today=dt.date(2026, 11, 29))
    assert options.start == MONDAY
    assert not options.start_given
    result = schedule(load(DATED), options)
    assert [d.date.isoformat() for d in result.days] == ["2026-12-03", "2026-12-04", "2026-12-08"]


def test_dated_days_move_by_whole_weeks_to_the_start() -> None:
    options = options_from_strings(start="2027-01-01", tz="Europe/Berlin")
    assert options.start_given
    result = schedule(load(DATED), options)
    # 3 Dec 2026 is a Thursday: the first Thursday from Friday 1 Jan 2027 is 7 Jan.
    assert [d.date.isoformat() for d in result.days] == ["2027-01-07", "2027-01-08", "2027-01-12"]


def test_dated_days_move_back_to_an_earlier_start_too() -> None:
    result = schedule(load(DATED), ScheduleOptions(start=dt.date(2026, 11, 2), tz="UTC"))
    assert [d.date.isoformat() for d in result.days] == ["2026-11-05", "2026-11-06", "2026-11-10"]


def test_an_undated_day_follows_the_dated_day_before_it() -> None:
    p = plan(
        study_day(1, block("A", 30), date=dt.date(2026, 12, 10)),
        study_day(2, block("B", 30)),
        study_day(3, block("C", 30), weekday="mon"),
    )
    result = schedule(p, ScheduleOptions(tz="UTC", start=MONDAY, start_given=False))
    assert [d.date.isoformat() for d in result.days] == ["2026-12-10", "2026-12-11", "2026-12-14"]


def test_a_library_start_counts_as_given() -> None:
    p = plan(study_day(1, block("A", 30), date=dt.date(2026, 12, 10)))
    assert schedule(p, ScheduleOptions(tz="UTC", start=MONDAY)).days[0].date == dt.date(2026, 12, 3)
    assert schedule(p, ScheduleOptions(tz="UTC")).days[0].date == dt.date(2026, 12, 10)


# ---------------------------------------------------------------------------------------------
# Weeks and keys


def two_weeks() -> Plan:
    return plan(
        *(study_day(n, block("Topic", 30), block("Quiz", 10), week=1) for n in (1, 2, 3)),
        *(study_day(n, block("Topic", 30), block("Quiz", 10), week=2) for n in (1, 2)),
    )


def test_days_of_a_week_follow_the_week_before() -> None:
    result = schedule(two_weeks(), ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [(d.day.week, d.day.number, d.date) for d in result.days] == [
        (1, 1, MONDAY),
        (1, 2, MONDAY + dt.timedelta(days=1)),
        (1, 3, MONDAY + dt.timedelta(days=2)),
        (2, 1, MONDAY + dt.timedelta(days=3)),
        (2, 2, MONDAY + dt.timedelta(days=4)),
    ]


def test_blocks_of_different_weeks_get_different_keys() -> None:
    result = schedule(two_weeks(), ScheduleOptions(start=MONDAY, tz="UTC"))
    keys = [b.key for b in result.blocks]
    assert len(set(keys)) == len(keys)
    assert keys[:2] == ["p.wk1.d1.topic", "p.wk1.d1.quiz"]
    assert keys[6:8] == ["p.wk2.d1.topic", "p.wk2.d1.quiz"]
    twice = schedule([two_weeks(), two_weeks()], ScheduleOptions(start=MONDAY, tz="UTC"))
    assert twice.blocks[10].key == "p.w2.wk1.d1.topic"


def test_keys_of_plans_without_weeks_keep_their_form() -> None:
    p = plan(
        study_day(1, block("Topic", 30, at="10:00"), weekday="tue"),
        study_day(2, block("Topic", 30), date=dt.date(2026, 12, 9)),
    )
    result = schedule(p, ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [b.key for b in result.blocks] == ["p.d1.topic", "p.d2.topic"]


def test_the_calendar_of_a_plan_in_weeks_has_distinct_uids() -> None:
    from icalendar import Calendar

    result = schedule(two_weeks(), ScheduleOptions(start=MONDAY, tz="UTC"))
    calendar = Calendar.from_ical(to_ics(result, day_events=True))
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == 10 + 5
    assert "p.wk2.d1@planexport" in uids
    assert "p.wk2.d1.topic@planexport" in uids


# ---------------------------------------------------------------------------------------------
# Properties

weekday_lists = st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=10)
starts = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2028, 12, 31))


@given(weekdays=weekday_lists, start=starts)
@settings(max_examples=60, deadline=None)
def test_property_weekday_days_land_on_their_weekdays_in_order(
    weekdays: list[Weekday], start: dt.date
) -> None:
    p = plan(*(study_day(n, block("A", 10), weekday=w) for n, w in enumerate(weekdays, start=1)))
    result = schedule(p, ScheduleOptions(start=start, tz="UTC"))
    dates = [d.date for d in result.days]
    assert [WEEKDAYS[d.weekday()] for d in dates] == weekdays
    assert start <= dates[0] < start + dt.timedelta(days=7)
    assert all(a < b <= a + dt.timedelta(days=7) for a, b in itertools.pairwise(dates))


@given(
    first=starts,
    gaps=st.lists(st.integers(min_value=1, max_value=9), max_size=6),
    start=st.one_of(st.none(), starts),
)
@settings(max_examples=60, deadline=None)
def test_property_dated_days_keep_their_dates_or_move_by_whole_weeks(
    first: dt.date, gaps: list[int], start: dt.date | None
) -> None:
    written = [first]
    for gap in gaps:
        written.append(written[-1] + dt.timedelta(days=gap))
    p = plan(*(study_day(n, block("A", 10), date=d) for n, d in enumerate(written, start=1)))
    options = ScheduleOptions(start=start, tz="UTC", start_given=start is not None)
    dates = [d.date for d in schedule(p, options, today=MONDAY).days]
    shifts = {(got - want).days for got, want in zip(dates, written, strict=True)}
    assert len(shifts) == 1
    shift = shifts.pop()
    if start is None:
        assert shift == 0
    else:
        assert shift % 7 == 0
        assert start <= dates[0] < start + dt.timedelta(days=7)


@st.composite
def pinned_days(draw: st.DrawFn) -> tuple[list[Block], list[BusyInterval]]:
    blocks = []
    for i in range(draw(st.integers(min_value=1, max_value=7))):
        minutes = draw(st.integers(min_value=5, max_value=120))
        at = None
        if draw(st.booleans()):
            at = f"{draw(st.integers(0, 22)):02d}:{draw(st.sampled_from([0, 15, 30, 45])):02d}"
        blocks.append(block(f"b{i}", minutes, at=at))
    busy = []
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        start = dt.datetime(2026, 11, 30, 8, tzinfo=UTC) + dt.timedelta(
            minutes=draw(st.integers(0, 14 * 60))
        )
        busy.append(
            BusyInterval(start, start + dt.timedelta(minutes=draw(st.integers(5, 120))), "busy")
        )
    return blocks, busy


def _overlap(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@given(day=pinned_days(), gap=st.integers(min_value=0, max_value=15))
@settings(max_examples=80, deadline=None)
def test_property_pins_hold_and_free_blocks_fill_free_time(
    day: tuple[list[Block], list[BusyInterval]], gap: int
) -> None:
    blocks, busy = day
    options = ScheduleOptions(start=MONDAY, tz="UTC", busy=tuple(busy), break_minutes=gap)
    result: Schedule = schedule(plan(study_day(1, *blocks, hours=24)), options)
    placed = {b.block.title: b for b in result.blocks}
    assert len(placed) + len(result.unplaced) == len(blocks)
    lo = dt.datetime(2026, 11, 30, 9, tzinfo=UTC)
    hi = dt.datetime(2026, 11, 30, 21, tzinfo=UTC)
    pins = [placed[b.title] for b in blocks if b.at is not None]
    free = [placed[b.title] for b in blocks if b.at is None and b.title in placed]
    for pin in pins:
        assert pin.block.at == f"{pin.start:%H:%M}"
        assert pin.date == MONDAY
    # Free blocks: inside the day, in plan order, a break away from pins, busy time and each other.
    for one in free:
        assert lo <= one.start
        assert one.end <= hi
        assert one.minutes == one.block.min_minutes
    assert [b.start for b in free] == sorted(b.start for b in free)
    pad = dt.timedelta(minutes=gap)
    for one in free:
        mine = (one.start - pad, one.end + pad)
        assert not any(_overlap(mine, (o.start, o.end)) for o in [*pins, *free] if o is not one)
        assert not any(_overlap(mine, (b.start, b.end)) for b in busy)
    # Every pinned overlap, and only those, is reported.
    expected = sum(_overlap((p.start, p.end), (b.start, b.end)) for p in pins for b in busy) + sum(
        _overlap((a.start, a.end), (b.start, b.end)) for i, a in enumerate(pins) for b in pins[:i]
    )
    assert len(result.conflicts) == expected
    # Unplaced blocks are the tail of the free blocks in plan order.
    free_titles = [b.title for b in blocks if b.at is None]
    unplaced = [u.block.title for u in result.unplaced]
    assert free_titles[len(free_titles) - len(unplaced) :] == unplaced


@given(
    sizes=st.lists(st.integers(min_value=1, max_value=7), min_size=1, max_size=5),
    start=starts,
)
@settings(max_examples=40, deadline=None)
def test_property_weeks_follow_each_other_and_keys_stay_distinct(
    sizes: list[int], start: dt.date
) -> None:
    days = [
        study_day(n, block("Topic", 10), block("Topic", 10), week=w)
        for w, size in enumerate(sizes, start=1)
        for n in range(1, size + 1)
    ]
    result = schedule(plan(*days), ScheduleOptions(start=start, tz="UTC"))
    assert [d.date for d in result.days] == [
        start + dt.timedelta(days=i) for i in range(sum(sizes))
    ]
    keys = [b.key for b in result.blocks]
    assert len(keys) == len(set(keys)) == 2 * sum(sizes)


def test_the_start_option_flag_is_false_only_by_default() -> None:
    assert not options_from_strings(tz="UTC").start_given
    assert options_from_strings(tz="UTC", start="monday").start_given


@pytest.mark.parametrize("path", [TIMETABLE, DATED])
def test_the_schedule_fixtures_export_to_ics(path: Path) -> None:
    result = CliRunner().invoke(
        app, ["export", "ics", str(path), "-o", "-", "--start", "2026-12-01", "--tz", "UTC"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.count("BEGIN:VEVENT") >= 3


def test_todoist_sections_of_a_plan_in_weeks_name_the_week() -> None:
    from planexport.export.todoist import TodoistOptions, desired_projects

    result = schedule(two_weeks(), ScheduleOptions(start=MONDAY, tz="UTC"))
    by_day = desired_projects(result, options=TodoistOptions(sections="day"))
    prefixes = [s.prefix for s in by_day[0].sections]
    assert prefixes == [
        "Week 1 · Day 1",
        "Week 1 · Day 2",
        "Week 1 · Day 3",
        "Week 2 · Day 1",
        "Week 2 · Day 2",
    ]
    by_week = desired_projects(result, options=TodoistOptions(sections="week"))
    assert [s.prefix for s in by_week[0].sections] == ["Week 1", "Week 2"]
    assert len(by_day[0].tasks) == 10


@given(
    titles=st.lists(st.sampled_from(["Review", "review", "DSA", "Über", "Review 2"]), min_size=1),
    named=st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=4),
)
@settings(max_examples=40, deadline=None)
def test_property_weekdays_and_pins_do_not_change_keys(
    titles: list[str], named: list[Weekday]
) -> None:
    def days(*, new_fields: bool) -> list[Day]:
        return [
            study_day(
                n,
                *(
                    block(t, 10, at="07:00" if new_fields and i == 0 else None)
                    for i, t in enumerate(titles)
                ),
                weekday=w if new_fields else None,
            )
            for n, w in enumerate(named, start=1)
        ]

    options = ScheduleOptions(start=MONDAY, tz="UTC")
    old = schedule(plan(*days(new_fields=False)), options)
    new = schedule(plan(*days(new_fields=True)), options)

    def keys(result: Schedule) -> list[str]:
        return sorted([*(b.key for b in result.blocks), *(u.key for u in result.unplaced)])

    assert keys(old) == keys(new)
    assert all(".wk" not in key for key in keys(new))
