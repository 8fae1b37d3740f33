"""Weekday span lines after the days (`- **Jueves**: Permanencia 08:00-17:50`) that no day takes:
one warning a line, where they were dropped without a word."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "weekday_leftovers"


def test_a_weekday_line_for_a_day_with_times_of_its_own_is_warned() -> None:
    result = read_plan(PLANS / "timed-day-then-weekday-span.md")
    assert pinned(result.plan, 0) == [("Física", 120, "09:00")]
    assert pinned(result.plan, 1) == [("Química", 90, "15:00")]
    assert warnings(result) == [
        '10: "**Martes**: Natación 18:00-19:00" is for a weekday whose day has times of its '
        "own: not read"
    ]


def test_a_weekday_line_for_a_weekday_with_no_day_is_warned() -> None:
    result = read_plan(PLANS / "weekday-with-no-day.md")
    assert [d.weekday for d in result.plan.days] == ["mon"]
    assert warnings(result) == [
        '8: "**Freitag**: Chor 14:00 - 15:00" is for a weekday that is no day of the plan: not read'
    ]


def test_each_leftover_line_is_warned_once_with_its_line() -> None:
    result = read_plan(PLANS / "two-leftovers-dutch.md")
    assert [w.line for w in result.warnings] == [10, 11]
    assert pinned(result.plan, 1) == [("Engels", 60, "13:00")]


def test_a_day_with_no_time_of_its_own_takes_the_line_without_a_warning() -> None:
    result = read_plan(PLANS / "untimed-day-takes-the-line.md")
    assert result.plan.days[0].weekday == "wed"
    assert [(b.min_minutes, b.at) for v in result.plan.days[0].variants for b in v.blocks] == [
        (120, "14:00")
    ]
    assert warnings(result) == []
