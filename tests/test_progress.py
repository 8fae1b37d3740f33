"""Progress through a schedule: states, minutes per day and week, what is left, the streak."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from planexport.errors import OptionsError
from planexport.progress import Done, parse_now, progress_json, progress_lines, progress_of
from planexport.reader import load
from planexport.scheduling import Schedule, ScheduleOptions, schedule
from tests.paths import DATA

LIVING = DATA / "living"
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = dt.date(2026, 11, 30)


def tiny() -> Schedule:
    plan = load(LIVING / "three-days-done.yaml")
    return schedule(plan, ScheduleOptions(start=MONDAY, tz="Europe/Berlin"))


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return (
        dt.datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)
        if day > 3
        else dt.datetime(2026, 12, day, hour, minute, tzinfo=BERLIN)
    )


def states(result: object) -> dict[str, str]:
    from planexport.progress import Progress

    assert isinstance(result, Progress)
    return {b.key: b.state for b in result.blocks}


def test_ticked_blocks_are_done_from_the_plan_and_the_rest_by_the_clock() -> None:
    result = progress_of(tiny(), now=at(1, 10, 30))  # Tue 1 Dec, during Practice
    assert states(result) == {
        "tiny.d1.read": "done",
        "tiny.d1.practice": "done",
        "tiny.d2.read": "done",
        "tiny.d2.practice": "today",
        "tiny.d4.read": "upcoming",
        "tiny.d4.practice": "upcoming",
    }
    assert {b.done.source for b in result.blocks if b.done is not None} == {"plan"}
    today = result.today
    assert today is not None
    assert today.date == dt.date(2026, 12, 1)
    assert [b.block.block.title for b in today.left] == ["Practice"]
    assert (today.planned_minutes, today.done_minutes) == (110, 60)


def test_a_block_that_ended_before_now_and_is_not_done_is_missed() -> None:
    result = progress_of(tiny(), now=at(1, 11, 0))  # Practice ends at 11:00 sharp
    assert states(result)["tiny.d2.practice"] == "missed"
    assert [b.key for b in result.missed] == ["tiny.d2.practice"]
    today = result.today
    assert today is not None
    assert today.left == ()


def test_minutes_per_day_and_week() -> None:
    result = progress_of(tiny(), now=at(3, 8))
    (week,) = result.weeks
    assert week.label == "Week 1 · Tiny Track"
    assert [(d.date.day, d.planned_minutes, d.done_minutes) for d in week.days] == [
        (30, 110, 110),
        (1, 110, 60),
        (2, 0, 0),
        (3, 110, 0),
    ]
    assert (week.planned_minutes, week.done_minutes) == (330, 170)
    assert [b.key for b in week.missed] == ["tiny.d2.practice"]


def test_the_streak_counts_kept_days_back_from_today_over_rest_days() -> None:
    # Tuesday under way: Monday was kept, today breaks nothing yet.
    assert progress_of(tiny(), now=at(1, 10, 30)).streak == 1
    # Thursday: Tuesday missed a block, so the streak is broken (Wednesday is a rest day).
    assert progress_of(tiny(), now=at(3, 8)).streak == 0
    done = {"tiny.d2.practice": Done(source="todoist", at=at(1, 20))}
    assert progress_of(tiny(), done=done, now=at(3, 8)).streak == 2
    everything = {
        "tiny.d2.practice": Done(source="todoist"),
        "tiny.d4.read": Done(source="todoist"),
        "tiny.d4.practice": Done(source="todoist"),
    }
    assert progress_of(tiny(), done=everything, now=at(3, 12)).streak == 3


def test_before_the_schedule_starts_everything_is_upcoming_but_ticks() -> None:
    result = progress_of(tiny(), now=dt.datetime(2026, 11, 29, 12, tzinfo=BERLIN))
    assert {b.state for b in result.blocks if b.done is None} == {"upcoming"}
    assert result.today is None
    assert result.streak == 0


def test_a_source_with_a_time_wins_over_the_plans_tick() -> None:
    when = at(30, 9, 55)
    result = progress_of(
        tiny(), done={"tiny.d1.read": Done(source="todoist", at=when)}, now=at(1, 8)
    )
    first = result.blocks[0]
    assert (first.key, first.state, first.done) == (
        "tiny.d1.read",
        "done",
        Done(source="todoist", at=when),
    )


def test_json_has_one_object_per_block_with_state_and_source() -> None:
    when = at(1, 20, 5)
    rows = progress_json(
        progress_of(tiny(), done={"tiny.d2.practice": Done("todoist", when)}, now=at(3, 9, 30))
    )
    assert rows[0] == {
        "key": "tiny.d1.read",
        "plan": "tiny",
        "day": 1,
        "block": "Read",
        "start": "2026-11-30T09:00:00+01:00",
        "end": "2026-11-30T10:00:00+01:00",
        "minutes": 60,
        "state": "done",
        "done_at": None,
        "source": "plan",
    }
    assert rows[3]["done_at"] == "2026-12-01T20:05:00+01:00"
    assert rows[3]["source"] == "todoist"
    assert [(r["key"], r["state"], r["source"]) for r in rows[4:]] == [
        ("tiny.d4.read", "today", None),
        ("tiny.d4.practice", "today", None),
    ]


def test_json_plans_set_done_too() -> None:
    plan = load(LIVING / "three-days-done.json")
    week = schedule(plan, ScheduleOptions(start=MONDAY, tz="UTC"))
    rows = progress_json(
        progress_of(week, now=dt.datetime(2026, 11, 30, 23, tzinfo=dt.timezone.utc))
    )
    assert [(r["block"], r["state"]) for r in rows] == [("Read", "done"), ("Write", "missed")]


def test_lines_for_people_name_weeks_days_today_missed_and_streak() -> None:
    lines = progress_lines(progress_of(tiny(), now=at(1, 10, 30)))
    assert lines[0] == "As of Tue 1 Dec 2026 10:30 (Europe/Berlin)"
    assert "Week 1 · Tiny Track: 2 h 50 min of 5 h 30 min done" in lines
    assert "  Mon 30 Nov  [##########] 110/110 min  kept" in lines
    assert "  Tue 1 Dec   [#####-----]  60/110 min  1 left" in lines
    assert "  Wed 2 Dec   rest" in lines
    assert "Left today: 1 block, 50 min" in lines
    assert "  10:10–11:00  Practice" in lines
    assert lines[-1] == "Streak: 1 day kept"
    later = progress_lines(progress_of(tiny(), now=at(3, 8)))
    assert "Missed: 1 block (Tue 1 Dec)" in later
    assert later[-1] == "Streak: 0 days kept"


def test_a_naive_now_is_read_in_the_schedules_zone() -> None:
    result = progress_of(tiny(), now=dt.datetime(2026, 12, 1, 10, 30))
    assert result.now == at(1, 10, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-02T12:00", dt.datetime(2026, 12, 2, 12, tzinfo=BERLIN)),
        ("2026-12-02 12:00", dt.datetime(2026, 12, 2, 12, tzinfo=BERLIN)),
        ("2026-12-02", dt.datetime(2026, 12, 2, tzinfo=BERLIN)),
        ("2026-12-02T11:00Z", dt.datetime(2026, 12, 2, 12, tzinfo=BERLIN)),
        ("2026-12-02T12:00+00:00", dt.datetime(2026, 12, 2, 13, tzinfo=BERLIN)),
        ("Dec 2 2026 6pm", dt.datetime(2026, 12, 2, 18, tzinfo=BERLIN)),
    ],
)
def test_now_reads_iso_and_natural_times_in_the_zone(text: str, expected: dt.datetime) -> None:
    value = parse_now(text, tz="Europe/Berlin")
    assert value == expected
    assert value.utcoffset() == dt.timedelta(hours=1)


def test_now_that_is_no_time_is_a_usage_error() -> None:
    with pytest.raises(OptionsError, match=r"--now: cannot read the time 'soonish'"):
        parse_now("soonish", tz="UTC")
