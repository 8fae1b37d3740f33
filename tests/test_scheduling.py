"""The scheduling engine: options, durations, dates, time zones, busy time and stable keys."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import OptionsError
from planexport.keys import block_keys
from planexport.model import Block, Day, Plan, Variant
from planexport.options import options_from_strings, parse_hours, parse_start, parse_weekdays
from planexport.reader import load
from planexport.scheduling import (
    BusyInterval,
    Schedule,
    ScheduledDay,
    ScheduleOptions,
    block_minutes,
    coming_monday,
    schedule,
    system_zone,
)
from tests.paths import USER_PLAN

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.timezone.utc
MONDAY = dt.date(2026, 11, 30)


def block(title: str, low: int, high: int | None = None) -> Block:
    return Block(title=title, min_minutes=low, max_minutes=high if high is not None else low)


def day(number: int, *variants: Variant, focus: str | None = None) -> Day:
    return Day(number=number, title=f"Day {number}", focus=focus, variants=variants)


def plan(*days: Day, plan_id: str = "p") -> Plan:
    return Plan(id=plan_id, title=f"Plan {plan_id}", days=days)


def one_day(*blocks: Block, hours: float = 4) -> Plan:
    return plan(day(1, Variant(hours=hours, blocks=blocks)))


def clock(sb: object) -> tuple[str, str]:
    from planexport.scheduling import ScheduledBlock

    assert isinstance(sb, ScheduledBlock)
    return (f"{sb.start:%H:%M}", f"{sb.end:%H:%M}")


def times(result: Schedule, index: int = 0) -> list[tuple[str, str]]:
    return [clock(b) for b in result.days[index].blocks]


# ---------------------------------------------------------------------------------------------
# The user's plan


def test_user_plan_day_1_under_min_durations() -> None:
    options = options_from_strings(
        start="2026-11-30", tz="Europe/Berlin", hours="4", durations="min", break_minutes=10
    )
    result = schedule([load(USER_PLAN)], options)
    first = result.days[0]
    assert first.date == dt.date(2026, 11, 30)
    assert first.day.number == 1
    assert [(b.start, b.end) for b in first.blocks] == [
        (
            dt.datetime(2026, 11, 30, h1, m1, tzinfo=BERLIN),
            dt.datetime(2026, 11, 30, h2, m2, tzinfo=BERLIN),
        )
        for h1, m1, h2, m2 in [(9, 0, 10, 0), (10, 10, 11, 10), (11, 20, 12, 20), (12, 30, 13, 0)]
    ]
    assert all(b.start.utcoffset() == dt.timedelta(hours=1) for b in first.blocks)
    assert result.unplaced == ()
    assert result.warnings == ()


def test_user_plan_days_take_consecutive_dates_from_the_start() -> None:
    # A Wednesday: not the default start (the coming Monday) on any day the tests run.
    wednesday = dt.date(2026, 12, 2)
    options = options_from_strings(start="2026-12-02", tz="Europe/Berlin", hours="4")
    result = schedule(load(USER_PLAN), options)
    assert [d.date for d in result.days] == [wednesday + dt.timedelta(days=i) for i in range(7)]
    assert [d.day.number for d in result.days] == list(range(1, 8))


# ---------------------------------------------------------------------------------------------
# Durations


def test_min_max_mid_policies() -> None:
    blocks = [block("a", 60, 75), block("b", 30), block("c", 10, 11)]
    assert block_minutes(blocks, policy="min") == [60, 30, 10]
    assert block_minutes(blocks, policy="max") == [75, 30, 11]
    assert block_minutes(blocks, policy="mid") == [68, 30, 11]  # 67.5 and 10.5 round up


def test_fit_spreads_the_spare_budget_in_proportion_to_the_ranges() -> None:
    # 240 budget - 20 breaks - 160 minimums = 60 spare over ranges 30 and 90: 15 and 45.
    blocks = [block("a", 60, 90), block("b", 40), block("c", 60, 150)]
    assert block_minutes(blocks, policy="fit", budget_minutes=240, break_minutes=10) == [
        75,
        40,
        105,
    ]


def test_fit_rounds_by_largest_remainder_then_plan_order() -> None:
    # 10 spare over three equal ranges: 3.33 each; the one left over goes to the first block.
    blocks = [block("a", 10, 40), block("b", 10, 40), block("c", 10, 40)]
    assert block_minutes(blocks, policy="fit", budget_minutes=40, break_minutes=0) == [14, 13, 13]
    # 7 spare over ranges 1 and 9: shares 0.7 and 6.3; the remainder 0.7 wins.
    blocks = [block("a", 10, 11), block("b", 10, 19)]
    assert block_minutes(blocks, policy="fit", budget_minutes=27, break_minutes=0) == [11, 16]


def test_fit_never_passes_the_maximums() -> None:
    blocks = [block("a", 60, 75), block("b", 60)]
    assert block_minutes(blocks, policy="fit", budget_minutes=600, break_minutes=10) == [75, 60]


def test_fit_keeps_minimums_when_they_exceed_the_budget() -> None:
    blocks = [block("a", 60, 75), block("b", 60, 90)]
    assert block_minutes(blocks, policy="fit", budget_minutes=120, break_minutes=10) == [60, 60]


def test_day_over_budget_is_reported() -> None:
    over = one_day(block("a", 60, 75), block("b", 60, 90), hours=2)
    result = schedule(over, ScheduleOptions(start=MONDAY, tz="UTC"))
    assert result.days[0].over_budget
    assert [b.minutes for b in result.days[0].blocks] == [60, 60]
    within = one_day(block("a", 60, 75), block("b", 50, 90), hours=2)
    result = schedule(within, ScheduleOptions(start=MONDAY, tz="UTC"))
    assert not result.days[0].over_budget
    assert result.days[0].budget_minutes == 120
    assert [b.minutes for b in result.days[0].blocks] == [60, 50]


def test_fit_fills_the_budget_with_breaks() -> None:
    result = schedule(
        one_day(block("a", 60, 120), block("b", 60, 120), hours=3),
        ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=20),
    )
    assert [b.minutes for b in result.days[0].blocks] == [80, 80]
    assert times(result) == [("09:00", "10:20"), ("10:40", "12:00")]


# ---------------------------------------------------------------------------------------------
# Dates, rest days, variants


def test_start_on_a_rest_weekday_moves_day_1() -> None:
    sunday = dt.date(2026, 11, 29)
    two = plan(day(1, Variant(hours=1, blocks=(block("a", 30),))), day(2, Variant(hours=1)))
    result = schedule(two, ScheduleOptions(start=sunday, tz="UTC", rest=frozenset({6})))
    assert [d.date for d in result.days] == [MONDAY, MONDAY + dt.timedelta(days=1)]


def test_rest_weekdays_push_later_days() -> None:
    days = [day(n, Variant(hours=1, blocks=(block("a", 30),))) for n in range(1, 5)]
    friday = dt.date(2026, 12, 4)
    result = schedule(plan(*days), ScheduleOptions(start=friday, tz="UTC", rest=frozenset({5, 6})))
    assert [f"{d.date:%a %d}" for d in result.days] == ["Fri 04", "Mon 07", "Tue 08", "Wed 09"]


def test_a_plan_rest_day_takes_a_date_and_may_sit_on_a_rest_weekday() -> None:
    study = Variant(hours=1, blocks=(block("a", 30),))
    week = plan(*(day(n, study) for n in range(1, 7)), day(7))  # Day 7: rest
    result = schedule([week, week], ScheduleOptions(start=MONDAY, tz="UTC", rest=frozenset({6})))
    dates = [d.date for d in result.days]
    assert dates[6] == dt.date(2026, 12, 6)  # the plan's rest day falls on Sunday
    assert result.days[6].variant is None
    assert result.days[6].blocks == ()
    assert result.days[6].budget_minutes == 0
    assert dates[7] == dt.date(2026, 12, 7)  # week 2 starts Monday
    assert dates == sorted(set(dates))


def test_several_plans_are_consecutive_weeks() -> None:
    a = plan(day(1, Variant(hours=1, blocks=(block("x", 30),))), day(2), plan_id="a")
    b = plan(day(1, Variant(hours=1, blocks=(block("y", 30),))), plan_id="b")
    result = schedule([a, b], ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [(d.plan.id, d.day.number, d.date.day, d.week) for d in result.days] == [
        ("a", 1, 30, 0),
        ("a", 2, 1, 0),
        ("b", 1, 2, 1),
    ]
    assert [b.week for b in result.blocks] == [0, 1]


def test_days_follow_their_numbers_not_their_order_in_the_file() -> None:
    v = Variant(hours=1, blocks=(block("x", 30),))
    result = schedule(plan(day(2, v), day(1, v)), ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [(d.day.number, d.date.day) for d in result.days] == [(1, 30), (2, 1)]


def two_variants() -> Plan:
    four = Variant(hours=4, blocks=(block("Concepts", 60), block("DSA", 60)))
    six = Variant(hours=6, blocks=(block("Concepts", 60), block("DSA", 60), block("Extra", 60)))
    only_four = Variant(hours=4, blocks=(block("Review", 30),))
    return plan(day(1, four, six), day(2, only_four))


def test_hours_choose_the_variant_and_warn_when_missing() -> None:
    result = schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", hours=6))
    assert [d.variant.hours if d.variant else None for d in result.days] == [6, 4]
    assert result.warnings == ("p day 2 (2026-12-01) has no 6-hour plan; using its 4-hour plan",)


def test_default_hours_is_each_days_shortest_without_warning() -> None:
    result = schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [d.budget_minutes for d in result.days] == [240, 240]
    assert result.warnings == ()


def test_hours_by_weekday_override_the_default() -> None:
    tuesday_six = ScheduleOptions(
        start=MONDAY - dt.timedelta(days=6), tz="UTC", hours=4, hours_by_weekday={1: 6}
    )
    result = schedule(two_variants(), tuesday_six)  # Day 1 on a Tuesday
    assert result.days[0].variant is not None
    assert result.days[0].variant.hours == 6
    assert result.days[1].variant is not None
    assert result.days[1].variant.hours == 4


def test_fewer_hours_than_any_variant_uses_the_shortest_with_a_warning() -> None:
    result = schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", hours=2))
    assert [d.budget_minutes for d in result.days] == [240, 240]
    # Both days fall back the same way: one warning for the two, not one each.
    assert result.warnings == (
        "p days 1–2 (2026-11-30 to 2026-12-01) have no 2-hour plan; using their 4-hour plans",
    )


def test_fallback_warnings_are_grouped_by_plan_and_hours() -> None:
    four = Variant(hours=4, blocks=(block("A", 30),))
    six = Variant(hours=6, blocks=(block("A", 30),))
    week = plan(day(1, four), day(2, four), day(3, six), day(4, four), day(5, four, six))
    result = schedule(week, ScheduleOptions(start=MONDAY, tz="UTC", hours=5))
    assert result.warnings == (
        "p days 1–2, 4–5 (2026-11-30 to 2026-12-04) have no 5-hour plan; using their 4-hour plans",
        "p day 3 (2026-12-02) has no 5-hour plan; using its 6-hour plan",
    )


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("Europe/Berln", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("Berlin", "Europe/Berlin"),
        ("New York", "America/New_York"),
    ],
)
def test_a_mistyped_zone_suggests_the_closest_one(typo: str, meant: str) -> None:
    with pytest.raises(OptionsError) as caught:
        options_from_strings(tz=typo)
    assert str(caught.value) == f"--tz: unknown time zone {typo!r} (did you mean {meant}?)"


def test_a_zone_like_no_other_gets_the_plain_hint() -> None:
    with pytest.raises(OptionsError) as caught:
        options_from_strings(tz="Mars/Olympus")
    assert "(use an IANA name such as Europe/Berlin)" in str(caught.value)


def test_default_start_is_the_coming_monday() -> None:
    result = schedule(two_variants(), ScheduleOptions(tz="UTC"), today=dt.date(2026, 11, 26))
    assert result.days[0].date == MONDAY
    result = schedule(two_variants(), ScheduleOptions(tz="UTC"), today=MONDAY)
    assert result.days[0].date == MONDAY


# ---------------------------------------------------------------------------------------------
# Keys


def test_keys_come_from_plan_day_and_title() -> None:
    result = schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", hours=6))
    assert [b.key for b in result.blocks] == [
        "p.d1.concepts",
        "p.d1.dsa",
        "p.d1.extra",
        "p.d2.review",
    ]


def test_a_block_in_both_variants_has_one_key() -> None:
    four = schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", hours=4))
    six = schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", hours=6))
    assert {b.key for b in four.blocks} <= {b.key for b in six.blocks}


def test_duplicate_titles_get_distinct_keys() -> None:
    titles = ["Review", "Review", "Review 2", "review", "DSA"]
    result = schedule(
        one_day(*(block(t, 10) for t in titles)), ScheduleOptions(start=MONDAY, tz="UTC")
    )
    keys = [b.key for b in result.blocks]
    assert keys == ["p.d1.review", "p.d1.review~2", "p.d1.review-2", "p.d1.review~3", "p.d1.dsa"]


def test_the_same_plan_twice_gets_a_week_tag_on_the_second() -> None:
    p = one_day(block("a", 10))
    result = schedule([p, p, p], ScheduleOptions(start=MONDAY, tz="UTC"))
    assert [b.key for b in result.blocks] == ["p.d1.a", "p.w2.d1.a", "p.w3.d1.a"]


def test_block_keys_cover_every_variant() -> None:
    d = two_variants().day(1)
    keys = block_keys("p", d)
    assert keys[(0, 0)] == keys[(1, 0)] == "p.d1.concepts"
    assert keys[(1, 2)] == "p.d1.extra"


def test_plan_ids_that_collide_are_an_error() -> None:
    p = one_day(block("a", 10))
    clash = one_day(block("a", 10)).model_copy(update={"id": "p.w2"})
    with pytest.raises(OptionsError, match="share the key"):
        schedule([p, p, clash], ScheduleOptions(start=MONDAY, tz="UTC"))


def test_keys_do_not_depend_on_dates_or_durations() -> None:
    p = plan(
        day(1, Variant(hours=4, blocks=(block("a", 60, 90), block("b", 30, 45)))),
        day(2, Variant(hours=4, blocks=(block("a", 60, 90),))),
    )
    one = schedule(p, ScheduleOptions(start=MONDAY, tz="UTC", durations="min"))
    edited = p.model_copy(
        update={
            "days": (day(1, Variant(hours=4, blocks=(block("a", 50), block("b", 40)))), p.days[1])
        }
    )
    other = schedule(
        edited, ScheduleOptions(start=dt.date(2027, 3, 3), tz="Asia/Tokyo", durations="max")
    )
    assert [b.key for b in one.blocks] == [b.key for b in other.blocks]


# ---------------------------------------------------------------------------------------------
# Time zones and daylight saving


@pytest.mark.parametrize(
    ("zone", "date", "before", "after"),
    [
        ("Europe/Berlin", dt.date(2026, 3, 29), 1, 2),  # 02:00 -> 03:00
        ("Europe/Berlin", dt.date(2026, 10, 25), 2, 1),  # 03:00 -> 02:00
        ("America/New_York", dt.date(2026, 3, 8), -5, -4),  # 02:00 -> 03:00
        ("America/New_York", dt.date(2026, 11, 1), -4, -5),  # 02:00 -> 01:00
    ],
)
def test_minutes_are_elapsed_minutes_across_a_dst_change(
    zone: str, date: dt.date, before: int, after: int
) -> None:
    # A block from 01:00 to 04:00 wall-clock spans the changed hour on every one of these dates.
    p = one_day(block("long", 180), block("next", 30), hours=4)
    options = ScheduleOptions(start=date, tz=zone, day_start=dt.time(1, 0), break_minutes=0)
    result = schedule(p, options)
    long, after_block = result.days[0].blocks
    assert long.start.utcoffset() == dt.timedelta(hours=before)
    assert long.end.utcoffset() == dt.timedelta(hours=after)
    assert long.end.astimezone(UTC) - long.start.astimezone(UTC) == dt.timedelta(minutes=180)
    expected_end_hour = 1 + 3 + (after - before)
    assert (long.start.hour, long.end.hour) == (1, expected_end_hour)
    assert after_block.start == long.end
    assert after_block.end - after_block.start == dt.timedelta(minutes=30)


def test_day_bounds_are_wall_clock_on_both_sides_of_a_change() -> None:
    # Berlin spring forward: 09:00 is UTC+2 on the day, UTC+1 the day before.
    p = plan(
        day(1, Variant(hours=1, blocks=(block("a", 30),))),
        day(2, Variant(hours=1, blocks=(block("a", 30),))),
    )
    result = schedule(p, ScheduleOptions(start=dt.date(2026, 3, 28), tz="Europe/Berlin"))
    assert [clock(b) for b in result.blocks] == [("09:00", "09:30"), ("09:00", "09:30")]
    assert [b.start.utcoffset() for b in result.blocks] == [
        dt.timedelta(hours=1),
        dt.timedelta(hours=2),
    ]


def test_a_day_start_in_a_skipped_hour_reads_it_before_the_gap() -> None:
    # 02:30 does not exist on 29 March 2026 in Berlin; read with the offset before the gap it is
    # 03:30 CEST, as iCalendar reads such times.
    options = ScheduleOptions(
        start=dt.date(2026, 3, 29), tz="Europe/Berlin", day_start=dt.time(2, 30)
    )
    result = schedule(one_day(block("a", 30)), options)
    assert clock(result.blocks[0]) == ("03:30", "04:00")


def test_a_day_start_in_a_repeated_hour_is_its_first_occurrence() -> None:
    options = ScheduleOptions(
        start=dt.date(2026, 11, 1), tz="America/New_York", day_start=dt.time(1, 30)
    )
    result = schedule(one_day(block("a", 30)), options)
    assert result.blocks[0].start.utcoffset() == dt.timedelta(hours=-4)
    assert clock(result.blocks[0]) == ("01:30", "01:00")  # 30 minutes later the clock went back


def test_blocks_are_chronological_through_the_repeated_hour() -> None:
    # 02:00-02:40 CEST, 02:40 CEST-02:20 CET, 02:20-02:50 CET: by wall clock the third would sort
    # before the second.
    options = ScheduleOptions(
        start=dt.date(2026, 10, 25), tz="Europe/Berlin", day_start=dt.time(2, 0), break_minutes=0
    )
    p = one_day(block("a", 40), block("b", 40), block("c", 30))
    result = schedule(p, options)
    assert [b.block.title for b in result.blocks] == ["a", "b", "c"]
    assert [clock(b) for b in result.blocks] == [
        ("02:00", "02:40"),
        ("02:40", "02:20"),
        ("02:20", "02:50"),
    ]


def test_a_day_end_in_a_skipped_hour_ends_before_the_gap() -> None:
    options = ScheduleOptions(
        start=dt.date(2026, 3, 29),
        tz="Europe/Berlin",
        day_start=dt.time(0, 0),
        day_end=dt.time(2, 30),
        break_minutes=0,
    )
    result = schedule(one_day(block("a", 90), block("b", 1)), options)
    assert clock(result.blocks[0]) == ("00:00", "01:30")
    assert [u.block.title for u in result.unplaced] == ["b"]


def test_a_day_end_in_a_repeated_hour_is_its_first_occurrence() -> None:
    # 02:30 happens twice on 25 October 2026 in Berlin; the day ends at the first.
    options = ScheduleOptions(
        start=dt.date(2026, 10, 25),
        tz="Europe/Berlin",
        day_start=dt.time(1, 0),
        day_end=dt.time(2, 30),
        break_minutes=0,
    )
    result = schedule(one_day(block("a", 90), block("b", 1)), options)
    assert [b.block.title for b in result.blocks] == ["a"]
    assert result.blocks[0].end.utcoffset() == dt.timedelta(hours=2)
    assert [u.block.title for u in result.unplaced] == ["b"]


def test_unknown_zone_is_an_options_error() -> None:
    with pytest.raises(OptionsError, match="unknown time zone 'Mars/Olympus'"):
        schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="Mars/Olympus"))
    with pytest.raises(OptionsError, match="--tz: unknown time zone"):
        options_from_strings(tz="Europe/Nowhere", today=MONDAY)


def test_system_zone_reads_tz_then_falls_back_to_a_valid_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    assert system_zone() == "America/New_York"
    monkeypatch.setenv("TZ", ":Europe/Berlin")
    assert system_zone() == "Europe/Berlin"
    monkeypatch.setenv("TZ", "NOT-A-ZONE")
    ZoneInfo(system_zone())  # whatever the machine has, the name is one zoneinfo knows


# ---------------------------------------------------------------------------------------------
# Fitting into the day, busy time


def test_blocks_that_do_not_fit_and_every_later_one_are_unplaced() -> None:
    p = one_day(block("a", 120), block("b", 120), block("c", 10), hours=6)
    options = ScheduleOptions(start=MONDAY, tz="UTC", day_end=dt.time(12, 0))
    result = schedule(p, options)
    assert [b.block.title for b in result.blocks] == ["a"]
    assert [(u.block.title, u.minutes, u.key) for u in result.unplaced] == [
        ("b", 120, "p.d1.b"),
        ("c", 10, "p.d1.c"),
    ]
    assert str(result.unplaced[0]) == 'p day 1 (2026-11-30): "b" (120 min) does not fit'


def test_a_block_ending_exactly_at_day_end_fits() -> None:
    options = ScheduleOptions(start=MONDAY, tz="UTC", day_end=dt.time(10, 0))
    result = schedule(one_day(block("a", 60)), options)
    assert times(result) == [("09:00", "10:00")]


def test_blocks_keep_a_break_away_from_busy_time() -> None:
    busy = (
        BusyInterval(
            start=dt.datetime(2026, 11, 30, 10, 0, tzinfo=BERLIN),
            end=dt.datetime(2026, 11, 30, 11, 0, tzinfo=BERLIN),
        ),
    )
    p = one_day(block("a", 50), block("b", 60), block("c", 30))
    result = schedule(p, ScheduleOptions(start=MONDAY, tz="Europe/Berlin", busy=busy))
    # "a" ends 09:50, a break before 10:00; "b" cannot fit before, so it starts 11:10.
    assert times(result) == [("09:00", "09:50"), ("11:10", "12:10"), ("12:20", "12:50")]


def test_naive_busy_intervals_are_read_in_the_schedule_zone() -> None:
    busy = (
        BusyInterval(start=dt.datetime(2026, 11, 30, 9, 0), end=dt.datetime(2026, 11, 30, 9, 30)),
    )
    result = schedule(
        one_day(block("a", 30)), ScheduleOptions(start=MONDAY, tz="America/New_York", busy=busy)
    )
    assert times(result) == [("09:40", "10:10")]


def test_busy_time_filling_the_day_leaves_the_blocks_unplaced() -> None:
    busy = (
        BusyInterval(
            start=dt.datetime(2026, 11, 30, 8, 0, tzinfo=UTC),
            end=dt.datetime(2026, 11, 30, 20, 0, tzinfo=UTC),
        ),
    )
    options = ScheduleOptions(start=MONDAY, tz="UTC", busy=busy)
    result = schedule(one_day(block("a", 60), block("b", 10)), options)
    assert result.blocks == ()
    assert [u.block.title for u in result.unplaced] == ["a", "b"]


class _Source:
    """A busy source that records the windows it is asked for."""

    def __init__(self) -> None:
        self.windows: list[tuple[dt.datetime, dt.datetime, dt.tzinfo]] = []

    def intervals(
        self, start: dt.datetime, end: dt.datetime, *, tz: dt.tzinfo
    ) -> list[BusyInterval]:
        self.windows.append((start, end, tz))
        return [
            BusyInterval(start=dt.datetime(2026, 12, 1, 9, 0), end=dt.datetime(2026, 12, 1, 12, 0))
        ]


def test_busy_sources_are_asked_for_the_schedules_window() -> None:
    source = _Source()
    p = plan(*(day(n, Variant(hours=1, blocks=(block("a", 30),))) for n in (1, 2, 3)))
    result = schedule(p, ScheduleOptions(start=MONDAY, tz="Europe/Berlin", busy=(source,)))
    ((start, end, tz),) = source.windows
    # The days' bounds widened by a break: time just outside a day still needs its break.
    assert start == dt.datetime(2026, 11, 30, 8, 50, tzinfo=BERLIN)
    assert end == dt.datetime(2026, 12, 2, 21, 10, tzinfo=BERLIN)
    assert tz == BERLIN
    assert [clock(b) for b in result.blocks] == [
        ("09:00", "09:30"),
        ("12:10", "12:40"),
        ("09:00", "09:30"),
    ]


# ---------------------------------------------------------------------------------------------
# Options from strings


def test_options_from_strings_reads_every_option() -> None:
    options = options_from_strings(
        start="next monday",
        tz="America/New_York",
        hours="4,sat-sun=6",
        day_start="8:30",
        day_end="18:00",
        durations="MID",
        break_minutes=5,
        rest="sun",
        busy=None,
        today=MONDAY,
    )
    assert options == ScheduleOptions(
        start=dt.date(2026, 12, 7),
        tz="America/New_York",
        hours=4,
        hours_by_weekday={5: 6, 6: 6},
        day_start=dt.time(8, 30),
        day_end=dt.time(18, 0),
        durations="mid",
        break_minutes=5,
        rest=frozenset({6}),
    )


def test_options_default_start_is_the_coming_monday() -> None:
    assert options_from_strings(tz="UTC", today=dt.date(2026, 11, 26)).start == MONDAY
    assert options_from_strings(tz="UTC", today=MONDAY).start == MONDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-30", MONDAY),
        ("today", dt.date(2026, 11, 26)),
        ("tomorrow", dt.date(2026, 11, 27)),
        ("Thursday", dt.date(2026, 11, 26)),
        ("next thursday", dt.date(2026, 12, 3)),
        ("monday", MONDAY),
        ("next mon", MONDAY),
        ("sat", dt.date(2026, 11, 28)),
        ("30 Nov 2026", MONDAY),
        ("Dec 7", dt.date(2026, 12, 7)),
    ],
)
def test_parse_start(text: str, expected: dt.date) -> None:
    assert parse_start(text, today=dt.date(2026, 11, 26)) == expected  # a Thursday


def test_coming_monday() -> None:
    assert [coming_monday(MONDAY + dt.timedelta(days=i)).day for i in range(8)] == [30] + [7] * 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4", (4.0, {})),
        ("4.5", (4.5, {})),
        ("4,sat-sun=6", (4.0, {5: 6.0, 6: 6.0})),
        ("mon-fri=4,sat=6,sun=6", (None, {0: 4.0, 1: 4.0, 2: 4.0, 3: 4.0, 4: 4.0, 5: 6.0, 6: 6.0})),
        ("fri-mon=6", (None, {4: 6.0, 5: 6.0, 6: 6.0, 0: 6.0})),
        ("Saturday=6, 4", (4.0, {5: 6.0})),
    ],
)
def test_parse_hours(text: str, expected: tuple[float | None, dict[int, float]]) -> None:
    assert parse_hours(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty entry"),
        ("four", "no positive number"),
        ("0", "no positive number"),
        ("4,6", "default hours twice"),
        ("=6", "names no weekdays"),
        ("sat=6,sat-sun=4", "saturday is given twice"),
        ("funday=6", "unknown weekday 'funday'"),
        ("t=6", "unknown weekday"),
        ("sat=nan", "no positive number"),
    ],
)
def test_parse_hours_errors(text: str, reason: str) -> None:
    with pytest.raises(OptionsError, match=reason):
        parse_hours(text)


def test_parse_weekdays() -> None:
    assert parse_weekdays("sun") == {6}
    assert parse_weekdays("Sat, SUN") == {5, 6}
    assert parse_weekdays("mon-wed,fr") == {0, 1, 2, 4}
    assert parse_weekdays("none") == frozenset()


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"start": "someday soon"}, "--start: cannot read the date 'someday soon'"),
        ({"tz": "Nowhere"}, "--tz: unknown time zone 'Nowhere'"),
        ({"hours": "x"}, "--hours: 'x' has no positive number of hours"),
        ({"day_start": "9am"}, "--day-start: cannot read the time '9am'"),
        ({"day_end": "25:00"}, "--day-end: cannot read the time '25:00'"),
        ({"day_start": "12:00", "day_end": "11:00"}, "--day-end 11:00 is not after --day-start"),
        ({"durations": "most"}, "--durations: unknown policy 'most'"),
        ({"break_minutes": -1}, "--break: -1 is negative"),
        ({"rest": "mon-sun"}, "--rest: every weekday is a rest day"),
        ({"rest": "holiday"}, "--rest: unknown weekday 'holiday'"),
    ],
)
def test_bad_options_are_one_line_options_errors(kwargs: dict[str, object], reason: str) -> None:
    with pytest.raises(OptionsError) as caught:
        options_from_strings(**{"tz": "UTC", "today": MONDAY, **kwargs})  # type: ignore[arg-type]
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)
    assert caught.value.exit_code == 2


def test_schedule_checks_options_built_in_python() -> None:
    with pytest.raises(OptionsError, match="not after"):
        schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", day_end=dt.time(8)))
    with pytest.raises(OptionsError, match="no plans"):
        schedule([], ScheduleOptions(start=MONDAY, tz="UTC"))


def test_importing_the_scheduler_stays_light() -> None:
    code = (
        "import sys, planexport.scheduling, planexport.cli; "
        "heavy = {'icalendar', 'recurring_ical_events', 'rich'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------------------------------------
# Properties over random plans and options

TITLES = ["Concepts", "DSA", "Review", "Review 2", "review", "Ünïcode", "日本語", "A-b", "a b"]
ZONES = ["Europe/Berlin", "America/New_York", "UTC", "Australia/Lord_Howe", "Asia/Kolkata"]
DST_DATES = [
    dt.date(2026, 3, 8),
    dt.date(2026, 3, 29),
    dt.date(2026, 10, 25),
    dt.date(2026, 11, 1),
    dt.date(2026, 4, 5),
    dt.date(2026, 10, 4),
]


@st.composite
def blocks_st(draw: st.DrawFn) -> Block:
    low = draw(st.integers(5, 150))
    high = low + draw(st.sampled_from([0, 0, 1, 15, 30, 90]))
    return block(draw(st.sampled_from(TITLES)), low, high)


@st.composite
def days_st(draw: st.DrawFn, number: int) -> Day:
    if draw(st.integers(0, 6)) == 0:
        return day(number)  # a rest day
    hours = draw(st.lists(st.sampled_from([1, 2, 3, 4, 6, 8]), min_size=1, max_size=3, unique=True))
    variants = [
        Variant(hours=h, blocks=tuple(draw(st.lists(blocks_st(), max_size=6)))) for h in hours
    ]
    return day(number, *variants, focus=draw(st.sampled_from([None, "focus"])))


@st.composite
def plans_st(draw: st.DrawFn) -> Plan:
    count = draw(st.integers(1, 7))
    days = [draw(days_st(n)) for n in range(1, count + 1)]
    return plan(*days, plan_id=draw(st.sampled_from(["go", "py"])))


@st.composite
def options_st(draw: st.DrawFn) -> ScheduleOptions:
    start = draw(
        st.one_of(st.sampled_from(DST_DATES), st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)))
    )
    begin = draw(st.integers(0, 14 * 60))
    end = draw(st.integers(begin + 1, 24 * 60 - 1))
    hours = draw(st.sampled_from([None, 2.0, 4.0, 6.0]))
    by_weekday = draw(
        st.dictionaries(st.integers(0, 6), st.sampled_from([1.0, 4.0, 6.0]), max_size=3)
    )
    rest = draw(st.frozensets(st.integers(0, 6), max_size=6))
    busy_specs = draw(
        st.lists(
            st.tuples(st.integers(-1, 30), st.integers(0, 24 * 60), st.integers(0, 300)), max_size=8
        )
    )
    tz = draw(st.sampled_from(ZONES))
    zone = ZoneInfo(tz)
    busy = tuple(
        BusyInterval(
            start=(
                at := dt.datetime.combine(start, dt.time(), tzinfo=zone)
                + dt.timedelta(days=d, minutes=m)
            ),
            end=at + dt.timedelta(minutes=length),
        )
        for d, m, length in busy_specs
    )
    return ScheduleOptions(
        start=start,
        tz=tz,
        hours=hours,
        hours_by_weekday=by_weekday,
        day_start=dt.time(begin // 60, begin % 60),
        day_end=dt.time(end // 60, end % 60),
        durations=draw(st.sampled_from(["min", "max", "mid", "fit"])),
        break_minutes=draw(st.integers(0, 30)),
        rest=rest,
        busy=busy,
    )


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _instants(day: dt.date, time: dt.time, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """Both readings (fold 0 and 1) of a wall-clock time in `zone`, in UTC."""
    local = dt.datetime.combine(day, time, tzinfo=zone)
    return local.astimezone(UTC), local.replace(fold=1).astimezone(UTC)


@PROPERTY
@given(st.lists(plans_st(), min_size=1, max_size=3), options_st())
def test_property_no_overlaps_and_within_bounds(
    plans: list[Plan], options: ScheduleOptions
) -> None:
    result = schedule(plans, options)
    zone = ZoneInfo(result.tz)
    gap = dt.timedelta(minutes=options.break_minutes)
    # Compare instants in UTC: aware datetimes sharing a zone compare by wall clock.
    spans = [(b.start.astimezone(UTC), b.end.astimezone(UTC), b) for b in result.blocks]
    assert [b for _, _, b in sorted(spans, key=lambda s: s[0])] == list(result.blocks)
    for (_, earlier_end, earlier), (later_start, _, later) in itertools.pairwise(spans):
        assert earlier_end <= later_start
        if earlier.date == later.date:
            assert earlier_end + gap <= later_start
    for start_utc, end_utc, b in spans:
        start, end = b.start.astimezone(zone), b.end.astimezone(zone)
        assert start.date() == b.date == end.date()
        # Within the day's hours as instants: on the night clocks go back, 02:00-03:00 comes
        # twice, and a block may start at the second 02:00 after a day that began at 02:24.
        first, last = (
            _instants(b.date, options.day_start, zone),
            _instants(b.date, options.day_end, zone),
        )
        assert min(first) <= start_utc
        assert end_utc <= max(last)
        assert end_utc - start_utc == dt.timedelta(minutes=b.minutes)
        for busy in options.busy:
            assert isinstance(busy, BusyInterval)
            busy_start, busy_end = busy.start.astimezone(UTC), busy.end.astimezone(UTC)
            assert end_utc + gap <= busy_start or busy_end + gap <= start_utc


@PROPERTY
@given(st.lists(plans_st(), min_size=1, max_size=3), options_st())
def test_property_minutes_within_range(plans: list[Plan], options: ScheduleOptions) -> None:
    result = schedule(plans, options)
    for d in result.days:
        pairs = [(b.block, b.minutes) for b in d.blocks] + [
            (u.block, u.minutes) for u in d.unplaced
        ]
        for blk, minutes in pairs:
            assert blk.min_minutes <= minutes <= blk.max_minutes
            if options.durations == "min":
                assert minutes == blk.min_minutes
            elif options.durations == "max":
                assert minutes == blk.max_minutes
            elif options.durations == "mid":
                assert minutes == -(-(blk.min_minutes + blk.max_minutes) // 2)
        if options.durations == "fit" and d.variant is not None:
            _check_fit(d, [m for _, m in pairs], options.break_minutes)


def _check_fit(d: ScheduledDay, minutes: list[int], break_minutes: int) -> None:
    assert d.variant is not None
    breaks = break_minutes * max(len(minutes) - 1, 0)
    lows = d.variant.min_minutes
    highs = d.variant.max_minutes
    assert d.budget_minutes == round(d.variant.hours * 60)
    if d.budget_minutes == highs:
        # A length that is only the blocks' longest sum leaves the breaks out of the budget.
        assert d.over_budget == (sum(minutes) > d.budget_minutes)
    else:
        assert d.over_budget == (lows + breaks > d.budget_minutes)
    if lows + breaks >= d.budget_minutes:
        assert sum(minutes) == lows
    else:
        assert sum(minutes) == min(d.budget_minutes - breaks, highs)


@PROPERTY
@given(st.lists(plans_st(), min_size=1, max_size=3), options_st())
def test_property_order_kept_and_nothing_dropped(
    plans: list[Plan], options: ScheduleOptions
) -> None:
    result = schedule(plans, options)
    assert [(d.plan, d.day.number) for d in result.days] == [
        (p, dd.number) for p in plans for dd in sorted(p.days, key=lambda x: x.number)
    ]
    dates = [d.date for d in result.days]
    assert dates == sorted(set(dates))
    assert options.start is not None
    assert dates[0] >= options.start
    for d in result.days:
        expected = d.variant.blocks if d.variant is not None else ()
        assert tuple(b.block for b in d.blocks) + tuple(u.block for u in d.unplaced) == expected
        starts = [b.start.astimezone(UTC) for b in d.blocks]
        assert starts == sorted(starts)
        if d.variant is not None and d.variant.blocks:
            assert d.date.weekday() not in options.rest
    keys = [b.key for b in result.blocks] + [u.key for u in result.unplaced]
    assert len(keys) == len(set(keys))


@PROPERTY
@given(
    st.lists(plans_st(), min_size=1, max_size=3),
    options_st(),
    st.dates(dt.date(2026, 1, 1), dt.date(2028, 1, 1)),
    st.sampled_from(["min", "max", "mid", "fit"]),
)
def test_property_keys_ignore_start_and_durations(
    plans: list[Plan], options: ScheduleOptions, other_start: dt.date, other_policy: str
) -> None:
    # Which variant a day uses may depend on its weekday; keys must not depend on anything else.
    assume(not options.hours_by_weekday)
    first = schedule(plans, options)
    moved = ScheduleOptions(
        start=other_start,
        tz="Pacific/Auckland",
        hours=options.hours,
        durations=other_policy,  # type: ignore[arg-type]
        day_end=dt.time(9, 30),
        rest=frozenset({2}),
    )
    second = schedule(plans, moved)

    def keys(result: Schedule) -> list[list[str]]:
        return [[b.key for b in d.blocks] + [u.key for u in d.unplaced] for d in result.days]

    assert keys(first) == keys(second)


# ---------------------------------------------------------------------------------------------
# The CLI (needs the Markdown reader)

runner = CliRunner()
ARGS = ["--start", "2026-11-30", "--tz", "Europe/Berlin", "--hours", "4", "--durations", "min"]


def test_cli_show_schedule_json() -> None:
    result = runner.invoke(app, ["show", str(USER_PLAN), "--schedule", "--json", *ARGS])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data[:4] == [
        {
            "key": f"go.d1.{slug}",
            "plan": "go",
            "week": 1,
            "day": 1,
            "block": title,
            "start": f"2026-11-30T{start}:00+01:00",
            "end": f"2026-11-30T{end}:00+01:00",
            "minutes": minutes,
        }
        for slug, title, start, end, minutes in [
            ("concepts", "Concepts", "09:00", "10:00", 60),
            ("template-creation", "Template Creation", "10:10", "11:10", 60),
            ("dsa", "DSA", "11:20", "12:20", 60),
            ("review", "Review", "12:30", "13:00", 30),
        ]
    ]
    assert [d["start"] for d in data] == sorted(d["start"] for d in data)


def test_cli_start_is_the_date_of_day_one() -> None:
    # A Wednesday, neither the default start (the coming Monday) nor a week after it.
    args = [*ARGS[2:], "--start", "2026-12-02"]
    result = runner.invoke(app, ["show", str(USER_PLAN), "--schedule", "--json", *args])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data[0]["key"], data[0]["start"]) == ("go.d1.concepts", "2026-12-02T09:00:00+01:00")
    assert data[-1]["start"].startswith("2026-12-08T")


def test_cli_show_schedule_table() -> None:
    result = runner.invoke(app, ["show", str(USER_PLAN), "--schedule", *ARGS])
    assert result.exit_code == 0, result.output
    assert "Mon 30 Nov 2026" in result.stdout
    assert "09:00–10:00" in result.stdout
    assert "Template Creation" in result.stdout
    assert "4h plan: 210 min study + 30 min breaks" in result.stdout


def test_cli_unplaced_blocks_go_to_stderr_and_strict_exits_1() -> None:
    args = ["show", str(USER_PLAN), "--schedule", *ARGS, "--day-end", "11:00"]
    loose = runner.invoke(app, args)
    assert loose.exit_code == 0
    assert 'not scheduled: go day 1 (2026-11-30): "DSA" (60 min) does not fit' in loose.stderr
    strict = runner.invoke(app, [*args, "--strict"])
    assert strict.exit_code == 1
    assert "did not fit (--strict)" in strict.stderr


def test_cli_bad_option_exits_2_with_one_line() -> None:
    result = runner.invoke(app, ["show", str(USER_PLAN), "--schedule", "--tz", "Mars/Olympus"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "planexport: --tz: unknown time zone 'Mars/Olympus' "
        "(use an IANA name such as Europe/Berlin)"
    ]


def test_skipped_day_numbers_are_rest_days_that_take_a_date() -> None:
    def day(number: int) -> Day:
        block = Block(title="Study", min_minutes=60, max_minutes=60)
        return Day(number=number, title=f"D{number}", variants=(Variant(hours=1, blocks=(block,)),))

    gaps = Plan(id="gaps", title="Gaps", days=(day(1), day(2), day(4)))
    later = Plan(id="later", title="Week 2", days=(day(8), day(9)))
    result = schedule([gaps, later], ScheduleOptions(start=dt.date(2026, 11, 30), tz="UTC"))
    dates = [(d.plan.id, d.day.number, d.date.isoformat()) for d in result.days]
    assert dates == [
        ("gaps", 1, "2026-11-30"),
        ("gaps", 2, "2026-12-01"),
        ("gaps", 4, "2026-12-03"),
        # The next plan starts the day after, whatever its first day's number.
        ("later", 8, "2026-12-04"),
        ("later", 9, "2026-12-05"),
    ]


def test_the_library_names_fields_and_the_command_line_words_them_as_flags() -> None:
    from planexport.options import worded

    with pytest.raises(OptionsError) as caught:
        schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=-5))
    assert caught.value.option == "break_minutes"
    assert str(caught.value) == "break_minutes: -5 is negative"
    assert str(worded(caught.value)) == "--break: -5 is negative"
    with pytest.raises(OptionsError) as caught:
        schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="UTC", day_end=dt.time(8)))
    assert str(worded(caught.value)) == "--day-end 08:00 is not after --day-start 09:00"
    with pytest.raises(OptionsError) as caught:
        schedule(two_variants(), ScheduleOptions(start=MONDAY, tz="Mars/Olympus"))
    assert str(worded(caught.value)).startswith("--tz: unknown time zone 'Mars/Olympus'")


def test_blocks_on_the_night_clocks_go_back_run_on_through_the_repeated_hour() -> None:
    # Europe/Berlin, 2026-10-25: at 03:00 summer time the clocks go back to 02:00. A day from
    # 02:24 to 03:00 holds 96 minutes; its blocks follow each other in real time.
    options = ScheduleOptions(
        start=dt.date(2026, 10, 25),
        tz="Europe/Berlin",
        day_start=dt.time(2, 24),
        day_end=dt.time(3, 0),
        durations="min",
        break_minutes=0,
    )
    result = schedule(
        one_day(block("Concepts", 5), block("Practice", 31), block("Review", 5), hours=1), options
    )
    spans = [(b.start.astimezone(UTC), b.end.astimezone(UTC)) for b in result.blocks]
    assert [(f"{s:%H:%M}", f"{e:%H:%M}") for s, e in spans] == [
        ("00:24", "00:29"),
        ("00:29", "01:00"),
        ("01:00", "01:05"),
    ]
    assert not result.unplaced
