"""A class written in each of the slot columns it fills (`| Monday | Biology lab | Biology lab |
Biology lab |` under `8:00-9:00`, `9:00-10:00`, `10:00-11:00`) is one class over those slots,
under the span they make; the same class in slots apart, or under parts of the day (`Morning`,
`Afternoon`), stays a block for each."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

_DIR = DATA / "slot_runs"


def _grid(plan: Plan) -> list[tuple[str | None, list[tuple[str, int, str | None, str | None]]]]:
    return [
        (
            d.weekday,
            [(b.title, b.min_minutes, b.at, b.session) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def test_a_class_over_three_slots_is_one_class() -> None:
    result = read_plan(_DIR / "class-across-three-slots.md")
    assert _grid(result.plan) == [
        ("mon", [("Biology lab", 180, "08:00", "8:00-11:00")]),
        ("tue", [("Art", 60, "08:00", "8:00-9:00"), ("Music", 120, "09:00", "9:00-11:00")]),
    ]
    assert warnings(result) == []


def test_the_same_class_in_slots_apart_stays_two() -> None:
    result = read_plan(_DIR / "same-class-apart-stays-two.md")
    assert _grid(result.plan) == [
        ("wed", [("Maths", 120, "08:00", "08:00-10:00"), ("Maths", 120, "14:00", "14:00-16:00")]),
        (
            "thu",
            [
                ("Maths", 120, "08:00", "08:00-10:00"),
                ("History", 120, "10:00", "10:00-12:00"),
                ("Maths", 120, "14:00", "14:00-16:00"),
            ],
        ),
    ]


def test_parts_of_the_day_stay_blocks_of_their_own() -> None:
    result = read_plan(_DIR / "parts-of-the-day-stay-apart.md")
    assert _grid(result.plan)[0] == (
        "mon",
        [("Pottery", 180, "09:00", "Morning"), ("Pottery", 180, "12:00", "Afternoon")],
    )
