"""A year written short after a word in a heading (`# Data Bootcamp'23`, `# Reading Club
Summer ’24`, `# Robotics Class of '25`) is the plan's year: `### Monday, July 10` under it is
2023-07-10. When a weekday disagrees with that year, one warning says the dates are not read;
`FY24`, a fiscal year, is no year and the plan reads as before."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from planexport.reader.short_years import short_year
from tests.paths import DATA
from tests.reader_support import days, undated, warnings

FOLDER = DATA / "short_years"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_an_apostrophe_year_after_a_word_dates_the_weekday_headings() -> None:
    result = read("en-bootcamp-apostrophe-year.md")
    assert days(result.plan) == [
        ("mon", dt.date(2023, 7, 10), "Monday, July 10"),
        ("tue", dt.date(2023, 7, 11), "Tuesday, July 11"),
    ]
    assert warnings(result) == []


def test_a_typographic_apostrophe_after_a_space_is_a_year_too() -> None:
    result = read("en-typographic-apostrophe-after-a-space.md")
    assert days(result.plan) == [
        ("wed", dt.date(2024, 8, 7), "Wednesday, August 7"),
        ("thu", dt.date(2024, 8, 8), "Thursday, August 8"),
    ]
    assert warnings(result) == []


def test_a_weekday_that_disagrees_with_the_short_year_is_warned() -> None:
    result = read("en-weekday-disagrees-with-the-short-year.md")
    assert days(result.plan) == [
        ("mon", None, "Monday, March 4"),
        ("tue", None, "Tuesday, March 5"),
    ]
    assert warnings(result) == [
        '3: "Monday, March 4": March 4 is no Monday in the plan\'s year (2025) or near its '
        "dates: the days' weekdays are read, not their dates"
    ]


def test_a_fiscal_year_is_no_year() -> None:
    result = read("en-fiscal-year-is-no-year.md")
    assert days(result.plan) == [("mon", None, "Monday, July 10")]
    assert warnings(result) == [undated("Monday, July 10", "July 10", "Monday", line=3)]


def test_only_an_apostrophe_and_two_digits_after_a_word_are_a_year() -> None:
    assert short_year("Bootcamp'23") == 2023
    assert short_year("Class of '25") == 2025
    assert short_year("Summer ‘24 plan") == 2024
    assert short_year("FY24 goals") is None
    assert short_year("Plank 20' hold") is None
    assert short_year("Height 5'10\" check") is None
    assert short_year("Route '230") is None
    assert short_year("Lap 3'30") is None  # a digit before the mark: minutes and seconds
