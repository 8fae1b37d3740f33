"""A heading that groups day headings (`## Special Days` over `### Repair Café Day` and
`### Open House – Day 1`), beside a day heading of its own level (`## Regular Day`): each of
the headings that say day is a day over its own timetable, the group none."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

HERE = DATA / "day_groups"


def read(name: str) -> ReadResult:
    return read_plan(HERE / name)


def test_the_day_headings_under_a_group_heading_are_days_beside_the_regular_day() -> None:
    result = read("group-of-day-headings.md")
    assert [
        (d.number, d.title, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        (
            1,
            "Regular Day",
            [
                ("Open the workshop and check the tools", 30, "10:00"),
                ("Help visitors at the benches", 150, "10:30"),
            ],
        ),
        (
            2,
            "Repair Café Day",
            [("Set up the repair tables", 30, "10:00"), ("Mend what visitors bring", 210, "10:30")],
        ),
        (
            3,
            "Open House – Day 1",
            [("Guided tours", 60, "11:00"), ("Laser cutter demos", 120, "13:00")],
        ),
        (4, "Open House – Day 2", [("Kids' soldering corner", 90, "11:00")]),
    ]
    assert all(d.weekday is None for d in result.plan.days)
    assert warnings(result) == []


def test_a_group_of_parts_of_a_day_is_still_refused() -> None:
    with pytest.raises(PlanError, match='not read as days: "Regular Day", "Special Days"'):
        read("group-of-day-parts.md")
