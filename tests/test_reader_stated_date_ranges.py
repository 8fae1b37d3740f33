"""The days' dates stated once before weekday headings (`Wed 21 – Sun 25 Oct 2026`, `du 21 au
25 octobre 2026`), and weekday headings with a date but no year (`## Wednesday 21 Oct`)."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.reader import read_plan, weekday_years
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "stated_date_ranges"
WED, THU = dt.date(2026, 10, 21), dt.date(2026, 10, 22)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(weekday_years, "today", lambda: dt.date(2026, 11, 30))


def test_weekday_headings_take_their_dates_from_the_range_stated_before_them() -> None:
    result = read_plan(PLANS / "en-weekday-headings-in-stated-range.md")
    assert days(result.plan) == [
        ("wed", WED, "Arrivals"),
        ("fri", dt.date(2026, 10, 23), "Boat trip"),
        ("sun", dt.date(2026, 10, 25), "Farewell brunch"),
    ]
    assert pinned(result.plan, 1) == [("Boat trip", 180, "10:00")]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("name", "second"),
    [
        ("de-weekday-headings-vom-bis.md", ("thu", THU, "Donnerstag")),
        ("fr-weekday-headings-du-au.md", ("fri", dt.date(2026, 10, 23), "Vendredi")),
        ("es-weekday-headings-del-al.md", ("thu", THU, "Jueves")),
        ("it-weekday-headings-dal-al.md", ("thu", THU, "Giovedì")),
        ("pt-weekday-headings-de-a.md", ("thu", THU, "Quinta-feira")),
        ("nl-weekday-headings-tot-en-met.md", ("thu", THU, "Donderdag")),
        ("en-us-month-first-range.md", ("thu", THU, "Thursday")),
    ],
)
def test_a_range_in_each_language_dates_the_weekday_days(
    name: str, second: tuple[str, dt.date, str]
) -> None:
    result = read_plan(PLANS / name)
    read = days(result.plan)
    assert read[0][:2] == ("wed", WED)
    assert read[1] == second
    assert warnings(result) == []


def test_a_range_without_a_year_dates_nothing_and_says_so_once() -> None:
    result = read_plan(PLANS / "en-range-without-year.md")
    assert [d.date for d in result.plan.days] == [None, None]
    assert [d.weekday for d in result.plan.days] == ["wed", "sun"]
    assert warnings(result) == [
        '3: "The whole family at the lake house, Wed 21 – Sun 25 Oct.": the days\' dates '
        "(Wed 21 – Sun 25 Oct.) write no year and the plan names none: their weekdays are read, "
        "not their dates (write the year to date them)"
    ]


def test_a_range_the_weekdays_do_not_fall_in_dates_nothing() -> None:
    result = read_plan(PLANS / "en-range-not-the-days.md")
    assert [d.date for d in result.plan.days] == [None, None]
    assert warnings(result) == []


def test_dated_weekday_headings_take_the_year_the_prose_writes_after_a_month() -> None:
    result = read_plan(PLANS / "en-dated-weekday-headings-month-year-prose.md")
    assert days(result.plan) == [
        ("wed", WED, "Welcome drinks"),
        ("sat", dt.date(2026, 10, 24), "Day trip"),
    ]
    assert warnings(result) == []


def test_dated_weekday_headings_no_year_can_date_are_warned_once() -> None:
    result = read_plan(PLANS / "en-dated-weekday-headings-no-year.md")
    assert [d.date for d in result.plan.days] == [None, None]
    assert [d.weekday for d in result.plan.days] == ["wed", "sat"]
    assert pinned(result.plan, 1) == [("Day trip", 600, "08:00")]
    assert warnings(result) == [
        '3: "Wednesday 21 Oct — Welcome drinks": the plan writes no year and 21 Oct is no '
        "Wednesday from two weeks ago on: the days' weekdays are read, not their dates "
        "(write the year to date them)"
    ]


def test_two_ranges_are_weeks_and_date_no_day() -> None:
    result = read_plan(PLANS / "en-two-ranges-are-weeks.md")
    assert [d.date for d in result.plan.days] == [None, None, None]
    assert warnings(result) == []


def test_dated_weekday_headings_off_the_plans_year_are_warned_once() -> None:
    result = read_plan(PLANS / "es-dated-weekday-headings-off-the-plan-year.md")
    assert [d.date for d in result.plan.days] == [None, None]
    assert [d.weekday for d in result.plan.days] == ["mon", "tue"]
    assert warnings(result) == [
        '3: "Lunes 18 Nov": 18 Nov is no Monday in the plan\'s year (2025) or near its dates: '
        "the days' weekdays are read, not their dates"
    ]
