"""A school day's breaks (`Récréation`, `Récré`, `Ricreazione`, `Recreio`, `Speelkwartier`,
`Hofpause`, `Große Pause`) are gaps between blocks, as `Pause` is; English `Recreation (1h)`
is leisure, a block."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

BREAKS = DATA / "school_breaks"


def read(name: str) -> ReadResult:
    return read_plan(BREAKS / name)


def test_a_french_timetable_row_of_recreation_is_a_gap_on_every_day() -> None:
    result = read("fr-recreation-grid.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Mathématiques", 55, "08:30"),
                ("Histoire-géo", 55, "09:25"),
                ("Français", 55, "10:35"),
            ],
        ),
        (
            "thu",
            [("SVT", 55, "08:30"), ("Anglais", 55, "09:25"), ("Éducation musicale", 55, "10:35")],
        ),
    ]
    assert warnings(result) == []


def test_english_recreation_without_accents_stays_a_block() -> None:
    result = read("en-recreation-leisure.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Chemistry revision", 90, "09:00"),
                ("Recreation", 60, "10:30"),
                ("Flashcards", 30, "11:30"),
            ],
        )
    ]
    assert warnings(result) == []


def test_the_short_french_recre_is_a_gap() -> None:
    result = read("fr-recre-short.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Physique-chimie", 60, "08:00"), ("Espagnol", 50, "09:10")])
    ]


def test_italian_ricreazione_is_a_gap() -> None:
    result = read("it-ricreazione-list.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Latino", 60, "08:00"), ("Storia", 50, "09:00"), ("Chimica", 55, "10:05")])
    ]


def test_portuguese_recreio_is_a_gap() -> None:
    result = read("pt-recreio-list.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Matemática", 50, "08:15"), ("Geografia", 50, "09:25")])
    ]


def test_dutch_speelkwartier_is_a_gap() -> None:
    result = read("nl-speelkwartier-list.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Rekenen", 90, "08:30"), ("Begrijpend lezen", 75, "10:15")])
    ]


def test_german_hofpause_and_grosse_pause_are_gaps() -> None:
    result = read("de-hofpause-grosse-pause.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Deutsch", 45, "07:45"), ("Physik", 45, "08:45"), ("Erdkunde", 45, "09:50")])
    ]
    assert warnings(result) == []
