"""A note after a length (`- Lecture 90 min, room 3`): the comma or semicolon that joins it is
punctuation, not part of the note, which is `room 3`."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "length_comma_notes"


def _read(name: str) -> list[tuple[str, int, str | None]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.note) for b in result.plan.days[0].variants[0].blocks]


def test_a_note_after_a_comma_has_no_comma() -> None:
    assert _read("en-comma-notes.md") == [
        ("Lecture", 90, "room 3"),
        ("Lab", 120, "bring goggles"),
        ("Seminar", 45, "online"),  # after a length in brackets too
    ]


def test_a_note_after_a_semicolon_has_no_semicolon() -> None:
    assert _read("de-comma-notes.md") == [
        ("Vorlesung", 90, "Hörsaal 2"),
        ("Übung", 60, "Blatt 5 mitbringen"),
    ]


def test_comma_notes_in_italian_and_portuguese() -> None:
    assert _read("it-comma-notes.md") == [
        ("Lezione", 120, "aula magna"),
        ("Ripasso", 30, "con Giulia"),
    ]
    assert _read("pt-comma-notes.md") == [("Aula", 90, "sala 12"), ("Leitura", 40, "capítulo 4")]
