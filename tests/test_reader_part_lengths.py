"""A weekday table whose columns are parts of the day with a length in the header
(`| Day | Morning (2h) | Afternoon (2h) |`): each filled cell a block of that length."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.durations import parse_duration
from tests.paths import DATA
from tests.reader_support import warnings

PARTS = DATA / "part_lengths"


def read(name: str) -> ReadResult:
    return read_plan(PARTS / name)


def sessions(result: ReadResult) -> list[tuple[str | None, list[tuple[str, int, str | None]]]]:
    return [
        (d.weekday, [(b.title, b.min_minutes, b.session) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_each_cell_takes_the_length_of_its_part_of_the_day() -> None:
    result = read("en-morning-afternoon.md")
    assert sessions(result) == [
        ("mon", [("Algebra", 120, "Morning"), ("Geometry", 120, "Afternoon")]),
        ("tue", [("Mechanics", 120, "Morning"), ("Optics", 120, "Afternoon")]),
        ("wed", [("Organic chemistry", 120, "Morning")]),
    ]
    assert warnings(result) == []


def test_spanish_parts_read_hours_and_minutes_written_apart() -> None:
    result = read("es-manana-tarde.md")
    assert sessions(result) == [
        ("mon", [("Historia", 120, "Mañana"), ("Filosofía", 90, "Tarde")]),
        ("tue", [("Biología", 120, "Mañana")]),
        ("thu", [("Química", 90, "Tarde")]),
    ]
    assert warnings(result) == []


def test_a_cell_with_its_own_length_keeps_it_and_no_part_is_taken_for_the_topic() -> None:
    result = read("de-vormittag-minuten.md")
    assert sessions(result) == [
        ("mon", [("Analysis", 90, "Vormittag"), ("Lineare Algebra", 90, "Nachmittag")]),
        ("tue", [("Statistik", 90, "Vormittag")]),
        ("wed", [("Analysis", 120, "Vormittag"), ("Programmieren", 90, "Nachmittag")]),
    ]
    assert warnings(result) == []


def test_french_parts_in_hours_and_minutes() -> None:
    assert sessions(read("fr-matin-soir.md")) == [
        ("mon", [("Mathématiques", 180, "Matin"), ("Fiches de vocabulaire", 45, "Soir")]),
        ("wed", [("Physique", 180, "Matin"), ("Fiches de vocabulaire", 45, "Soir")]),
    ]


def test_italian_parts_in_ore() -> None:
    assert sessions(read("it-mattina-pomeriggio.md")) == [
        ("mon", [("Diritto privato", 120, "Mattina"), ("Inglese", 60, "Pomeriggio")]),
        ("tue", [("Economia", 120, "Mattina"), ("Inglese", 60, "Pomeriggio")]),
    ]


def test_dutch_parts_in_uur() -> None:
    assert sessions(read("nl-ochtend-middag.md")) == [
        ("mon", [("Wiskunde", 120, "Ochtend"), ("Scheikunde", 90, "Middag")]),
        ("wed", [("Natuurkunde", 120, "Ochtend"), ("Wiskunde", 90, "Middag")]),
    ]


def test_any_column_label_with_a_length_gives_its_cells_that_length() -> None:
    assert sessions(read("pt-label-with-length.md")) == [
        ("mon", [("Capítulo 1", 30, "Leitura"), ("Lista 1", 60, "Exercícios")]),
        ("tue", [("Capítulo 2", 30, "Leitura"), ("Lista 2", 60, "Exercícios")]),
    ]


def test_a_header_with_a_bracket_but_no_length_reads_as_before() -> None:
    result = read("en-optional-topic-untouched.md")
    assert sessions(result) == [
        ("mon", [("Arrays", 120, None)]),
        ("tue", [("Strings", 60, None)]),
    ]
    assert warnings(result) == []


def test_numbered_days_take_their_parts_lengths_and_the_first_block_titles_the_day() -> None:
    result = read("pt-numbered-days.md")
    assert [(d.number, d.weekday, d.title) for d in result.plan.days] == [
        (1, None, "Funções"),
        (2, None, "Probabilidade"),
        (3, None, "Simulado"),
    ]
    assert sessions(result) == [
        (None, [("Funções", 120, "Manhã"), ("Geometria", 90, "Tarde")]),
        (None, [("Probabilidade", 120, "Manhã")]),
        (None, [("Simulado", 120, "Manhã"), ("Correção do simulado", 90, "Tarde")]),
    ]
    assert warnings(result) == []


def test_hours_and_minutes_written_apart_are_one_length_where_the_length_ends() -> None:
    assert parse_duration("Tarde (1 h 30)") == (90, 90)
    assert parse_duration("Pomeriggio (1h 30, aula 3)") == (90, 90)
    assert parse_duration("- Revisión 1 h 30") == (90, 90)
    assert parse_duration("Tarde (1 h 30 min)") == (90, 90)
