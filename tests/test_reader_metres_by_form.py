"""A bare `m` after a round number (`series de 400 m`), or in a line of a distance or a track
(`3 km …, dann 120 m`, `Baan: 230 m`), is metres, not minutes; `45 m`, `90m`, `130m` stay
minutes in a line with none of these."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "metres_by_form"


def _warning(text: str, amount: str) -> str:
    return f'"{text}" gives a distance ({amount}), not a length: kept as a note'


@pytest.mark.parametrize(
    ("name", "blocks", "notes"),
    [
        (
            "series-de-400-m.md",
            [("Calentamiento", 15), ("Vuelta a la calma", 10)],
            [(6, "series de 400 m", "400 m")],
        ),
        (
            "steigerungen-nach-km.md",
            [("Dehnen", 15)],
            [(5, "3 km Einlaufen, dann 120 m Steigerungen", "120 m")],
        ),
        (
            "baan-herhalingen.md",
            [("Inlopen", 15), ("Uitlopen", 10)],
            [(6, "Baan: 230 m herhalingen", "230 m")],
        ),
        (
            "ripetute-e-tiros.md",
            [("Riscaldamento", 15)],
            [(6, "Ripetute da 500 m", "500 m"), (7, "Tiros de 150m", "150m")],
        ),
    ],
)
def test_metres_by_their_form_are_warned_notes(
    name: str, blocks: list[tuple[str, int]], notes: list[tuple[int, str, str]]
) -> None:
    read = read_plan(PLANS / name)
    assert [b[:2] for b in blocks_with_items(read.plan)] == blocks
    assert [note for _, note, _ in notes] == list(read.plan.days[0].notes)
    assert [(w.line, w.message) for w in read.warnings] == [
        (line, _warning(text, amount)) for line, text, amount in notes
    ]


def test_metres_beside_a_length_stay_in_the_title() -> None:
    read = read_plan(PLANS / "piste-avec-sa-duree.md")
    assert [b[:2] for b in blocks_with_items(read.plan)] == [
        ("Piste : 300 m rapides", 20),
        ("Retour au calme", 10),
    ]
    assert not read.warnings


def test_repeated_metres_stay_quiet_notes() -> None:
    read = read_plan(PLANS / "repeats-stay-quiet-notes.md")
    assert [b[:2] for b in blocks_with_items(read.plan)] == [("Warm-up", 15), ("Cool-down", 10)]
    assert read.plan.days[0].notes == ("6 x 400 m", "3 × 800 m Intervalle")
    assert not read.warnings


def test_minutes_with_a_bare_m_stay_minutes() -> None:
    read = read_plan(PLANS / "minutes-stay-minutes.md")
    assert [b[:2] for b in blocks_with_items(read.plan)] == [
        ("Essay", 130),
        ("Online course", 120),
        ("Review", 45),
        ("Practice", 90),
    ]
    assert not read.warnings
