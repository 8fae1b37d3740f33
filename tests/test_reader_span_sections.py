"""A heading with a clock span over sections with no time of their own (`## 6:00 PM – 6:30 PM
(30 min): Warm-up` over `#### Task 1` and its `Time Limit: 10 minutes`) is one block of its
span, the sections its parts; a heading that only frames the day's spans is no block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

SPANS = DATA / "span_sections"


def test_sections_under_a_span_heading_are_its_parts() -> None:
    result = read_plan(SPANS / "one-edge-case.md")
    assert blocks_with_items(result.plan) == [
        ("Warm-up", 30, "18:00", ["Easy set", "Task 1: Parity check", "Task 2: Digit sums"]),
        ("Main round", 60, "18:30", ["Task 1: Interval greedy", "Task 2: Grid paths"]),
        ("Review", 30, "19:30", []),
    ]
    warm_up = result.plan.days[0].variants[0].blocks[0]
    assert [c.text for c in warm_up.items[1].children] == [
        "**Source:** practice archive",
        "**Time Limit:** 10 minutes",
    ]
    assert result.plan.days[0].notes == ("write down one lesson per task",)
    assert warnings(result) == []


def test_parts_of_the_day_and_notes_keep_their_reading() -> None:
    result = read_plan(SPANS / "sessions-unchanged.md")
    assert blocks_with_items(result.plan) == [
        ("Exercises", 60, None, []),
        ("Proofs", 90, None, []),
        ("Reading", 90, "14:00", ["Chapter 4"]),
    ]
    assert result.plan.days[0].notes == ("keep it short",)
    assert warnings(result) == []
