"""A day's length said by a sentence of its own before the days (`> **Read me first.** 90
min/day × 5 days/week`, `1-2 hours per day.`): each untimed day is one block that long; an
activity's length a day (`20 min/day of stretching`) is not the day's."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "sentence_daily"


def test_budget_formula_in_a_quote_gives_each_day_its_length() -> None:
    result = read_plan(FOLDER / "quote-budget-formula.md")
    assert blocks_with_items(result.plan) == [
        ("Knots", 90, None, ["Bowline and clove hitch", "Reef knot drills"]),
        ("Points of sail", 90, None, ["Close-hauled to running", "Sketch the wind wheel"]),
    ]
    assert [d.week for d in result.plan.days] == [1, 1]
    assert warnings(result) == [
        '3: "90 min" a day: no day gives a time of its own, so each of the 2 days is one block'
        " that long, titled by the day"
    ]


def test_sentence_starting_with_a_length_per_day_gives_a_range() -> None:
    result = read_plan(FOLDER / "sentence-per-day.md")
    blocks = [
        (b.title, b.min_minutes, b.max_minutes)
        for d in result.plan.days
        for v in d.variants
        for b in v.blocks
    ]
    assert blocks == [("Washes", 60, 120), ("Wet on wet", 60, 120)]


def test_an_activitys_length_a_day_is_not_the_days() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(FOLDER / "activity-per-day-stays-refused.md")
