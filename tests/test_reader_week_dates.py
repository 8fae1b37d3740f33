"""Week headings with a number and a date (`## Woche 12 - 17. März`), one lesson each: a day per
week; a week of a word or two and nothing timed (`Osterferien`) is a rest day."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

WEEKS = DATA / "dated-weeks"


def read(name: str) -> ReadResult:
    return read_plan(WEEKS / name)


def test_each_week_with_a_date_over_a_lesson_is_a_day_and_a_text_week_is_rest() -> None:
    result = read("week-date-lessons.md")
    assert dated_days(result.plan) == [
        (
            12,
            None,
            None,
            "Woche 12 - 17. März",
            [("Versuch aufbauen", 20, "10:00"), ("Messreihe", 40, "10:20")],
        ),
        (13, None, None, "Woche 13 - 24. März", []),
        (14, None, None, "Woche 14 - 31. März", [("Auswertung", 45, "10:00")]),
    ]
    assert result.plan.days[1].notes == ("Osterferien",)
    assert warnings(result) == []


def test_a_week_date_with_the_plans_year_dates_the_lesson() -> None:
    plan = read("week-date-lessons-year.md").plan
    assert [(d.week, d.weekday, d.date) for d in plan.days] == [
        (5, "mon", dt.date(2025, 2, 3)),
        (6, "mon", dt.date(2025, 2, 10)),
    ]
