"""A part-of-day grid row with one length beside two sessions (`| Martes | Carrera | Fuerza B |
… | 85 min |`): their total, shared evenly, with a warning; the rest of the grid as before."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "part_grid_shares"


def test_one_length_beside_two_sessions_is_their_total_shared_evenly() -> None:
    result = read_plan(PLANS / "es-one-length-two-sessions.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Fuerza A", 55, None)]),
        ("tue", [("Carrera: series", 43, None), ("Fuerza B", 42, None)]),
        ("wed", []),
        ("thu", [("Carrera: umbral", 40, None), ("Fuerza C", 50, None)]),
    ]
    tuesday = result.plan.days[1].variants[0].blocks
    assert [(b.session, b.note, b.max_minutes) for b in tuesday] == [
        ("Mañana", "Día duro", 43),
        ("Noche", "Día duro", 42),
    ]
    assert warnings(result) == [
        '6: row "Martes": one length (85 min) beside 2 sessions: read as their total, '
        "shared evenly (43 min + 42 min)"
    ]


def test_a_range_beside_two_sessions_is_shared_at_both_ends() -> None:
    result = read_plan(PLANS / "en-one-range-two-sessions.md")
    monday = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.max_minutes, b.session) for b in monday] == [
        ("Easy run", 30, 45, "Morning"),
        ("Core", 30, 45, "Evening"),
    ]
    assert day_blocks(result.plan)[2] == ("thu", [("Tempo run", 30, None), ("Mobility", 20, None)])
    assert len(warnings(result)) == 1


def test_hours_beside_two_sessions_in_german() -> None:
    result = read_plan(PLANS / "de-one-length-two-sessions.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Lauf", 60, None), ("Kraft", 60, None)]),
        ("wed", [("Dehnen", 20, None)]),
        ("fri", [("Intervalle", 40, None), ("Kraft", 45, None)]),
    ]
    assert warnings(result) == [
        '5: row "Montag": one length (2 h) beside 2 sessions: read as their total, '
        "shared evenly (60 min + 60 min)"
    ]
