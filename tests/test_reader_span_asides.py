"""Words in brackets beside a table row's clock span: the block's note, never lost."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned


def test_bracketed_words_beside_a_span_are_the_blocks_note() -> None:
    result = read_plan(DATA / "span_asides" / "optional-evening-slots.md")
    plan = result.plan
    assert pinned(plan, 0) == [
        ("Welcome and coffee", 30, "09:00"),
        ("Lab rotation", 150, "09:30"),
        ("Project work", 180, "13:00"),
        ("Poster walk", 60, "16:30"),
        ("Welcome dinner", 120, "18:00"),
        ("Quiz night", 60, "20:00"),
    ]
    notes = [b.note for v in plan.days[0].variants for b in v.blocks]
    assert notes == [None, None, None, "Optional", "TBC", None]  # "(2h)" is a length
