"""A pause with water or a stretch joined to it (`Break + water`, `Descanso + Hidratación
(500ml)`, `Pausa + alongamento`): a gap between blocks, as the pause alone is."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "pause_asides"


def test_a_pause_with_water_is_a_gap() -> None:
    result = read_plan(PLANS / "es-descanso-hidratacion.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [
                ("Bloque de lectura (Historia)", 90, "07:00"),
                ("Bloque de ejercicios (Química)", 90, "08:45"),
            ],
        )
    ]
    assert warnings(result) == []


def test_english_breaks_with_water_or_stretching_are_gaps() -> None:
    plan = read_plan(PLANS / "en-break-water-stretch.md").plan
    assert day_blocks(plan) == [
        (
            "thu",
            [
                ("Essay draft", 90, "09:00"),
                ("Problem set", 75, "10:45"),
                ("Flashcards", 50, "12:10"),
            ],
        )
    ]


def test_a_stretch_in_a_table_row_is_a_gap() -> None:
    plan = read_plan(PLANS / "pt-intervalo-alongamento.md").plan
    assert day_blocks(plan) == [("fri", [("Matemática", 60, "14:00"), ("Redação", 60, "15:15")])]


def test_a_pause_that_leads_study_stays_a_block() -> None:
    plan = read_plan(PLANS / "de-pause-und-vokabeln.md").plan
    assert day_blocks(plan) == [
        (
            "sat",
            [
                ("Grammatik", 60, "10:00"),
                ("Pause + Vokabeln wiederholen", 20, "11:00"),
                ("Hörverstehen", 40, "11:20"),
            ],
        )
    ]
