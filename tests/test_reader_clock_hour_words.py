"""Clock times with an hours word after them (`9:00 hrs - 10:30 hrs`, `10:45hs a 12:15hs`,
`| 08:30 hs |`): times of the day, not lengths of nine or sixteen hours."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.clock_hour_words import clock_hour_words
from tests.paths import DATA
from tests.reader_support import pinned

FOLDER = DATA / "clock_hour_words"


def test_spans_with_the_word_after_both_times_are_spans_of_the_day() -> None:
    plan = read_plan(FOLDER / "es-taller-hrs.md").plan
    assert pinned(plan, 0) == [
        ("Variables y tipos", 90, "09:00"),
        ("Funciones", 90, "10:45"),
        ("Proyecto guiado", 90, "13:30"),
    ]


def test_a_length_of_hours_and_minutes_stays_a_length() -> None:
    plan = read_plan(FOLDER / "es-taller-hrs.md").plan
    assert pinned(plan, 1) == [
        ("Lectura del capítulo 4", 90, None),
        ("Ejercicios de repaso", 45, None),
    ]


def test_starts_in_a_table_with_the_word_are_an_agenda() -> None:
    result = read_plan(FOLDER / "pt-inicio-hs.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [("sat", "Sábado")]
    assert pinned(result.plan, 0) == [
        ("Credenciamento", 30, "08:30"),
        ("Commits e branches", 90, "09:00"),
        ("Merge e rebase", 90, "10:30"),
    ]


def test_the_rewrite_rules() -> None:
    assert clock_hour_words("- 9:00 hrs - 10:30 hrs Clase") == "- 9:00 - 10:30 Clase"
    assert clock_hour_words("(16:00hs - 19:30hs)") == "(16:00 - 19:30)"
    assert clock_hour_words("- 09:00 hs Apertura") == "- 09:00 Apertura"
    assert clock_hour_words("| 16:00hs | Cierre |") == "| 16:00 | Cierre |"
    # lengths of hours and minutes, and a lone time inside a line, stay as written
    assert clock_hour_words("- Reading (1:30 h)") == "- Reading (1:30 h)"
    assert clock_hour_words("(1:30 h – 2:00 h)") == "(1:30 h – 2:00 h)"
    assert clock_hour_words("Total: 12:00 hrs") == "Total: 12:00 hrs"
