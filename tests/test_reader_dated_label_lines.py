"""Dated lines under week headings (`- Course: Monday 09/09/2024, 13h30-15h30. Room B`), a
year that slips on one day, a weekday before a numeric date that is not its own, and a dated
grid given twice."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days, days, warnings

PLANS = DATA / "dated_label_lines"
D = dt.date


def test_each_line_is_a_dated_day_titled_by_its_label_in_its_week() -> None:
    result = read_plan(PLANS / "en-lecture-tutorial-under-weeks.md")
    assert dated_days(result.plan) == [
        (1, "tue", D(2025, 1, 14), "Lecture", [("Lecture", 120, "10:00")]),
        (1, "fri", D(2025, 1, 17), "Tutorial 1", [("Tutorial 1", 120, "14:00")]),
        (2, "tue", D(2025, 1, 21), "Lecture", [("Lecture", 120, "10:00")]),
        (2, "fri", D(2025, 1, 24), "Tutorial 2", [("Tutorial 2", 120, "14:00")]),
    ]
    # the room (and the teacher) after the span: the block's note, never its title
    assert [items for *_, items in blocks_with_items(result.plan)] == [
        ["Room 101 (A. Moreau)"],
        ["Lab C"],
        ["Room 101 (A. Moreau)"],
        ["Lab C"],
    ]
    assert warnings(result) == []


def test_french_lines_with_a_spaced_colon() -> None:
    result = read_plan(PLANS / "fr-cours-td-semaine.md")
    assert dated_days(result.plan) == [
        (1, "mon", D(2025, 2, 3), "Cours", [("Cours", 120, "08:30")]),
        (1, "wed", D(2025, 2, 5), "TD 1", [("TD 1", 120, "13:30")]),
    ]
    assert blocks_with_items(result.plan)[1][3] == ["Salle 204"]
    assert warnings(result) == []


def test_two_lines_of_one_date_are_one_day_with_two_blocks() -> None:
    result = read_plan(PLANS / "de-two-lines-one-date.md")
    assert dated_days(result.plan) == [
        (
            1,
            "tue",
            D(2025, 3, 4),
            "Vorlesung, Übung",
            [("Vorlesung", 90, "10:15"), ("Übung", 90, "12:15")],
        ),
        (1, "thu", D(2025, 3, 6), "Tutorium", [("Tutorium", 60, "16:00")]),
    ]
    assert [items for *_, items in blocks_with_items(result.plan)] == [
        ["Hörsaal 2"],
        ["Raum 3.14"],
        ["Raum 1.02"],
    ]


def test_an_emoji_before_the_label_is_left_and_nested_bullets_follow_the_note() -> None:
    result = read_plan(PLANS / "es-emoji-nested-bullets.md")
    assert blocks_with_items(result.plan) == [
        ("Clase", 120, "16:00", ["Aula 5", "Conjuntos y relaciones", "Ejercicios 1 a 10"]),
        ("Práctica 1", 120, "09:00", ["Laboratorio B"]),
    ]
    assert days(result.plan) == [
        ("thu", D(2025, 3, 6), "Clase"),
        ("fri", D(2025, 3, 7), "Práctica 1"),
    ]


def test_a_line_of_another_kind_stays_in_the_day_before_it() -> None:
    result = read_plan(PLANS / "it-other-line-stays-in-its-day.md")
    assert dated_days(result.plan) == [
        (1, "mon", D(2025, 3, 10), "Lezione", [("Lezione", 120, "09:00")]),
        (1, "thu", D(2025, 3, 13), "Laboratorio", [("Laboratorio", 120, "14:00")]),
    ]
    assert result.plan.days[1].notes == ("Materiale: dispense sul sito del corso",)
    assert warnings(result) == []


def test_portuguese_and_dutch_lines() -> None:
    plan = read_plan(PLANS / "pt-aula-segunda-feira.md").plan
    assert dated_days(plan) == [
        (1, "mon", D(2025, 3, 17), "Aula", [("Aula", 120, "19:00")]),
        (1, "thu", D(2025, 3, 20), "Laboratório", [("Laboratório", 120, "19:00")]),
    ]
    plan = read_plan(PLANS / "nl-college-werkcollege.md").plan
    assert dated_days(plan) == [
        (1, "mon", D(2025, 3, 24), "College", [("College", 120, "13:30")]),
        (1, "thu", D(2025, 3, 27), "Werkcollege", [("Werkcollege", 120, "09:00")]),
    ]


def test_such_lines_under_weekday_headings_stay_in_their_day() -> None:
    plan = read_plan(PLANS / "en-inside-weekday-headings.md").plan
    assert days(plan) == [("mon", None, "Monday"), ("tue", None, "Tuesday")]
    assert plan.days[0].variants[0].blocks[0].title == "Arrays"


def test_one_year_out_of_step_between_its_weeks_is_read_in_theirs() -> None:
    result = read_plan(PLANS / "en-year-slip-between-weeks.md")
    assert days(result.plan) == [
        ("mon", D(2024, 9, 9), "Lecture"),
        ("mon", D(2024, 9, 16), "Lab 1"),
        ("mon", D(2024, 9, 23), "Lecture"),
    ]
    assert warnings(result) == [
        '7: "Monday 16/09/2023 – Lab 1": the year 2023 is out of step with the days around it: '
        "read as 2024-09-16"
    ]


def test_the_last_heading_with_another_year_is_read_near_the_two_before() -> None:
    result = read_plan(PLANS / "de-year-slip-last-heading.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", D(2024, 10, 7)),
        ("mon", D(2024, 10, 14)),
        ("mon", D(2024, 10, 21)),
    ]
    assert warnings(result) == [
        '9: "Montag, 21.10.2023": the year 2023 is out of step with the days around it: '
        "read as 2024-10-21"
    ]


def test_a_new_year_in_order_is_no_slip() -> None:
    result = read_plan(PLANS / "fr-new-year-kept.md")
    assert [d.date for d in result.plan.days] == [D(2024, 12, 30), D(2025, 1, 2), D(2025, 1, 6)]
    assert warnings(result) == []


def test_a_weekday_before_a_dotted_date_that_is_not_its_own_is_warned_and_the_date_wins() -> None:
    result = read_plan(PLANS / "de-montag-dotted-mismatch.md")
    assert days(result.plan) == [
        ("tue", D(2026, 1, 6), "Montag, 06.01.2026"),
        ("wed", D(2026, 1, 7), "Dienstag, 07.01.2026"),
    ]
    assert warnings(result) == [
        '3: "Montag, 06.01.2026": 2026-01-06 is a Tuesday, not a Monday: '
        "read as Tuesday 2026-01-06",
        '6: "Dienstag, 07.01.2026": 2026-01-07 is a Wednesday, not a Tuesday: '
        "read as Wednesday 2026-01-07",
    ]


def test_a_slashed_date_after_a_french_weekday() -> None:
    result = read_plan(PLANS / "fr-lundi-slashed-mismatch.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("tue", D(2026, 1, 13)),
        ("wed", D(2026, 1, 14)),
    ]
    assert warnings(result) == [
        '3: "Lundi 13/01/2026": 2026-01-13 is a Tuesday, not a Monday: read as Tuesday 2026-01-13'
    ]


def test_a_two_digit_year_is_a_year_too() -> None:
    result = read_plan(PLANS / "es-miercoles-short-date-mismatch.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("thu", D(2026, 1, 8)),
        ("fri", D(2026, 1, 9)),
    ]
    assert (
        '3: "Miércoles, 8/1/26": 2026-01-08 is a Thursday, not a Wednesday: '
        "read as Thursday 2026-01-08"
    ) in warnings(result)


def test_a_weekday_that_is_the_dates_is_read_quietly() -> None:
    result = read_plan(PLANS / "it-dotted-date-agrees.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("tue", D(2026, 1, 6)),
        ("thu", D(2026, 1, 8)),
    ]
    assert warnings(result) == []


def test_a_dotted_date_without_its_year_takes_the_year_of_its_weekday_as_before() -> None:
    result = read_plan(PLANS / "de-dotted-without-year.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue"]
    assert not any("not a" in w for w in warnings(result))


def test_a_dated_grid_and_its_html_copy_are_one_set_of_days() -> None:
    result = read_plan(PLANS / "en-grid-then-html-copy.md")
    assert dated_days(result.plan) == [
        (None, "tue", D(2025, 7, 15), "15/07/2025", [
            ("Opening", 90, "09:00"), ("Lambda calculus", 90, "11:00")]),
        (None, "wed", D(2025, 7, 16), "16/07/2025", [
            ("Type systems", 90, "09:00"), ("Proof assistants", 90, "11:00")]),
    ]  # fmt: skip
    assert [d.number for d in result.plan.days] == [1, 2]
    assert warnings(result) == [
        "8: this table repeats the days of the table at line 3 (2025-07-15 to 2025-07-16): "
        "the first is read, this one is not"
    ]


def test_a_copy_with_one_change_is_still_a_copy_and_says_so() -> None:
    result = read_plan(PLANS / "es-grid-copy-with-one-change.md")
    assert len(result.plan.days) == 2
    assert [b.title for b in result.plan.days[1].variants[0].blocks] == [
        "Charla A",
        "Charla C",
        "Charla D",
    ]
    assert warnings(result) == [
        "9: this table repeats the days of the table at line 3 (2025-09-22 to 2025-09-23), "
        "though 1 of its blocks differs: the first is read, this one is not"
    ]


def test_two_grids_of_the_same_dates_with_other_blocks_are_both_read() -> None:
    result = read_plan(PLANS / "en-two-tracks-same-dates.md")
    assert [d.date for d in result.plan.days] == [
        D(2025, 7, 15),
        D(2025, 7, 16),
        D(2025, 7, 15),
        D(2025, 7, 16),
    ]
    assert not any("repeats" in w for w in warnings(result))


def test_a_short_weekday_a_bold_label_a_box_and_a_span_in_brackets() -> None:
    result = read_plan(PLANS / "en-short-weekday-bracketed-span.md")
    assert dated_days(result.plan) == [
        (1, "wed", D(2024, 9, 11), "Seminar", [("Seminar", 60, "14:00")]),
        (1, "fri", D(2024, 9, 13), "Reading group", [("Reading group", 60, "16:00")]),
    ]
    done = [b.done for d in result.plan.days for v in d.variants for b in v.blocks]
    assert done == [True, False]
    assert [items for *_, items in blocks_with_items(result.plan)] == [["Room 5"], ["Library"]]
    assert warnings(result) == []


def test_a_date_first_heading_with_another_year_is_read_in_step_too() -> None:
    result = read_plan(PLANS / "nl-iso-headings-year-slip.md")
    assert days(result.plan) == [
        ("mon", D(2024, 9, 9), "Hoorcollege"),
        ("mon", D(2024, 9, 16), "Werkcollege"),
        ("mon", D(2024, 9, 23), "Hoorcollege"),
    ]
    assert warnings(result) == [
        '6: "2023-09-16 – Werkcollege": the year 2023 is out of step with the days around it: '
        "read as 2024-09-16"
    ]


def test_a_log_written_newest_first_across_a_new_year_keeps_its_dates() -> None:
    result = read_plan(PLANS / "en-newest-first-across-years.md")
    assert [d.date for d in result.plan.days] == [D(2024, 12, 2), D(2024, 12, 20), D(2025, 1, 8)]
    assert warnings(result) == []


def test_two_lines_of_one_date_apart_are_still_one_day() -> None:
    result = read_plan(PLANS / "pt-one-date-on-two-lines-apart.md")
    assert dated_days(result.plan) == [
        (
            1,
            "mon",
            D(2025, 3, 17),
            "Aula, Monitoria",
            [("Aula", 60, "19:00"), ("Monitoria", 60, "20:00")],
        ),
        (1, "wed", D(2025, 3, 19), "Laboratório", [("Laboratório", 120, "19:00")]),
    ]
    assert warnings(result) == []
