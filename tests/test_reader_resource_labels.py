"""A `**Resources:**` label (`**Recursos:**`, `**Ressources :**`, …) over a list of what to use,
a video's length among them (`- Video: "Opening principles" (~20 min)`): notes of the day, not
a block of their own."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

CASE = DATA / "resource_labels" / "one-edge-case.md"


def test_a_resources_list_holds_no_blocks() -> None:
    plan = read_plan(CASE).plan
    assert [
        (d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ] == [
        ("Openings", [("Study", 60), ("Play", 45)]),
        ("Tactics", [("Puzzles", 40)]),
    ]
