"""Lesson plans that time each step with a heading of its own right under the step's heading
(`### Casting on` over `#### 10 minutes`): the step is a block of that length."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, blocks_with_items, day_blocks, warnings

PLANS = DATA / "length_headings"


def _notes(path: str) -> list[str | None]:
    plan = read_plan(PLANS / path).plan
    return [b.note for d in plan.days for v in d.variants for b in v.blocks]


def test_length_headings_time_the_steps_above_them() -> None:
    result = read_plan(PLANS / "lesson-steps.md")
    assert day_blocks(result.plan) == [
        (None, [("Casting on", 10, None), ("Knit stitch", 25, None), ("Tidy up", 5, None)])
    ]
    assert _notes("lesson-steps.md")[2] == "Wind the loose yarn and bag the needles."
    assert warnings(result) == []


def test_a_link_back_up_the_page_may_stand_between_a_step_and_its_length() -> None:
    result = read_plan(PLANS / "back-links.md")
    assert day_blocks(result.plan) == [(None, [("Compass", 15, None), ("Contours", 20, None)])]
    assert _notes("back-links.md")[1] == (
        "[back](#contents)\nRead the hill shapes from the contour lines."
    )
    assert warnings(result) == []


def test_a_duration_label_on_the_length_heading() -> None:
    plan = read_plan(PLANS / "duration-labels.md").plan
    assert blocks_with_items(plan) == [
        ("Mixing the dough", 20, None, []),
        ("Shaping", 15, None, ["Fold the dough", "Roll it into a loaf"]),
    ]


def test_one_length_heading_alone_is_read_as_before() -> None:
    result = read_plan(PLANS / "one-length-heading.md")
    assert [d.title for d in result.plan.days] == ["Meeting point"]
    assert day_blocks(result.plan) == [(None, [("Block", 10, None)])]


def test_clock_time_headings_are_times_of_day_not_lengths() -> None:
    plan = read_plan(PLANS / "clock-headings.md").plan
    assert day_blocks(plan) == [
        (
            None,
            [
                ("Water the beds", 30, "08:00"),
                ("Weed the vegetable patch", 90, "08:30"),
                ("Prune the roses", 60, "14:00"),
            ],
        )
    ]


def test_a_heading_with_its_own_length_keeps_its_length_headings_as_they_were() -> None:
    plan = read_plan(PLANS / "titled-with-length.md").plan
    assert day_blocks(plan) == [(None, [("Block", 10, None), ("Block", 5, None)])]
    assert [b.session for _, b in blocks_of(plan)] == ["Openings", "Endgames"]
