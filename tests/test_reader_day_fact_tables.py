"""A table of facts under a day that gives its length (`| Duration | 90 min |`): a block of that
day, titled by the row that names what is done, else by the day; a table of facts with no length
is the day's notes."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, warnings

PLANS = DATA / "day_fact_tables"


def test_a_duration_row_is_a_block_of_its_day() -> None:
    result = read_plan(PLANS / "en-duration-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Easy run", 45, None)]),
        ("wed", [("Intervals", 90, None)]),
    ]
    assert blocks_with_items(result.plan)[1] == ("Intervals", 90, None, ["Shoes: racing flats"])
    assert warnings(result) == []


def test_a_spanish_duracion_row_titled_by_the_session() -> None:
    result = read_plan(PLANS / "es-duracion-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Rodaje suave", 40, None)]),
        ("wed", [("Series en pista", 75, None)]),
    ]
    assert warnings(result) == []


def test_with_no_row_naming_what_is_done_the_day_titles_it() -> None:
    result = read_plan(PLANS / "en-time-row-no-title.md")
    assert blocks_with_items(result.plan) == [("Tuesday", 120, None, ["Place: music room"])]
    assert warnings(result) == []


def test_a_clock_time_is_no_length_and_the_rows_are_notes() -> None:
    result = read_plan(PLANS / "en-clock-time-row-stays.md")
    friday = result.plan.days[1]
    assert (friday.weekday, friday.is_rest) == ("fri", True)
    assert friday.notes == ("Activity: Concert", "Time: 18:00", "Place: town hall")


def test_a_header_row_that_names_the_activity_titles_the_block() -> None:
    result = read_plan(PLANS / "en-header-row-names-the-activity.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Easy run", 45, None)]),
        ("tue", [("Hills", 60, None)]),
    ]
    assert warnings(result) == []


def test_bold_day_lines_over_fact_tables_are_read_not_refused() -> None:
    result = read_plan(PLANS / "en-bold-day-lines.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Tempo", 50, None)]),
        ("thu", [("Long run", 90, None)]),
    ]
    assert warnings(result) == []


def test_a_focus_line_over_the_table_titles_the_block() -> None:
    result = read_plan(PLANS / "en-focus-line-over-facts.md")
    assert blocks_with_items(result.plan) == [
        ("Arrays", 90, None, ["Resources: practice set 1"]),
        ("Trees", 60, None, []),
    ]
    assert warnings(result) == []
