"""Weekday headings that say they are that day's schedule: `## Monday Schedule`,
`### Wednesday's Routine`, `## Friday Schedule (Light Day)`."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "weekday_schedule_headings"


def test_weekday_schedule_headings_over_tables_are_those_weekdays() -> None:
    result = read_plan(PLANS / "en-weekday-schedule-tables.md")
    plan = result.plan
    assert [(w, t) for w, _, t in days(plan)] == [
        ("mon", "Monday"),
        ("tue", "Tuesday"),
        ("fri", "Light Day"),  # the bracket after "Schedule" is the day's title
        ("sat", "Saturday"),
    ]
    # the break row is a gap between the blocks, not a block
    assert pinned(plan, 0) == [("Math", 45, "09:00"), ("Spelling", 30, "10:00")]
    assert pinned(plan, 1) == [("Math", 45, "09:00"), ("Nature Study", 60, "10:00")]
    assert pinned(plan, 2) == [("Poetry", 30, "09:00")]
    assert plan.days[3].variants == ()  # no lessons: a day with nothing timed
    assert warnings(result) == []


def test_possessive_routine_and_plan_headings_are_weekdays() -> None:
    result = read_plan(PLANS / "en-weekday-possessive-routine-lists.md")
    plan = result.plan
    assert [w for w, _, _ in days(plan)] == ["mon", "wed", "thu"]
    assert pinned(plan, 0) == [("Chemistry problem set", 60, "16:00"), ("Flashcards", 30, "17:15")]
    assert pinned(plan, 1) == [("History essay draft", 90, "16:00")]
    assert pinned(plan, 2) == [("Piano practice", 60, "18:00")]
    assert warnings(result) == []


def test_a_weekday_before_another_word_stays_a_block_title() -> None:
    plan = read_plan(PLANS / "en-weekday-word-not-a-kind.md").plan
    assert [(w, t) for w, _, t in days(plan)] == [(None, "Fractions"), (None, "Decimals")]
    assert pinned(plan, 0) == [("Fraction strips", 30, None), ("Sunday Planning Session", 20, None)]


def test_a_file_title_naming_the_weekday_adds_no_second_day() -> None:
    result = read_plan(PLANS / "en-title-timetable-over-its-day.md")
    plan = result.plan
    assert [(w, t) for w, _, t in days(plan)] == [("wed", "Wednesday")]
    assert pinned(plan, 0) == [("Latin", 60, "09:00"), ("Geography", 45, "10:15")]
    assert warnings(result) == []
