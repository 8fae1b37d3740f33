"""A row per week and a column per weekday, written short, whose cells give lengths (`| 1 | Data
structures 2h | … | Rest |`): each week's own days, not one week of days with both rows."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

FOLDER = DATA / "week_length_grids"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_each_row_is_its_weeks_days() -> None:
    result = read("weeks-by-short-weekdays.md")
    assert [
        (d.week, d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        (1, "mon", [("Data structures", 120)]),
        (1, "tue", [("Algorithms", 90)]),
        (1, "wed", [("OS", 120)]),
        (1, "sat", [("Mock", 180)]),
        (1, "sun", []),
        (2, "mon", [("Compilers", 120)]),
        (2, "tue", [("Networks", 120)]),
        (2, "sat", [("Mock 2", 180)]),
        (2, "sun", []),
    ]
