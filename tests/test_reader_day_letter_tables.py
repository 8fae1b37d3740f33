"""A week table whose `Día` column writes the Spanish day letters (`L`, `M`, `X`, `J`, `V`, `S`,
`D`) and ranges of them (`L-M`, `X-J`): a day per weekday, never one day of all the rows."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

LETTERS = DATA / "day_letter_tables"


def read(name: str) -> ReadResult:
    return read_plan(LETTERS / name)


def test_letter_ranges_are_their_days_sharing_a_row_longer_than_a_day() -> None:
    result = read("es-letter-ranges-share-their-length.md")
    assert [(d.week, d.weekday, d.title) for d in result.plan.days] == [
        (1, "mon", "Lunes"),
        (1, "tue", "Martes"),
        (1, "wed", "Miércoles"),
        (1, "thu", "Jueves"),
        (1, "fri", "Viernes"),
        (1, "sat", "Sábado"),
    ]
    # "| L-M | Derecho civil | 8h |" beside rows of 4 h a day: 4 h on each of its two days
    assert day_blocks(result.plan) == [
        ("mon", [("Derecho civil", 240, None)]),
        ("tue", [("Derecho civil", 240, None)]),
        ("wed", [("Derecho penal", 240, None)]),
        ("thu", [("Casos prácticos", 240, None)]),
        ("fri", [("Casos prácticos", 240, None)]),
        ("sat", [("Simulacro", 240, None)]),
    ]
    assert warnings(result) == []


def test_single_letters_are_their_weekdays() -> None:
    result = read("es-day-letters-one-day-each.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Fuerza tren superior", 45, None)]),
        ("wed", [("Carrera continua", 30, None)]),
        ("fri", [("Fuerza tren inferior", 45, None)]),
        ("sun", [("Tirada larga", 90, None)]),
    ]


def test_a_range_no_longer_than_a_day_is_each_days_length() -> None:
    result = read("es-letter-range-is-each-days-length.md")
    assert day_blocks(result.plan) == [
        *[(day, [("Rodaje suave", 30, None)]) for day in ("mon", "tue", "wed", "thu", "fri")],
        ("sat", [("Series en pista", 45, None)]),
    ]


def test_english_letters_are_left_as_written() -> None:
    # "M", "T", "W" with none of the Spanish letters L, X, J, V: not read as Spanish days
    result = read("en-letter-days-are-no-spanish-days.md")
    assert day_blocks(result.plan) == [
        (None, [("Dune", 30, None), ("Dune", 20, None), ("Emma", 25, None)])
    ]
