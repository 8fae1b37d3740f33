"""A cap written alone before its length in Spanish, Portuguese or Italian (`(máximo 1 hora)`,
`(mínimo 30 min)`, `(massimo 45 min)`) belongs to the length: the title is read without it."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.hedges import without_hedge
from tests.paths import DATA
from tests.reader_support import day_blocks

CAPS = DATA / "cap_words_alone" / "one-edge-case.md"


def test_the_cap_is_no_part_of_the_title() -> None:
    assert day_blocks(read_plan(CAPS).plan) == [
        ("sat", [("Simulacro de examen", 180, None), ("Corrección y análisis", 60, None)]),
        ("sun", [("Lectura ligera", 30, None), ("Ripasso del vocabolario", 45, None)]),
    ]


def test_the_cap_words_end_the_words_before_a_length() -> None:
    assert without_hedge("Estudo leve (máximo ") == "Estudo leve ("
    assert without_hedge("Lettura (minimo ") == "Lettura ("
