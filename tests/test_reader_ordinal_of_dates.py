"""English dates with an ordinal day and "of" (`Friday 15th of November 2024`, `Tuesday 3rd of
June`): in a `Date:` line over a one-day agenda and in day headings."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

SMALL = DATA / "ordinal_of_dates"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_date_line_dates_the_one_day_agenda_below_it() -> None:
    result = read("date-line-over-one-day.md")
    assert dated_days(result.plan) == [
        (
            None,
            "fri",
            dt.date(2024, 11, 15),
            "Tutorial: Probabilistic Circuits in Practice",
            [
                ("Circuits from first principles", 40, "08:00"),
                ("Learning circuits from data", 55, "08:50"),
            ],
        )
    ]
    assert result.plan.days[0].notes == ("Date: Friday 15th of November 2024",)
    assert warnings(result) == []


def test_day_headings_with_ordinal_of_are_dated_in_the_plans_year() -> None:
    result = read("day-headings-ordinal-of.md")
    assert dated_days(result.plan) == [
        (
            None,
            "tue",
            dt.date(2025, 6, 3),
            "Tuesday 3rd of June",
            [("Tides and zonation", 90, "09:00"), ("Rock pool survey", 90, "11:00")],
        ),
        (
            None,
            "wed",
            dt.date(2025, 6, 4),
            "Wednesday 4th of June",
            [("Seagrass transects", 90, "09:00"), ("Data entry", 90, "11:00")],
        ),
    ]
    assert warnings(result) == []


def test_a_date_that_is_not_the_weekday_written_is_not_taken() -> None:
    result = read("weekday-disagrees-keeps-weekday.md")
    (day,) = result.plan.days
    assert (day.weekday, day.date) == ("mon", None)
    assert [b.title for v in day.variants for b in v.blocks] == ["Lexing", "Parsing"]


def test_an_ordinal_of_a_count_is_no_date() -> None:
    result = read("ordinal-of-a-count-is-no-date.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [("Warm-up, 2nd of 3 rounds", 30, "09:00"), ("Baton exchanges", 60, "09:30")],
        )
    ]
