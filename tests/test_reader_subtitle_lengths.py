"""A subtitle that states the day's length over nothing ("## Tutor Notes (2 Hours)"), then the
outline that states it again ("## Lesson Outline (2h)"): one plan, the outline's, not two plans
of the same length."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

CASE = DATA / "subtitle_lengths" / "one-edge-case.md"


def test_a_bare_subtitle_with_the_outlines_length_is_not_a_second_plan() -> None:
    result = read_plan(CASE)
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Layers of the soil", 50, "15:00"),
                ("Roots and capillaries", 40, "15:50"),
                ("Garden bed sketch", 30, "16:30"),
            ],
        )
    ]
    assert [v.hours for d in result.plan.days for v in d.variants] == [2]
    assert result.plan.days[0].title == "Lesson 4: Soil, Water & Roots"
