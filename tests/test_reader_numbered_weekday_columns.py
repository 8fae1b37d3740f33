"""Numbered days in a table with a column of weekdays: each day on the weekday its row names."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

COLUMNS = DATA / "numbered_weekday_columns"


def test_weekdays_in_a_date_column_place_the_numbered_days() -> None:
    result = read_plan(COLUMNS / "weekday-in-date-column.md")
    plan = result.plan
    assert [(d.number, d.weekday) for d in plan.days] == [
        (57, "mon"),
        (58, "tue"),
        (59, "wed"),
        (60, "thu"),
        (61, "fri"),
        (62, "sat"),
        (63, "sun"),
    ]
    assert day_blocks(plan)[0] == ("mon", [("Breadth-first search", 180, None)])
    assert day_blocks(plan)[6] == ("sun", [("Review", 120, None)])
    assert not result.warnings


def test_a_weekday_column_may_skip_days() -> None:
    result = read_plan(COLUMNS / "weekday-column-skips-days.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Contract law", 90, None)]),
        ("thu", [("Tort law", 90, None)]),
        ("sat", [("Mock exam", 120, None)]),
    ]
    assert [d.title for d in result.plan.days] == ["Contract law", "Tort law", "Mock exam"]
