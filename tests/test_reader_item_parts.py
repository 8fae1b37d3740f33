"""A paragraph after an item's own list heads a part of the item; it is not glued to its text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from planexport.reader import read_plan
from tests.paths import DATA

if TYPE_CHECKING:
    from planexport.model import Item


def _tree(items: Sequence[Item]) -> list[tuple[str, Any]]:
    return [(i.text, _tree(i.children)) for i in items]


def test_a_paragraph_after_the_sublist_is_a_part_with_the_list_below_it() -> None:
    plan = read_plan(DATA / "prose_lengths" / "item-paragraph-after-sublist.md").plan
    (block,) = plan.days[0].variants[0].blocks
    assert (block.title, block.min_minutes) == ("Python", 120)
    assert _tree(block.items) == [
        (
            "Sintassi di base",  # bold around the whole item is dropped
            [
                ("Variabili.", []),
                ("Operatori.", []),
                (
                    "**Pratica**:",
                    [
                        ("Scrivi un programma che somma due numeri.", []),
                        ("Verifica se un numero è pari.", []),
                    ],
                ),
            ],
        ),
        # A second paragraph before the item's list still belongs to its text.
        ("**Funzioni** Definire e chiamare funzioni.", [("Parametri.", [])]),
    ]
