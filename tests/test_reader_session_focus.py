"""Tables with a Session column beside a Focus or Topic column: the focus is the block's title."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "session_focus"


def _blocks(name: str) -> list[tuple[str, str | None, int, str | None, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.at, b.min_minutes, b.session, b.label) for _, b in blocks_of(plan)]


def test_the_focus_cell_names_the_block_and_the_session_cell_its_session() -> None:
    result = read_plan(PLANS / "en-session-time-focus.md")
    assert [d.title for d in result.plan.days] == ["Saturday"]
    assert _blocks("en-session-time-focus.md") == [
        ("Joins", "09:30", 120, "Morning", None),
        ("Window functions", "18:00", 60, "Evening", None),
    ]
    notes = [b.note for v in result.plan.days[0].variants for b in v.blocks]
    assert notes == ["course notes", "docs"]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "es-sesion-hora-tema.md",
            [
                ("Revolución francesa", "10:00", 90, "Mañana"),
                ("Imperio napoleónico", "16:00", 60, "Tarde"),
            ],
        ),
        (
            "de-sitzung-zeit-schwerpunkt.md",
            [
                ("Redoxreaktionen", "08:30", 90, "Vormittag"),
                ("Säuren und Basen", "14:00", 60, "Nachmittag"),
            ],
        ),
        (
            "it-sessione-orario-argomento.md",
            [("Cinematica", "09:00", 90, "Mattina"), ("Dinamica", "20:00", 60, "Sera")],
        ),
        (
            "fr-seance-horaire-focus.md",
            [("Probabilités", "09:00", 120, "Matin"), ("Statistiques", "14:00", 90, "Après-midi")],
        ),
        (
            "pt-sessao-horario-foco.md",
            [("Genética", "08:00", 90, "Manhã"), ("Ecologia", "19:00", 60, "Noite")],
        ),
        (
            "nl-sessie-tijd-onderwerp.md",
            [("Marktvormen", "09:00", 90, "Ochtend"), ("Elasticiteit", "13:00", 60, "Middag")],
        ),
    ],
)
def test_the_same_in_every_language(name: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert [b[:4] for b in _blocks(name)] == expected


def test_numbered_sessions_are_labels_beside_the_focus() -> None:
    assert _blocks("en-session-numbers-focus.md") == [
        ("Past paper 2023", "09:00", 60, None, "Session 1"),
        ("Past paper 2022", "10:15", 60, None, "Session 2"),
    ]


def test_a_session_column_with_no_focus_beside_it_is_still_the_title() -> None:
    assert _blocks("en-session-only-title.md") == [
        ("Microscopy", "09:00", 60, None, None),
        ("Titration", "10:30", 60, None, None),
    ]
