"""Exam timetables: a daily structure above dated last days that time nothing, a cell that
turns with the weekday (`Mon/Wed: …` over `|  |  | Tue/Thu: … |`), a countdown table of
`Day -3` … `Day -1` rows that numbers no day, and a bold label before a length in a bracket
with words after it (`**Written Part:** 4 questions (4 hours with short breaks)`)."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days, pinned, warnings

PLANS = DATA / "exam_timetables"


def _notes(path: str) -> list[tuple[str | None, list[str | None]]]:
    """Each day's weekday and its blocks' notes."""
    plan = read_plan(PLANS / path).plan
    return [(d.weekday, [b.note for v in d.variants for b in v.blocks]) for d in plan.days]


def test_a_daily_structure_is_the_plan_when_the_dated_days_below_it_time_nothing() -> None:
    result = read_plan(PLANS / "daily-structure-then-dated-last-days.md")
    assert days(result.plan) == [(None, None, "Pharmacy Licensing Exam Plan")]
    assert pinned(result.plan, 0) == [
        ("Pharmacology (flashcards + notes)", 90, "07:00"),
        ("Calculations (dosage drills)", 90, "09:00"),
        ("Law and ethics (case questions)", 120, "16:00"),
    ]
    assert result.plan.days[0].variants[0].hours == 5
    assert warnings(result) == [
        '13: lines 13-16: a calendar of date ranges ("Mar 2–15", …) with no time or length:'
        " not read as days",
        "20: a table of dated rows with no time or length: not read as days",
    ]


def test_dated_days_with_times_of_their_own_stay_the_days() -> None:
    result = read_plan(PLANS / "dated-last-days-with-a-time.md")
    assert days(result.plan) == [
        ("thu", dt.date(2027, 4, 8), "Apr 8, 2027"),
        ("fri", dt.date(2027, 4, 9), "Apr 9, 2027"),
    ]
    assert pinned(result.plan, 0) == [("Full practice paper", 180, "09:00")]
    assert warnings(result) == ["5: lines 5-8: a table in no day, not read"]


def test_rows_under_a_timed_row_give_its_cell_for_other_weekdays() -> None:
    result = read_plan(PLANS / "weekday-turn-rows.md")
    assert [d for d, _ in day_blocks(result.plan)] == ["mon", "tue", "wed", "thu", "fri"]
    assert pinned(result.plan, 0) == [
        ("History", 90, "17:30"),
        ("Biology", 90, "19:15"),
        ("Mixed recap", 45, "20:45"),
    ]
    recap = "Any chapter from the week"
    assert _notes("weekday-turn-rows.md") == [
        ("mon", ["Source essays", "Genetics", recap]),
        ("tue", ["Timeline drills", "Ecology", recap]),
        ("wed", ["Source essays", "Genetics", recap]),
        ("thu", ["Timeline drills", None, recap]),
        ("fri", [None, "Ecology", recap]),
    ]
    assert warnings(result) == []


def test_a_cell_for_some_weekdays_is_no_note_of_the_others() -> None:
    assert _notes("weekday-turn-one-line.md") == [
        ("mon", ["Consolidation", None]),
        ("tue", ["Consolidation", None]),
        ("wed", [None, "Case studies"]),
    ]


def test_a_day_without_a_weekday_keeps_every_turn_of_its_cell() -> None:
    result = read_plan(PLANS / "turn-note-on-a-numbered-day.md")
    assert pinned(result.plan, 0) == [("Audit", 90, "09:00")]
    assert _notes("turn-note-on-a-numbered-day.md") == [
        (None, ["Mon/Thu: Risk questions\nTue/Fri: Sampling"])
    ]


def test_days_counted_down_to_the_exam_are_no_focus_of_the_numbered_days() -> None:
    result = read_plan(PLANS / "countdown-day-table.md")
    assert [d.focus for d in result.plan.days] == [None]
    assert pinned(result.plan, 0) == [
        ("Probability drills", 120, "06:00"),
        ("Formula review", 60, "19:00"),
    ]
    assert warnings(result) == []


def test_words_after_a_length_in_its_bracket_stay_in_the_title_after_a_bold_label() -> None:
    result = read_plan(PLANS / "bold-label-length-bracket-with-words.md")
    plan = result.plan
    assert days(plan) == [("sat", None, "Mock Exam Day")]
    assert pinned(plan, 0) == [
        ("✍️ Written Part: 4 questions (with short breaks)", 240, None),
        ("📝 Multiple choice set (timed)", 120, None),
        ("📚 Mark the answers", 60, None),
    ]
    blocks = [b for v in plan.days[0].variants for b in v.blocks]
    assert [(b.session, b.note) for b in blocks] == [
        (None, None),
        ("Afternoon", None),
        ("Evening", None),
    ]
    assert warnings(result) == []


def test_a_meal_joined_to_relaxation_is_a_gap_and_a_meal_joined_to_study_a_block() -> None:
    result = read_plan(PLANS / "meal-and-relaxation-row.md")
    assert [d for d, _ in day_blocks(result.plan)] == ["mon", "tue", "wed", "thu", "fri"]
    assert pinned(result.plan, 0) == [
        ("Study Session 1 (Organic chemistry)", 90, "14:30"),
        ("Snack and flashcards", 60, "16:30"),
    ]
    assert warnings(result) == []
