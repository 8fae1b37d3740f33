"""Tables headed only by weekdays: every column a day, each cell that says its length a block."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days

GRIDS = DATA / "weekday_header_grids"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_the_first_weekday_column_is_a_day_not_a_time_column() -> None:
    result = read("lengths-after-titles.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Easy jog", 30, None), ("Mobility", 10, None)]),
        ("tue", [("Gym", 60, None)]),
        ("wed", [("Intervals", 40, None), ("Core", 15, None)]),
        ("thu", []),
        ("fri", [("Long walk", 45, None)]),
    ]
    assert not result.plan.days[3].variants  # "Rest": a rest day
    assert not result.warnings


def test_a_length_before_the_title_is_the_blocks_length_in_the_written_order() -> None:
    result = read("lengths-before-titles.md")
    assert [d.weekday for d in result.plan.days] == ["wed", "thu", "fri", "mon", "tue"]
    assert day_blocks(result.plan)[0] == ("wed", [("Kick-off 🚀", 120, None)])
    assert day_blocks(result.plan)[1] == (
        "thu",
        [("Sync 💬", 15, None), ("Refinement 🧩", 45, None)],
    )
    assert day_blocks(result.plan)[4] == ("tue", [("Sync 💬", 15, None), ("Showcase 🎬", 30, None)])
    assert not result.warnings


def test_two_letter_weekday_headers_are_days_too() -> None:
    result = read("short-weekday-names.md")
    assert days(result.plan) == [
        ("mon", None, "Mo"),
        ("tue", None, "Di"),
        ("thu", None, "Do"),
        ("sat", None, "Sa"),
    ]
    assert day_blocks(result.plan)[0] == ("mon", [("Laufen", 30, None), ("Dehnen", 10, None)])
    assert day_blocks(result.plan)[2] == ("thu", [("Schwimmen", 60, None)])


def test_a_clock_span_in_a_cell_pins_its_block() -> None:
    result = read("clock-spans-in-cells.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Statistics", 90, "18:00")]),
        ("wed", [("Spanish", 60, "19:00")]),
        ("thu", [("Statistics", 90, "18:00")]),
    ]


def test_a_cell_with_no_length_is_a_note_and_said() -> None:
    result = read("untimed-cell-kept-as-note.md")
    assert day_blocks(result.plan)[0] == ("mon", [("Chapter 3 reading", 45, None)])
    assert result.plan.days[0].notes == ("Email the tutor",)
    assert day_blocks(result.plan)[2] == (
        "wed",
        [("Chapter 4 reading", 45, None), ("Flashcards", 15, None)],
    )
    assert [w.message for w in result.warnings] == [
        "the cells of Monday say no length and are kept as notes, not read as blocks"
    ]
