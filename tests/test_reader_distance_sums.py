"""Training sessions written as a sum of parts, some of them distances, and weekday rows of a
training table whose sessions give no length at all."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "distance_sums"


def blocks(plan: Plan, index: int) -> list[tuple[str, int, int]]:
    return [
        (b.title, b.min_minutes, b.max_minutes) for v in plan.days[index].variants for b in v.blocks
    ]


def test_spanish_row_sums_its_lengths_and_warns_of_untimed_days() -> None:
    result = read_plan(PLANS / "semana-pista.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "thu", "sat", "sun"]
    assert blocks(plan, 0) == []
    # 15 + 10 min; the 8x400m between them has no length and is not counted
    assert blocks(plan, 1) == [("Series cortas", 25, 25), ("Movilidad", 10, 10)]
    assert blocks(plan, 2) == [("Bici (rodillo)", 50, 50)]
    assert blocks(plan, 3) == []
    assert blocks(plan, 4) == []
    assert plan.days[0].notes[:2] == ("**Fuerza: tirón** (espalda)", "Paseo en bici")
    assert [(w.line, w.message) for w in result.warnings] == [
        (5, '"Lunes": sessions with no length, not read: Fuerza: tirón (espalda), Paseo en bici'),
        (
            6,
            '"**Series cortas**: 15min trote suave + 8x400m (1:40 cada …" is read as 25 min, '
            "the sum of its lengths (15min + 10min); 8x400m gives a distance, not a length: "
            "not counted",
        ),
        (8, '"Sábado": sessions with no length, not read: Tirada larga: 16km suave'),
    ]


def test_english_line_sums_the_lengths_around_a_distance() -> None:
    result = read_plan(PLANS / "tempo-week.md")
    assert blocks(result.plan, 0) == [("Tempo run", 20, 20), ("Core", 20, 20)]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            4,
            '"Tempo run: 12 min easy + 3 km at threshold + 8 min jog home" is read as 20 min, '
            "the sum of its lengths (12 min + 8 min); 3 km gives a distance, not a length: "
            "not counted",
        )
    ]


def test_german_line_with_two_distances() -> None:
    result = read_plan(PLANS / "schwimmwoche.md")
    assert blocks(result.plan, 0) == [("Schwimmen", 15, 15), ("Dehnen", 15, 15)]
    assert [w.message for w in result.warnings] == [
        '"**Schwimmen**: 10 Min. Einschwimmen + 6 x 100 m Kraul + 1…" is read as 15 min, the '
        "sum of its lengths (10 Min + 5 Min); 6 x 100 m, 1 km give distances, not lengths: "
        "not counted"
    ]


def test_german_table_warns_once_per_untimed_day() -> None:
    result = read_plan(PLANS / "trainingswoche.md")
    plan = result.plan
    assert blocks(plan, 0) == []
    assert blocks(plan, 1) == [("Lauf", 15, 15), ("Dehnen", 15, 15)]
    assert blocks(plan, 2) == []
    assert [(w.line, w.message) for w in result.warnings] == [
        (5, '"Montag": sessions with no length, not read: Krafttraining: Beine, Rumpf'),
        (
            6,
            '"Lauf: 10 Min. Einlaufen + 5 x 1 km + 5 Min. Auslaufen" is read as 15 min, the '
            "sum of its lengths (10 Min + 5 Min); 5 x 1 km gives a distance, not a length: "
            "not counted",
        ),
        # the swim has its own warning; the day's names only what no warning spoke of
        (7, '"Schwimmen: 1500 m" gives a distance (1500 m), not a length: kept as a note'),
        (7, '"Freitag": sessions with no length, not read: Krafttraining: Oberkörper'),
    ]


def test_sums_without_a_distance_read_as_before() -> None:
    result = read_plan(PLANS / "plain-sums.md")
    assert blocks(result.plan, 0) == [
        ("Intervals: warm-up", 10, 10),
        ("Intervals: drills", 20, 20),
        ("Intervals: cool-down", 10, 10),
        ("Warm-up", 10, 10),
    ]
    assert result.plan.days[0].notes == ("Bike: 30 km + 5 km",)
    assert result.warnings == ()
