"""Timetable entries led by a weekday and a span (`- Mon 6pm-8pm: Calculus`): a day per weekday."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, days, pinned, warnings

PLANS = DATA / "weekday_entries"


def test_each_entry_is_a_pinned_block_on_its_weekday_with_no_false_overlap() -> None:
    result = read_plan(PLANS / "en-evening-revision.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "Calculus", [("Calculus", 120, "18:00")]),
        (None, "tue", None, "Linear algebra", [("Linear algebra", 90, "18:00")]),
        (None, "wed", None, "Statistics", [("Statistics", 120, "19:00")]),
        (None, "sat", None, "Past papers", [("Past papers", 180, "10:00")]),
    ]
    assert warnings(result) == []


def test_two_entries_of_one_weekday_are_two_blocks_of_its_day() -> None:
    result = read_plan(PLANS / "en-two-on-one-weekday.md")
    assert days(result.plan) == [
        ("mon", None, "Calculus, Flashcards"),
        ("thu", None, "Mechanics"),
    ]
    assert pinned(result.plan, 0) == [("Calculus", 120, "18:00"), ("Flashcards", 60, "20:30")]
    assert warnings(result) == []


def test_spanish_entries_without_a_colon_read_the_same() -> None:
    plan = read_plan(PLANS / "es-lines-without-colon.md").plan
    assert days(plan) == [
        ("mon", None, "Cálculo"),
        ("wed", None, "Álgebra lineal"),
        ("sat", None, "Exámenes anteriores"),
    ]
    assert pinned(plan, 1) == [("Álgebra lineal", 90, "18:00")]


def test_german_two_letter_weekdays_with_bare_hours_and_uhr() -> None:
    plan = read_plan(PLANS / "de-bare-hours-uhr.md").plan
    assert [(d.weekday, pinned(plan, i)) for i, d in enumerate(plan.days)] == [
        ("mon", [("Mathe", 120, "18:00")]),
        ("tue", [("Englisch", 60, "17:00")]),
        ("thu", [("Physik", 90, "18:00")]),
    ]


def test_french_plain_lines_of_one_paragraph_are_entries_too() -> None:
    result = read_plan(PLANS / "fr-plain-lines.md")
    assert [(d.weekday, pinned(result.plan, i)) for i, d in enumerate(result.plan.days)] == [
        ("mon", [("Maths", 120, "18:00")]),
        ("wed", [("Philosophie", 120, "14:00")]),
        ("sat", [("Annales", 180, "09:00")]),
    ]
    assert dict(result.block_lines) == {(0, 0, 0): 3, (1, 0, 0): 4, (2, 0, 0): 5}


def test_italian_entries_one_a_paragraph() -> None:
    plan = read_plan(PLANS / "it-lines-in-paragraphs.md").plan
    assert days(plan) == [
        ("mon", None, "Analisi"),
        ("wed", None, "Fisica"),
        ("fri", None, "Chimica"),
    ]
    assert pinned(plan, 2) == [("Chimica", 90, "17:00")]


def test_a_portuguese_weekday_range_is_each_of_its_weekdays() -> None:
    plan = read_plan(PLANS / "pt-range-and-day.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "fri", "sat"]
    assert all(pinned(plan, i) == [("Cálculo", 120, "18:00")] for i in range(3))
    assert pinned(plan, 4) == [("Simulados", 180, "09:00")]


def test_a_date_after_the_weekday_dates_the_day() -> None:
    result = read_plan(PLANS / "nl-dated-entries.md")
    assert days(result.plan) == [
        ("mon", dt.date(2026, 12, 7), "Wiskunde"),
        ("tue", dt.date(2026, 12, 8), "Natuurkunde"),
        ("thu", dt.date(2026, 12, 10), "Scheikunde"),
    ]
    assert pinned(result.plan, 2) == [("Scheikunde", 90, "19:00")]
    assert warnings(result) == []


def test_weekday_slots_above_weekday_headings_stay_their_weekly_structure() -> None:
    plan = read_plan(PLANS / "en-structure-above-weekday-days.md").plan
    assert days(plan) == [("mon", None, "Monday"), ("wed", None, "Wednesday")]
    assert pinned(plan, 0) == [("Coding", 60, "10:30")]
    assert [i.text for i in plan.days[0].variants[0].blocks[0].items] == [
        "[ ] Re-solve two array problems"
    ]


def test_one_weekday_entry_beside_a_timetable_of_one_day_is_no_day() -> None:
    plan = read_plan(PLANS / "en-entries-beside-a-timetable.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [(None, "Day 1")]
    assert pinned(plan, 0) == [
        ("Gym", 60, "07:00"),
        ("Deep work", 210, "08:30"),
        ("Meetings", 240, "13:00"),
    ]


def test_weekday_lines_with_a_length_agree_with_the_timed_entries() -> None:
    plan = read_plan(PLANS / "en-lengths-agree.md").plan
    assert days(plan) == [
        ("mon", None, "Calculus"),
        ("tue", None, "Linear algebra"),
        ("sat", None, "Past papers"),
    ]
    assert pinned(plan, 0) == [("Calculus", 120, None)]


def test_an_untimed_weekday_beside_entries_is_a_rest_day_and_a_length_a_block() -> None:
    result = read_plan(PLANS / "en-rest-day-and-a-length.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "Calculus", [("Calculus", 120, "18:00")]),
        (None, "wed", None, "Mechanics", [("Mechanics", 60, "18:00")]),
        (None, "sat", None, "Past papers", [("Past papers", 180, None)]),
        (None, "sun", None, "Rest", []),
    ]


def test_bold_weekdays_before_their_spans_are_entries() -> None:
    plan = read_plan(PLANS / "pt-bold-weekday-lines.md").plan
    assert [(d.weekday, pinned(plan, i)) for i, d in enumerate(plan.days)] == [
        ("mon", [("Cálculo", 120, "18:00")]),
        ("wed", [("Física", 90, "18:00")]),
        ("sat", [("Simulado", 180, "09:00")]),
    ]


def test_entries_under_week_headings_are_the_days_of_those_weeks() -> None:
    plan = read_plan(PLANS / "en-weeks-of-entries.md").plan
    assert [(d[0], d[1], d[3]) for d in dated_days(plan)] == [
        (1, "mon", "Calculus"),
        (1, "thu", "Mechanics"),
        (2, "mon", "Past paper 1"),
        (2, "thu", "Past paper 2"),
    ]


def test_ticked_entries_are_done_and_their_bullets_the_items() -> None:
    plan = read_plan(PLANS / "en-checklist-entries.md").plan
    blocks = [b for d in plan.days for v in d.variants for b in v.blocks]
    assert [(b.title, b.at, b.done, [i.text for i in b.items]) for b in blocks] == [
        ("Integration by parts", "18:00", True, []),
        ("Series", "18:00", False, ["ratio test", "root test"]),
    ]


def test_bullets_under_an_untimed_weekday_are_its_notes() -> None:
    plan = read_plan(PLANS / "en-untimed-weekday-with-bullets.md").plan
    assert days(plan) == [("mon", None, "Calculus"), ("sun", None, "Review the week")]
    assert plan.days[1].notes == ("flashcards", "error log")
    assert plan.days[1].variants == ()


def test_pipe_rows_with_no_header_row_are_entries_from_the_first_row_on() -> None:
    result = read_plan(PLANS / "nl-rows-without-a-header.md")
    assert days(result.plan) == [
        ("mon", None, "Wiskunde"),
        ("wed", None, "Natuurkunde"),
        ("sat", None, "Oefenexamens"),
    ]
    first = result.plan.days[0].variants[0].blocks[0]
    assert (first.title, first.at, [i.text for i in first.items]) == (
        "Wiskunde",
        "18:00",
        ["lokaal 4"],
    )
    assert warnings(result) == []


def test_tab_separated_lines_read_as_such_rows() -> None:
    plan = read_plan(PLANS / "de-tab-separated-lines.md").plan
    assert [(d.weekday, pinned(plan, i)) for i, d in enumerate(plan.days)] == [
        ("mon", [("Mathe", 120, "18:00")]),
        ("wed", [("Chemie", 90, "17:00")]),
    ]
