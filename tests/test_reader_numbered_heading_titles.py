"""Timed headings numbered as a course's parts (`### 01 Paper and brushes (45 min)`, `### 2) Flat
washes`, `### 3 - Wet on wet (1h)`, `### 4. Clean-up`): each block titled by what is done, as a
numbered list's `1. Warm-up` is; a number that is the whole title, counts something or names a
part by its count (`### 1. Stunde: Knoten`) stays."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "numbered_heading_titles"


def test_numbered_headings_are_titled_by_their_words() -> None:
    result = read_plan(PLANS / "en-course-parts.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Paper and brushes", 45, None),
                ("Flat washes", 30, None),
                ("Wet on wet", 60, None),
                ("Clean-up", 10, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_german_numbers_with_a_dot_a_colon_or_a_leading_zero() -> None:
    result = read_plan(PLANS / "de-nummerierte-teile.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Eröffnungen", 40, None), ("Mittelspiel", 50, None), ("Endspiele", 30, None)])
    ]
    assert warnings(result) == []


def test_steps_counts_ranges_and_a_lone_number_keep_their_titles() -> None:
    result = read_plan(PLANS / "near-miss-counts.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Step 5 Taste the sauce", 15, None),
                ("3 Pancakes for the table", 20, None),
                ("2 - 3 rounds of kneading", 10, None),
                ("7", 25, None),
                ("1. Stunde: Knoten", 15, None),
                ("2) Session", 20, None),
            ],
        )
    ]
    assert warnings(result) == []
