"""A day number written again for another date or weekday: two days, with a warning."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

AGAIN = DATA / "numbered_again"


def read(name: str) -> ReadResult:
    return read_plan(AGAIN / name)


def test_a_day_number_repeated_with_another_date_is_a_second_day() -> None:
    result = read("repeat-dated-days-spanish.md")
    assert [(d.number, d.date) for d in result.plan.days] == [
        (1, dt.date(2025, 10, 5)),
        (2, dt.date(2025, 10, 6)),
        (4, dt.date(2025, 10, 14)),
        (3, dt.date(2025, 10, 15)),
    ]
    assert [b.title for d in result.plan.days for v in d.variants for b in v.blocks] == [
        "Museo de Ciencias",
        "Laboratorio de química",
        "Visita al observatorio",
        "Presentación final",
    ]
    assert warnings(result) == [
        "11: day 2 is numbered again (first at line 7) with another date: two days, this one "
        "read as day 4"
    ]


def test_a_day_number_repeated_with_another_weekday_is_a_second_day() -> None:
    result = read("repeat-weekdays-english.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "Day 1", [("Algebra", 60, None)]),
        (None, "tue", None, "Day 2", [("Geometry", 45, None)]),
        (None, "thu", None, "Day 2", [("Statistics", 50, None)]),
    ]
    assert [d.number for d in result.plan.days] == [1, 2, 3]
    assert warnings(result) == [
        "11: day 2 is numbered again (first at line 7) with another weekday: two days, this "
        "one read as day 3"
    ]


def test_a_repeat_nothing_tells_apart_stays_an_error_naming_both_lines() -> None:
    with pytest.raises(PlanError) as caught:
        read("repeat-same-day-error.md")
    assert str(caught.value).endswith(
        "repeat-same-day-error.md:11: day 1 appears twice (first at line 3)"
    )


def test_day_numbers_that_restart_in_each_week_are_no_repeat() -> None:
    result = read("restart-in-weeks.md")
    assert [(d.week, d.number, d.weekday) for d in result.plan.days] == [
        (1, 1, "mon"),
        (1, 2, "wed"),
        (2, 1, "mon"),
        (2, 2, "wed"),
    ]
    assert warnings(result) == []
