"""Day rows of a Start/End table that write a weekday and a numeric date, or say more of the day."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days

ROWS = DATA / "dated_day_rows"


def read(name: str) -> ReadResult:
    return read_plan(ROWS / name)


def test_a_weekday_with_a_numeric_date_starts_a_day_of_that_date() -> None:
    result = read("weekday-with-numeric-date.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            dt.date(2026, 4, 18),
            "Saturday 4/18/26",
            [
                ("Pit setup and inspection", 90, "09:00"),
                ("Qualifying rounds", 90, "10:30"),
                ("Practice matches", 120, "13:00"),
            ],
        ),
        (
            None,
            "sun",
            dt.date(2026, 4, 19),
            "Sunday 4/19/26",
            [("Elimination rounds", 120, "09:30"), ("Awards", 30, "11:30")],
        ),
    ]
    assert not result.warnings


def test_a_bold_day_row_with_more_cells_keeps_them_as_the_days_notes() -> None:
    result = read("day-row-with-more-cells.md")
    plan = result.plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("fri", dt.date(2026, 4, 17)),
        ("sat", dt.date(2026, 4, 18)),
    ]
    assert plan.days[0].notes == ("Build night", "doors open 6:00 pm")
    assert plan.days[1].notes == ("Demo day",)
    assert dated_days(plan)[0][4] == [("Team forming", 90, "18:30"), ("Hacking", 180, "20:00")]
    assert dated_days(plan)[1][4] == [("Hacking", 180, "09:00"), ("Demos", 120, "13:00")]
    assert not result.warnings


def test_a_start_with_an_empty_end_is_said_to_be_a_time_of_day() -> None:
    result = read("start-with-no-end.md")
    assert dated_days(result.plan)[0][4] == [
        ("Campus tour", 60, "10:00"),
        ("Lab demos", 60, "11:00"),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (6, 'row "Doors open" skipped: a time of day with no length')
    ]


def test_the_hours_a_day_row_gives_do_not_make_its_column_the_time_column() -> None:
    result = read("day-rows-with-their-hours.md")
    assert dated_days(result.plan) == [
        (
            None,
            "fri",
            dt.date(2026, 4, 17),
            "Friday 4/17/26",
            [("Practice round", 120, "09:00"), ("Systems check", 180, "13:00")],
        ),
        (
            None,
            "sat",
            dt.date(2026, 4, 18),
            "Saturday 4/18/26",
            [("Contest", 300, "09:00"), ("Solutions talk", 60, "16:00")],
        ),
    ]
    assert result.plan.days[0].notes == ("Practice day", "9:00 am to 4:00 pm")
    assert not result.warnings
