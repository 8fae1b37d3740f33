"""A heading over a line that holds only a clock span is one pinned block titled by the heading."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "span_lines"


def test_each_section_of_a_routine_is_a_block_its_prose_a_note_its_bullets_items() -> None:
    result = read_plan(PLANS / "routine-de.md")
    plan = result.plan
    assert len(plan.days) == 1
    # "Mittagspause" is a gap between blocks; "**13:00 - 14:15**" is a span as well.
    assert pinned(plan, 0) == [
        ("Aufstehen", 30, "06:00"),
        ("Lernblock", 90, "06:30"),
        ("Lesen am Nachmittag", 75, "13:00"),
    ]
    blocks = plan.days[0].variants[0].blocks
    assert blocks[0].note == "Ein Glas Wasser, dann kurz dehnen. Kein Handy vor dem Frühstück."
    assert [i.text for i in blocks[0].items] == ["Fenster auf", "Bett machen"]
    assert blocks[1].note == "Das schwerste Kapitel zuerst."
    assert [i.text for i in blocks[2].items] == ["Kapitel 4"]
    assert warnings(result) == []


def test_top_headings_that_are_blocks_do_not_title_the_plan() -> None:
    plan = read_plan(PLANS / "h1-sections.md").plan
    assert pinned(plan, 0) == [
        ("Warm-up", 20, "07:00"),
        ("Repertoire", 45, "07:20"),
        ("Sight-reading", 25, "08:05"),
    ]
    assert plan.title == "h1-sections"
