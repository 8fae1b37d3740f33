"""Table titles as written: a title cell that says its length, a summed total, a weekday title."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

TITLES = DATA / "table_titles"


def read(name: str) -> ReadResult:
    return read_plan(TITLES / name)


def test_a_title_column_whose_cells_say_a_length_stays_the_title_column() -> None:
    plan = read("activity-cell-with-length.md").plan
    assert pinned(plan, 0) == [
        ("Révisions", 120, "19:00"),  # the length the span says is no part of the title
        ("Lecture", 30, "21:00"),
        ("Préparer le sac", 30, "21:30"),
    ]


def test_a_line_that_sums_lengths_up_is_no_block() -> None:
    plan = read("summed-total-line.md").plan
    assert pinned(plan, 0) == [("Algebra", 90, "18:00"), ("Flashcards", 30, "19:30")]


def test_a_one_day_plan_titled_by_its_weekday_is_that_weekday() -> None:
    plan = read("weekday-template-title.md").plan
    assert days(plan) == [("thu", None, "Day 1")]
    assert pinned(plan, 0) == [("Lernen", 90, "17:00")]
    assert plan.days[0].notes == ("08:00–12:00 Arbeit",)  # work beside study is busy time
