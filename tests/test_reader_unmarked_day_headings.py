"""A day heading written without its marks (`Saturday` after `## Friday`'s lines, `Day 3:
Concurrency` after `## Day 2`): the next day of its own, not more lines of the day above."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "unmarked_day_headings"


def test_last_weekday_without_marks_is_a_day_of_its_own() -> None:
    result = read_plan(FOLDER / "last-weekday-without-marks.md")
    assert day_blocks(result.plan) == [
        ("mon", [("scales and arpeggios", 60, None), ("sight reading", 30, None)]),
        ("tue", [("Chopin prelude", 45, None)]),
        ("wed", [("recital run-through", 90, None), ("ear training", 20, None)]),
    ]
    assert [d.title for d in result.plan.days] == ["Monday", "Tuesday", "Wednesday"]
    assert warnings(result) == []


def test_weekday_with_a_note_and_colon_without_marks_is_a_day() -> None:
    result = read_plan(FOLDER / "weekday-with-note-without-marks.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Wedging and centring", 40, None), ("Throwing cylinders", 50, None)]),
        ("fri", [("Trimming last week's bowls", 60, None), ("Glazing tests", 30, None)]),
    ]


def test_next_numbered_day_without_marks_is_a_day() -> None:
    result = read_plan(FOLDER / "numbered-day-without-marks.md")
    assert [d.title for d in result.plan.days] == ["Syntax", "Types", "Concurrency"]
    assert day_blocks(result.plan)[2] == (
        None,
        [("Goroutines and channels", 120, None), ("Review exercises", 45, None)],
    )


def test_weekday_that_is_not_the_next_stays_a_line_of_its_day() -> None:
    result = read_plan(FOLDER / "weekday-not-next-stays-a-line.md")
    assert [d.weekday for d in result.plan.days] == ["sat", "sun"]
    assert day_blocks(result.plan)[0] == (
        "sat",
        [("Prune the roses", 60, None), ("Mow the lawn", 40, None)],
    )
    assert result.plan.days[0].notes == ("Tuesday",)
