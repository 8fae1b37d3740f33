"""A grid with its hour column on both sides: the right-hand column is the hours again, folded
into the left-hand one, never a day's column or a cell's text."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.hour_sides import hour_sides
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

GRIDS = DATA / "hour_sides"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_an_html_grid_with_hours_on_both_sides_and_an_end_row() -> None:
    result = read("fr-heures-des-deux-cotes.md")
    # The Fin row's hour, on the right only, ends the last slot: Table ronde is 10:30-12:00.
    assert day_blocks(result.plan) == [
        (
            "mon",
            [("Accueil", 30, "09:00"), ("Conférence", 60, "09:30"), ("Table ronde", 90, "10:30")],
        ),
        ("tue", [("Atelier", 90, "09:00"), ("Posters", 90, "10:30")]),
    ]
    assert [d.title for d in result.plan.days] == ["Lundi", "Mardi"]
    assert warnings(result) == []


def test_a_markdown_grid_headed_zeit_on_both_sides() -> None:
    result = read("de-zeit-links-und-rechts.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Deutsch", 45, "08:00"), ("Mathematik", 45, "08:45"), ("Erdkunde", 45, "09:30")]),
        ("wed", [("Englisch", 45, "08:00"), ("Biologie", 45, "08:45"), ("Musik", 45, "09:30")]),
    ]
    assert warnings(result) == []


def test_a_right_hand_column_of_rooms_is_no_hour_column() -> None:
    result = read("es-aula-a-la-derecha.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Álgebra", 60, "16:00"), ("Física", 60, "17:00"), ("Inglés", 60, "18:00")]),
        ("thu", [("Cálculo", 60, "16:00"), ("Química", 60, "17:00"), ("Dibujo", 60, "18:00")]),
    ]
    assert warnings(result) == [
        '7: the last slot "18:00" has no end: read as 60 min, the grid\'s usual step'
    ]


def test_only_the_same_hours_on_both_sides_are_folded() -> None:
    header = ["", "Mon", "Tue", ""]
    same = [header, ["09:00", "A", "B", "09:00"], ["10:00", "C", "D", "10:00"]]
    assert hour_sides(same) == [["", "Mon", "Tue"], ["09:00", "A", "B"], ["10:00", "C", "D"]]
    # End times on the right are not the left's hours again; nor is a column headed otherwise.
    ends = [header, ["09:00", "A", "B", "10:00"], ["10:00", "C", "D", "11:00"]]
    assert hour_sides(ends) == ends
    named = [["Start", "Mon", "Tue", "End"], *same[1:]]
    assert hour_sides(named) == named
