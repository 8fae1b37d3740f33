"""Blocks named only by a generic label (`### Block A (20 min)`) titled by their activity too."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned

SMALL = DATA / "block_labels"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_generic_block_label_is_titled_by_its_activity_too() -> None:
    plan = read("generic-block-labels.md").plan
    assert pinned(plan, 0) == [
        ("Bloque 1: Instalar el editor", 20, None),
        ("Bloque B: Verificar el entorno", 25, None),
        # A label with a name of its own keeps it, as the seed's "Block 1 (Concepts – …)".
        ("Repaso", 10, None),
    ]
    first = plan.days[0].variants[0].blocks[0]
    assert [i.text for i in first.items] == ["Instalar el editor"]
