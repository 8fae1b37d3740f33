"""A numbered problem whose name starts with `Min` (`155 Min Stack`, `[155 Min Stack](…)`,
`LC 746 Min Cost Climbing Stairs`) is a point of the day, not a block of 155 or 746 minutes;
`30 Min Quiz` is still a 30-minute block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLAN = DATA / "min_problem_names" / "one-edge-case.md"


def test_problem_numbers_before_min_are_no_lengths() -> None:
    result = read_plan(PLAN)
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Pattern review", 30),
        ("Timed set", 45),
        ("Quiz", 30),
    ]
    notes = "\n".join(n for d in result.plan.days for n in d.notes)
    assert "155 Min Stack" in notes
    assert "LC 746 Min Cost Climbing Stairs" in notes
    assert "1584 Min Cost to Connect All Points" in notes
