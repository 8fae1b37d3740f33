"""A day table whose length column is headed by its unit alone (`| Day | Topic | Hours |` over
bare numbers): each row a block of that many hours or minutes, titled by its topic."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.durations import parse_duration
from planexport.reader.table_columns import header_unit
from tests.paths import DATA
from tests.reader_support import warnings

UNITS = DATA / "unit_columns"


def read(name: str) -> ReadResult:
    return read_plan(UNITS / name)


def day_blocks(result: ReadResult) -> list[tuple[str | None, list[tuple[str, int]]]]:
    return [
        (d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_bare_numbers_under_hours_are_hours_of_each_weekday_row() -> None:
    result = read("en-hours-column.md")
    assert day_blocks(result) == [
        ("mon", [("Arrays and hashing", 120)]),
        ("tue", [("Two pointers", 90)]),
        ("wed", [("Sliding window", 120)]),
        ("thu", [("Stacks", 60)]),
        ("fri", [("Review", 180)]),
    ]
    assert warnings(result) == []


def test_a_std_column_reads_decimal_commas_and_a_dash_is_a_day_off() -> None:
    result = read("de-std-column.md")
    assert day_blocks(result) == [
        ("mon", [("Deskriptive Statistik", 90)]),
        ("tue", [("Wahrscheinlichkeit", 120)]),
        ("wed", [("Verteilungen", 60)]),
        ("thu", []),
    ]
    assert result.plan.days[3].notes == ("Wiederholung",)
    assert warnings(result) == []


def test_a_minutos_column_counts_minutes() -> None:
    result = read("es-minutos-column.md")
    assert day_blocks(result) == [
        ("mon", [("Vocabulario", 45)]),
        ("tue", [("Gramática", 30)]),
        ("wed", [("Lectura", 60)]),
    ]


def test_uren_is_the_dutch_hours_column() -> None:
    result = read("nl-uren-column.md")
    assert day_blocks(result) == [
        ("mon", [("Hoofdstuk 1", 120)]),
        ("tue", [("Hoofdstuk 2", 90)]),
        ("thu", [("Oefentoets", 180)]),
    ]


def test_a_unit_in_brackets_after_the_length_word_gives_the_unit() -> None:
    assert day_blocks(read("fr-duree-heures-header.md")) == [
        ("mon", [("Histoire", 120)]),
        ("tue", [("Philosophie", 90)]),
        ("fri", [("Anglais", 60)]),
    ]


def test_an_abbreviated_unit_with_its_full_stop_in_brackets_gives_the_unit() -> None:
    assert day_blocks(read("it-tempo-minuti.md")) == [
        ("mon", [("Derivate", 90)]),
        ("wed", [("Integrali", 120)]),
        ("fri", [("Esercizi", 60)]),
    ]


def test_a_zero_under_horas_is_a_day_with_nothing_to_do() -> None:
    result = read("pt-horas-column.md")
    assert day_blocks(result) == [
        ("mon", [("Redação", 60)]),
        ("wed", [("Matemática", 150)]),
        ("fri", []),
    ]
    assert warnings(result) == []


def test_unit_columns_under_day_headings_read_as_before() -> None:
    result = read("en-time-min-under-day.md")
    assert day_blocks(result) == [
        ("mon", [("Past paper, section A", 45), ("Marking", 20)]),
        ("tue", [("Past paper, section B", 90)]),
    ]
    assert warnings(result) == []


def test_header_units_read_alone_in_brackets_and_with_a_full_stop() -> None:
    for header, unit in (
        ("hours", "h"),
        ("hrs", "h"),
        ("std.", "h"),
        ("uren", "h"),
        ("minutes", "min"),
        ("mins", "min"),
        ("tempo (h)", "h"),
        ("time (min)", "min"),
        ("duration (hrs)", "h"),
        ("zeit (std.)", "h"),
        ("dauer (min.)", "min"),
        ("time [min]", "min"),
        ("duur (uren)", "h"),
    ):
        assert header_unit(header) == unit, header
    assert header_unit("duration") is None
    assert header_unit("topic (optional)") is None


def test_uren_is_an_hour_word_in_any_line() -> None:
    assert parse_duration("Hoofdstuk 3 (2 uren)") == (120, 120)
