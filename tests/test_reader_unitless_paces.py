"""A pace with no unit after its word (`Pace: 4:30-4:45`, `Ritmo objetivo 5:30`, `Tempo 5:10`,
`allure 5'20`, `andatura 5:45`, `ritmo alvo 5:15`) is how fast, never a clock span, a time of day
or a length; `Tempo 7:00 - 8:00` an hour apart is still a span."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.training_amounts import amount_warning, without_training_amounts
from tests.paths import DATA
from tests.reader_support import day_blocks, quiet_blocks, warnings

PACES = DATA / "unitless_paces"


@pytest.mark.parametrize(
    ("name", "read"),
    [
        (
            "pace-range-line.md",
            [
                ("Warm-up", 15, None),
                ("Intervals 5 x 1 km, pace: 4:30-4:45", 40, None),
                ("Cool-down", 10, None),
            ],
        ),
        (
            "ritmo-objetivo.md",
            [
                ("Rodaje suave 8 km", 45, None),
                ("Tirada larga 12 km, ritmo objetivo 5:30", 70, None),
            ],
        ),
        (
            "tempo-im-dauerlauf.md",
            [("Dauerlauf 10 km, Tempo 5:10", 60, "18:00"), ("Dehnen", 20, "19:00")],
        ),
        ("allure-sans-unite.md", [("Sortie longue 15 km, allure 5'20", 80, None)]),
        ("andatura-senza-unita.md", [("Lungo lento 14 km, andatura 5:45", 80, None)]),
        ("looptempo.md", [("Duurloop 10 km, tempo 5:20", 55, None)]),
    ],
)
def test_a_pace_with_no_unit_is_no_span_or_length(
    name: str, read: list[tuple[str, int, str | None]]
) -> None:
    assert quiet_blocks(PACES / name) == read


def test_a_pace_range_in_a_table_cell_is_no_span() -> None:
    result = read_plan(PACES / "ritmo-en-una-tabla.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Tirada larga 12 km, ritmo objetivo 5:30", 70, None)]),
        ("thu", [("Series 6 x 1 km, ritmo 4:30-4:45", 45, None)]),
        ("sat", [("Rodaje suave 8 km", 45, None)]),
    ]
    assert warnings(result) == []


def test_a_line_with_only_a_pace_is_a_warned_note() -> None:
    result = read_plan(PACES / "ritmo-alvo.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == [
        ("Alongamento", 15)
    ]
    assert day.notes == ("Corrida contínua 8 km, ritmo alvo 5:15",)
    assert warnings(result) == [
        '4: "Corrida contínua 8 km, ritmo alvo 5:15" gives a pace (5:15), not a length: '
        "kept as a note"
    ]


def test_a_span_an_hour_apart_after_tempo_stays_a_span() -> None:
    result = read_plan(PACES / "tempo-span-stays-a-span.md")
    assert day_blocks(result.plan) == [("tue", [("Intervalle", 60, "17:00")])]
    assert result.plan.days[0].notes == ("Tempo 7:00 - 8:00 Laufen am Fluss",)


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("Pace: 4:30-4:45", "Pace:          "),
        ("Easy run 8 km, pace 4:45, 45 min", "Easy run 8 km, pace     , 45 min"),
        ("Zieltempo 4:50 für 5 km", "Zieltempo      für 5 km"),
        ("Run 5 km @ pace 4:30–4:40", "Run 5 km @ pace          "),
        ("Progressive 8 km, ritmo 5:00-4:40", "Progressive 8 km, ritmo          "),
        ("Sortie longue 15 km, allure 5'20", "Sortie longue 15 km, allure     "),
    ],
)
def test_which_paces_are_blanked(text: str, blanked: str) -> None:
    assert without_training_amounts(text) == blanked


@pytest.mark.parametrize(
    "text",
    [
        "Tempo 17:00 - 18:00 Laufen",  # minutes past 15: a clock span
        "Laufen 10 km Tempo 8:00 - 9:00",  # an hour apart: a clock span
        "Tempo 5:10",  # `Tempo` with no sport or distance: left as written
        "Corsa 10 km, tempo 1:30 h",  # a unit after it: Italian for how long
    ],
)
def test_what_stays_as_written(text: str) -> None:
    assert without_training_amounts(text) == text


def test_the_warning_names_the_pace() -> None:
    assert amount_warning("Pace: 4:30-4:45") == (
        '"Pace: 4:30-4:45" gives a pace (4:30-4:45), not a length: kept as a note'
    )
