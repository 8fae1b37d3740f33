"""A range written as two lengths with their own units joined by a dash (`1h30-2h`,
`45 min – 1h15`): one length from the first to the second."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA

PLAN = DATA / "dash_length_ranges" / "one-edge-case.md"


def test_headings_with_dashed_ranges_give_the_whole_range() -> None:
    plan = read_plan(PLAN).plan
    blocks = [
        (d.title, b.title, b.min_minutes, b.max_minutes, len(b.items))
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]
    assert blocks == [
        ("Clínica médica", "Clínica médica", 90, 120, 2),
        ("Pediatria", "Pediatria", 45, 75, 1),
        ("Simulado curto", "Simulado curto", 120, 120, 1),
    ]


def test_only_a_longer_length_right_after_the_dash_makes_a_range() -> None:
    found = find_duration("Prática (1h30-2h)")
    assert found is not None
    assert (found.lo, found.hi, found.text) == (90, 120, "1h30-2h")
    shorter = find_duration("Leitura 2h - 1h30 de exercícios")
    assert shorter is not None
    assert (shorter.lo, shorter.hi) == (120, 120)
    apart = find_duration("Warm-up 10 min - Drills 20 min")
    assert apart is not None
    assert (apart.lo, apart.hi) == (10, 10)
