"""A timed heading of an N-hour plan over timed sub-headings that add up to it (`## Part 1 –
Coding Round (60 minutes)` over `### 1.1 … (20 minutes)` and `### 1.2 … (40 minutes)`): the
sub-headings are the blocks, in the heading's session; the heading is no block of its own, so
its minutes are not counted twice."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

SUMMED = DATA / "summed_step_headings"


def test_steps_that_add_up_to_their_part_are_its_blocks_in_its_session() -> None:
    result = read_plan(SUMMED / "phases-add-up.md")
    assert [(v.hours, len(v.blocks)) for d in result.plan.days for v in d.variants] == [(3, 5)]
    assert [(b.title, b.min_minutes, b.session) for _, b in blocks_of(result.plan)] == [
        ("1.1 Warm-up array problem", 20, "Part 1 – Coding Round"),
        ("1.2 Graph problem", 40, "Part 1 – Coding Round"),
        ("2.1 Requirements and API", 15, "Part 2 – Design Round"),
        ("2.2 Storage and scaling", 30, "Part 2 – Design Round"),
        ("Debrief", 15, None),
    ]
    items = [[i.text for i in b.items] for _, b in blocks_of(result.plan)]
    assert items[1] == ["Shortest path on a grid with walls", "Say the complexity out loud"]
    assert warnings(result) == []


def test_a_part_with_a_range_keeps_its_note_on_its_first_step() -> None:
    result = read_plan(SUMMED / "phase-range-with-note.md")
    blocks = [b for _, b in blocks_of(result.plan)]
    assert [(b.title, b.min_minutes, b.max_minutes, b.session) for b in blocks] == [
        ("1.1 Conflict story", 20, 20, "Phase 1 – Stories"),
        ("1.2 Failure story", 25, 25, "Phase 1 – Stories"),
        ("Company research", 30, 30, None),
    ]
    assert blocks[0].note == "Pick the projects you know best before you write anything."
    assert sum(b.max_minutes for b in blocks) == 75
