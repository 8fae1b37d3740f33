"""Days as people write them in lines: `Mon: topic`, `**Monday**: topic - 2 hours`, code-block
timetables, dated days outside the weeks, a class time stated once in a sentence."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, days, pinned, warnings

LINES = DATA / "weekday-lines"


def read(name: str) -> ReadResult:
    return read_plan(LINES / name)


def lengths(result: ReadResult) -> list[tuple[str | None, str, int, int]]:
    return [(d.weekday, b.title, b.min_minutes, b.max_minutes) for d, b in blocks_of(result.plan)]


def test_short_weekday_lines_take_the_per_day_length_of_their_heading() -> None:
    result = read("short-names-per-day-heading.md")
    assert lengths(result) == [
        ("mon", "vocabulary cards", 45, 60),
        ("wed", "listening + shadowing", 45, 60),
        ("fri", "writing a short text", 45, 60),
    ]
    # The rule "after 24–48 hours" is no block: it is outside the days, and said so. The
    # heading's length is read (it is each day's), so it is not "in no day".
    assert warnings(result) == [
        '11: "Review old cards after 24–48 hours." is in no day: not read',
    ]


def test_bold_weekday_lines_with_a_length_after_a_dash_are_days_of_that_length() -> None:
    result = read("bold-label-dash-length.md")
    # The bracket stays in the title; what follows the length is a note of the day.
    assert lengths(result) == [
        ("mon", "Stage 1 (setup)", 120, 120),
        ("thu", "Stage 2 (routing)", 90, 90),
        ("sat", "Stage 3 (tests)", 180, 180),
    ]
    assert [d.notes for d in result.plan.days] == [(), ("morning",), ("recap",)]
    assert warnings(result) == []


def test_an_item_length_followed_by_a_part_of_the_day_keeps_its_bracketed_title() -> None:
    plan = read("item-length-then-part-of-day.md").plan
    block = plan.days[0].variants[0].blocks[0]
    assert (block.title, block.label, block.min_minutes, block.session) == (
        "Fase 2 (modelli)",
        None,
        90,
        "pomeriggio",
    )


def test_a_timetable_in_a_code_block_is_the_days_agenda() -> None:
    result = read("code-block-timetable.md")
    plan = result.plan
    assert days(plan) == [("tue", dt.date(2026, 3, 3), "Tuesday, March 3, 2026")]
    # The break is a gap; the heading's 5 hours are the timetable's sum, not a block more.
    assert pinned(plan, 0) == [
        ("Reading - chapter 2", 90, "07:30"),
        ("Exercises - sets", 120, "09:15"),
        ("Quiz practice", 90, "12:00"),
    ]
    assert [i.text for i in plan.days[0].variants[0].blocks[1].items] == ["(odd numbers only)"]
    assert warnings(result) == []


def test_start_times_in_a_code_block_are_an_agenda_of_starts() -> None:
    result = read("code-block-start-times.md")
    # 09:00, 10:00, 11:00: hourly starts, so the last lasts an hour like the ones before
    assert pinned(result.plan, 0) == [
        ("Reading", 60, "09:00"),
        ("Exercises", 60, "10:00"),
        ("Quiz", 60, "11:00"),
    ]
    assert warnings(result) == [
        '8: "Quiz" has a start time but no length: read as 60 min like the ones before'
    ]


def test_dated_days_under_a_heading_that_is_no_week_are_days_with_the_periods_year() -> None:
    result = read("dated-days-under-holiday-heading.md")
    assert [(d.weekday, d.date, d.week) for d in result.plan.days] == [
        ("sat", dt.date(2026, 3, 14), 1),
        ("sun", dt.date(2026, 3, 15), 1),
        ("thu", dt.date(2026, 3, 19), None),
        ("mon", dt.date(2026, 3, 23), 2),
    ]
    assert pinned(result.plan, 2) == [("Chemistry - acids", 70, None)]
    # The heading states the days' length: it is read, so no "not read" warning.
    assert warnings(result) == []


def test_a_class_time_stated_once_in_a_sentence_times_each_dated_row() -> None:
    # The sentence names Tuesdays and Thursdays; each dated row is a class at that time.
    result = read("class-time-in-a-sentence.md")
    assert [d.weekday for d in result.plan.days] == ["tue", "thu"]
    assert pinned(result.plan, 0) == [("Welcome and set-up", 120, "18:30")]
    assert pinned(result.plan, 1) == [("Variables", 120, "18:30")]
    assert warnings(result) == [
        "3: the class time 18:30–20:30 is read as the time of every dated class below"
    ]


def test_a_range_line_with_a_per_day_length_gives_its_weekday_bullets_that_length() -> None:
    result = read("range-line-over-weekday-bullets.md")
    plan = result.plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (3, "mon", "SQL joins"),
        (3, "tue", "Indexes (B-trees, hash)"),
        (3, "wed", "Transactions"),
        (3, "sat", "Saturday"),
    ]
    assert lengths(result) == [
        ("mon", "SQL joins", 120, 120),
        ("tue", "Indexes (B-trees, hash)", 120, 120),
        ("wed", "Transactions", 120, 120),
        ("sat", "Saturday", 300, 300),
    ]
    # A bullet's topic is its day's block, not an item of it; the long day keeps its bullets.
    assert [len(b.items) for d in plan.days for v in d.variants for b in v.blocks] == [0, 0, 0, 2]
    # The range line is read (its length is in the days): nothing is left over to warn about.
    assert warnings(result) == []
