"""Lesson phases whose length carries a time label in its bracket: `Hook (Time: 5 minutes)`."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

_DIR = DATA / "lesson_phases"


def test_numbered_phase_headings_lose_the_time_label_of_their_bracket() -> None:
    result = read_plan(_DIR / "time-label-headings.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Procedure",
            [
                ("Hook", 5, None),
                ("Mini-Lesson", 15, None),
                ("Partner Practice", 20, None),
                ("Exit Ticket", 5, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_time_labels_in_other_languages_and_cases_leave_the_title_too() -> None:
    result = read_plan(_DIR / "time-label-bullets.md")
    assert dated_days(result.plan)[0][4] == [
        ("Do Now", 7, None),
        ("Read Aloud", 10, None),
        ("Group Brainstorm", 15, None),
        ("Share Out", 8, None),
    ]
    assert warnings(result) == []


def test_time_as_a_word_of_the_title_stays() -> None:
    result = read_plan(_DIR / "time-word-kept-near-miss.md")
    assert dated_days(result.plan)[0][4] == [
        ("Clocks and Time", 20, None),
        ("Game: What's the Time, Mr Wolf?", 10, None),
        ("Time", 15, None),
        ("Free Reading (own time choice)", 20, None),
    ]
    assert warnings(result) == []


def test_phase_headings_with_an_escaped_number_read_as_the_unescaped_ones() -> None:
    result = read_plan(_DIR / "escaped-number-headings.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Lesson Activity",
            [("Starter", 10, None), ("Teacher Input", 15, None), ("Fieldwork Write-up", 25, None)],
        )
    ]
    assert warnings(result) == []


def test_an_escaped_dot_inside_a_number_or_before_nothing_stays() -> None:
    result = read_plan(_DIR / "escaped-number-near-miss.md")
    assert dated_days(result.plan)[0][4] == [("2.5 Ratio Tables", 15, None), ("3", 20, None)]
    assert warnings(result) == []
