"""Hours and minutes with a dot in a table's length cell (`| Lezen | 1.30 uur |`): 90 minutes,
as after a line's words, not 1.3 hours; decimal hours and a column of starts stay as read."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

CELLS = DATA / "table_hour_cells"


def read(name: str) -> ReadResult:
    return read_plan(CELLS / name)


def test_dotted_hours_and_minutes_under_duur_are_minutes() -> None:
    # `1.5 uur` is one digit and `1.25 uur` a quarter: decimal hours, as on a line
    result = read("nl-duur-dotted-hours-minutes.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [("Lezen", 90, None), ("Oefenen", 45, None), ("Herhalen", 90, None),
             ("Schrijven", 75, None)],
        )
    ]  # fmt: skip
    assert warnings(result) == []


def test_dotted_std_under_zeitaufwand_are_minutes_but_a_half_stays_decimal() -> None:
    result = read("de-zeitaufwand-dotted-hours-minutes.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Analysis", 90, None), ("Statistik", 135, None), ("Physik", 90, None)])
    ]


def test_dotted_h_after_the_task_under_time_are_minutes() -> None:
    result = read("en-task-time-dotted-hours-minutes.md")
    assert day_blocks(result.plan) == [("mon", [("Reading", 90, None), ("Essay", 135, None)])]


def test_dotted_horas_before_the_words_under_duracion_are_minutes() -> None:
    # the header names the length, where no words come before it in the row
    result = read("es-duracion-first-dotted-hours-minutes.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Lectura del tema 3", 90, None), ("Ejercicios resueltos", 45, None)])
    ]


def test_dotted_ore_under_durata_are_minutes() -> None:
    result = read("it-durata-dotted-hours-minutes.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Lettura del capitolo 5", 90, None), ("Esercizi", 75, None)])
    ]


def test_dotted_times_from_the_morning_under_tijd_stay_starts() -> None:
    result = read("nl-tijd-dotted-times-stay-starts.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Inschrijving", 30, "08:30"), ("Warming-up", 75, "09:00")])
    ]
    assert warnings(result) == ['9: row "Wedstrijd" has a start time but no length']
