"""A table cell that is only a span of four-digit times (`| 0900 - 1030 | Map reading |`), as
field courses and military-style agendas write them: a span of the day on a 24-hour clock. Four
digits inside a line (`1200 - 1500 words`) stay a count."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "four_digit_spans"


def test_four_digit_spans_in_a_time_column_are_pinned_blocks() -> None:
    result = read_plan(FOLDER / "table-four-digit-spans.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Map reading", 90, "09:00"),
                ("Compass walk", 105, "10:45"),
                ("Stream survey", 90, "13:30"),
            ],
        )
    ]
    assert str(result.plan.days[0].date) == "2026-08-01"
    assert warnings(result) == []


def test_four_digit_numbers_inside_a_line_stay_a_count() -> None:
    result = read_plan(FOLDER / "word-counts-stay-counts.md")
    assert day_blocks(result.plan) == [
        (None, [("Draft the essay, 1200 - 1500 words", 45, None), ("Edit the draft", 30, None)])
    ]
