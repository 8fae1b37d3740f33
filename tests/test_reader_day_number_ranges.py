"""A range of day numbers in a table's Day column: the row on each day of the range."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

RANGES = DATA / "day_number_ranges"


def _days(name: str) -> list[tuple[int | None, list[tuple[str, int]]]]:
    plan = read_plan(RANGES / name).plan
    return [
        (d.number, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_a_range_whose_length_is_a_part_per_day_gives_each_day_its_part() -> None:
    assert _days("range-with-a-part-per-day.md") == [
        (1, [("Read the tool-use guide", 90)]),
        (2, [("Write a tiny agent loop", 120)]),
        (3, [("Add a second tool", 60)]),
        (4, [("Build the mini project", 90)]),
        (5, [("Build the mini project", 90)]),
    ]


def test_a_range_with_one_length_repeats_it_on_each_day_not_on_the_day_above() -> None:
    assert _days("range-with-one-length.md") == [
        (1, [("Mechanics", 120)]),
        (2, [("Past papers", 180)]),
        (3, [("Past papers", 180)]),
        (4, []),
    ]
