"""A line under a day heading that is only its weekday and date, maybe with a span
(`**Dienstag, 14.01.2025 | 09:00–12:00**`): the day's date and weekday, and its block titled by
the heading's topic."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

LINES = DATA / "day-date-lines"


def read(name: str) -> ReadResult:
    return read_plan(LINES / name)


def test_a_weekday_date_and_span_line_dates_the_day_and_pins_its_block() -> None:
    result = read("weekday-date-span-line.md")
    assert dated_days(result.plan) == [
        (None, "tue", dt.date(2025, 1, 14), "Grundlagen", [("Grundlagen", 180, "09:00")]),
        (None, "tue", dt.date(2025, 1, 21), "Regression", [("Regression", 210, "09:00")]),
    ]
    items = [i.text for i in result.plan.days[0].variants[0].blocks[0].items]
    assert items == ["Lageparameter", "Streuung"]
    assert warnings(result) == []


def test_a_date_only_line_dates_the_day_and_is_no_note() -> None:
    result = read("date-only-line.md")
    assert dated_days(result.plan) == [
        (
            None,
            "thu",
            dt.date(2025, 1, 16),
            "Personajes",
            [("Lectura de ejemplos", 30, None), ("Ejercicio de diálogo", 45, None)],
        )
    ]
    assert result.plan.days[0].notes == ()


def test_a_date_that_is_not_the_weekday_is_warned_and_not_used() -> None:
    result = read("weekday-date-disagree.md")
    assert dated_days(result.plan) == [(None, "mon", None, "Basics", [("Basics", 120, "10:00")])]
    assert warnings(result) == [
        '4: "15/01/2025" is a Wednesday, not a Monday: the day keeps its weekday, without a date'
    ]


def test_a_sentence_with_a_date_stays_the_block_title() -> None:
    plan = read("sentence-with-date-kept.md").plan
    assert dated_days(plan) == [
        (None, None, None, "Basics", [("Exam on 15/01/2025 in room 4", 120, "10:00")])
    ]
