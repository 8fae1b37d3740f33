"""A week of one-line weekday days with no time or length, beside timed weeks: said once."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "untimed_weeks"


def test_a_rest_week_after_a_timed_week_is_warned_once_on_its_heading() -> None:
    result = read_plan(PLANS / "rest-week-after-a-timed-week.md")
    days = [(d.week, d.weekday, d.title) for d in result.plan.days]
    assert days == [(1, "mon", "Natation"), (1, "wed", "Vélo"), (1, "sat", "Natation")]
    assert warnings(result) == [
        '7: "Semaine 2": 3 weekday lines (lines 9-11) with no time or length: the week is not read'
    ]


def test_an_untimed_week_between_timed_weeks_leaves_the_others_as_they_are() -> None:
    result = read_plan(PLANS / "untimed-week-between-timed-weeks.md")
    assert [(d.week, d.weekday) for d in result.plan.days] == [
        (1, "mon"),
        (1, "thu"),
        (3, "mon"),
        (3, "thu"),
    ]
    assert [w.line for w in result.warnings] == [6]


def test_a_tip_line_in_the_untimed_week_does_not_hide_it() -> None:
    result = read_plan(PLANS / "week-list-with-a-tip-line.md")
    assert warnings(result) == [
        '6: "Semana 2": 2 weekday lines (lines 8-9) with no time or length: the week is not read'
    ]


def test_a_week_of_one_untimed_line() -> None:
    result = read_plan(PLANS / "one-untimed-weekday-line.md")
    assert len(result.plan.days) == 2
    assert warnings(result) == [
        '6: "Settimana 2": 1 weekday line (line 8) with no time or length: the week is not read'
    ]


def test_weekday_lines_under_a_heading_that_is_no_week_are_not_warned() -> None:
    result = read_plan(PLANS / "weekday-lines-under-a-notes-heading.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "fri"]
    assert warnings(result) == []
