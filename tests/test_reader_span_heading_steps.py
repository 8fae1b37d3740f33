"""A heading with a clock span over steps that have clock spans of their own inside it
(`### BLOCK 2: Caching deep dive (09:30-11:30) — 2h` over `**09:30-10:15 — Read … (45 min):**`,
…): the steps are the blocks, in the heading's session, not the heading as well; a span heading
over untimed points stays one block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

PLAN = DATA / "span_heading_steps" / "one-edge-case.md"


def test_steps_inside_a_span_heading_are_its_blocks() -> None:
    plan = read_plan(PLAN).plan
    assert day_blocks(plan) == [
        (
            "mon",
            [
                ("Warm-up quiz", 30, "09:00"),
                ("Read the caching chapter", 45, "09:30"),
                ("Summaries from memory", 45, "10:15"),
                ("Draw the cache layer", 30, "11:00"),
                ("Mock round", 60, "11:30"),
            ],
        )
    ]
    sessions = [b.session for d in plan.days for v in d.variants for b in v.blocks]
    assert sessions[1:4] == ["BLOCK 2: Caching deep dive — 2h"] * 3
