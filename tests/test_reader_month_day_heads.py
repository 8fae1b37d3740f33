"""Weekday columns whose heads add the month and day (`| | Monday 1/19 | Tuesday 1/20 |`) over
rows of parts of the day (`**Morn**`, `**Afternoon**`): a day per weekday column, as with plain
weekday heads; a head of another word and numbers (`Room 1/19`) is no day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

FOLDER = DATA / "month-day-heads"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def days(result: ReadResult) -> list[tuple[str | None, str, list[tuple[str, int]]]]:
    return [
        (d.weekday, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_weekday_heads_with_month_and_day_are_the_grids_days() -> None:
    result = read("row-labelled-grid-month-day-heads.md")
    assert days(result) == [
        (
            "mon",
            "Monday 1/19",
            [("Civil Procedure lecture", 120), ("Roadmap review", 15), ("Graded essay", 90)],
        ),
        ("tue", "Tuesday 1/20", [("Property MCQs (34 questions)", 100)]),
        ("wed", "Wednesday 1/21", [("Practice essay", 60), ("Outline reading", 45)]),
    ]
    # The week's total below the grid is no block of its own.
    assert all(b.title != "Study" for d in result.plan.days for v in d.variants for b in v.blocks)


def test_other_words_over_numbers_are_no_weekday_columns() -> None:
    result = read("near-miss-room-numbers.md")
    assert [d.weekday for d in result.plan.days] == [None]
