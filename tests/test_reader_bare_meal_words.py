"""A meal word alone as a timed line's title is a gap: German `Mittag` (`12:00 Mittag`,
`| 12:30 | Mittag |`) as `Mittagessen` is, and `Almoço`, `Pranzo`, `Déjeuner`, `Comida` and
`Lunch` as before; `Mittag` over rows and Dutch `Middag` (the afternoon) are no meal."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.blocks import is_break
from tests.paths import DATA
from tests.reader_support import warnings

WORDS = DATA / "bare_meal_words"


def read(name: str) -> tuple[list[tuple[str, int, str | None, str | None]], list[str]]:
    """The plan's one day as its blocks (title, minutes, pin, session) and its notes."""
    result = read_plan(WORDS / name)
    assert warnings(result) == []
    (day,) = result.plan.days
    blocks = [(b.title, b.min_minutes, b.at, b.session) for v in day.variants for b in v.blocks]
    return blocks, list(day.notes)


@pytest.mark.parametrize(
    ("name", "read_as"),
    [
        (
            "mittag-zwischen-startzeiten.md",
            ([("Mathe", 180, "09:00", None), ("Physik", 120, "13:00", None)], ["12:00 Mittag"]),
        ),
        (
            "mittag-in-einer-tabelle.md",
            (
                [("Statistik", 210, "09:00", None), ("Programmieren", 90, "13:30", None)],
                ["12:30 Mittag"],
            ),
        ),
        (
            "mittag-mit-spanne.md",
            ([("Chemie", 180, "09:00", None), ("Biologie", 90, "13:00", None)], []),
        ),
        (
            "almoco-entre-horarios.md",
            ([("Álgebra", 210, "09:00", None), ("Redação", 120, "13:30", None)], ["12:30 Almoço"]),
        ),
        (
            "pranzo-in-tabella.md",
            (
                [("Diritto privato", 210, "09:00", None), ("Economia", 90, "13:30", None)],
                ["12:30 Pranzo"],
            ),
        ),
        (
            "dejeuner-entre-creneaux.md",
            (
                [("Physique", 180, "09:00", None), ("Chimie", 90, "13:30", None)],
                ["12:00 : Déjeuner"],
            ),
        ),
        (
            "comida-como-franja.md",
            ([("Anatomía", 240, "09:00", None), ("Fisiología", 120, "14:00", None)], []),
        ),
        (
            "lunch-between-starts.md",
            (
                [("Calculus", 180, "09:00", None), ("Essay draft", 90, "12:45", None)],
                ["12:00 Lunch"],
            ),
        ),
    ],
)
def test_a_meal_word_alone_is_a_gap(
    name: str, read_as: tuple[list[tuple[str, int, str | None, str | None]], list[str]]
) -> None:
    assert read(name) == read_as


def test_mittag_as_a_group_row_stays_the_part_of_the_day() -> None:
    blocks, _ = read("mittag-als-gruppenzeile.md")
    assert blocks == [
        ("Geschichte", 150, "09:00", "Vormittag"),
        ("Vokabeln", 45, "12:30", "Mittag"),
        ("Erdkunde", 120, "14:00", "Nachmittag"),
    ]


def test_dutch_middag_is_the_afternoon_not_a_meal() -> None:
    blocks, _ = read("middag-is-de-namiddag.md")
    assert blocks == [("Wiskunde", 180, "09:00", None), ("Middag", 210, "12:30", None)]


@pytest.mark.parametrize(
    ("title", "meal"),
    [
        ("Mittag", True),
        ("**Mittag**", True),
        ("Mittag (Mensa)", True),
        ("Mittagessen", True),
        ("Mittag: Lesen", False),  # a label: at midday, reading
        ("Mittag und Vokabeln", False),
        ("Nachmittag", False),
        ("Middag", False),
        ("Mediodía", False),
        ("Mezzogiorno", False),
    ],
)
def test_which_titles_name_lunch(title: str, meal: bool) -> None:
    assert is_break(title) is meal


def test_mittag_over_other_lines_is_no_break() -> None:
    assert is_break("Mittag", timed=False) is False
    assert is_break("Mittagspause", timed=False) is True
