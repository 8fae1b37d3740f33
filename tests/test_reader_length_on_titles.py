"""`30 min on flashcards`: the `on` joins the length to what it is spent on; the title is that."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

TITLES = DATA / "length_on_titles"


def test_a_length_spent_on_something_is_titled_by_that_thing() -> None:
    result = read_plan(TITLES / "lengths-on-activities.md")
    assert days(result.plan) == [("tue", None, "Tuesday")]
    assert pinned(result.plan, 0) == [
        ("flashcards", 30, None),
        ("web development", 120, None),
        ("Focus on grammar", 45, None),
        ("on-call shadowing", 60, None),
    ]
    assert result.warnings == ()


def test_a_headless_weekday_table_of_hours_on_subjects() -> None:
    result = read_plan(TITLES / "headless-weekday-table.md")
    assert days(result.plan) == [("mon", None, "Monday"), ("thu", None, "Thursday")]
    assert pinned(result.plan, 0) == [("data structures", 180, None)]
    assert pinned(result.plan, 1) == [("mock interviews", 60, None)]
    assert result.warnings == ()
