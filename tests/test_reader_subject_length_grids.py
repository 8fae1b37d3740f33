"""A row per subject and a column per weekday whose cells give lengths (`| Algorithms | 1h | 1h
|`): each weekday holds the subjects with a length in its column, that long, at no set time."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings


def test_each_weekday_holds_the_subjects_its_column_gives_a_length() -> None:
    result = read_plan(DATA / "subject_length_grids" / "subjects-by-weekday-lengths.md")
    days = [
        (
            d.weekday,
            [(b.title, b.min_minutes, b.max_minutes, b.at) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]
    assert days == [
        ("mon", [("Algorithms", 60, 60, None), ("System design", 45, 45, None)]),
        ("tue", [("Algorithms", 60, 60, None), ("Mock interview", 30, 30, None)]),
        ("wed", [("Algorithms", 60, 60, None), ("System design", 45, 45, None)]),
        ("thu", [("Algorithms", 60, 60, None), ("Mock interview", 30, 30, None)]),
        ("fri", [("Algorithms", 30, 30, None), ("System design", 60, 90, None)]),
    ]
    assert warnings(result) == []
