"""A day's timetable, then sections that repeat its rows' spans: the timetable is the day and
each section's lines are its block's items."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "table_details"


def test_german_table_is_the_day_and_the_units_sections_its_details() -> None:
    result = read_plan(PLANS / "de-lernbloecke.md")
    assert [d.title for d in result.plan.days] == ["Prüfungstag zu Hause"]
    assert blocks_with_items(result.plan) == [
        (
            "Einheit 1: Chemie – Redoxreaktionen",
            90,
            "08:30",
            ["**Ziel:** Oxidationszahlen sicher bestimmen", "Aufgaben 1–6 im Heft"],
        ),
        (
            "Einheit 2: Geschichte – Weimarer Republik",
            90,
            "10:20",
            ["**Ziel:** Zeitstrahl 1919–1933"],
        ),
        ("Rückblick", 20, "11:50", []),
    ]
    assert result.warnings == ()


def test_english_list_timetable_with_two_of_its_sessions_detailed() -> None:
    result = read_plan(PLANS / "en-list-then-sessions.md")
    assert blocks_with_items(result.plan) == [
        (
            "Statistics",
            90,
            "09:00",
            ["Hypothesis tests, past paper 2023", "Check answers against the mark scheme"],
        ),
        ("Microeconomics", 90, "10:45", []),
        ("Essay plan", 60, "13:00", ["Outline the argument in five paragraphs."]),
    ]
    assert result.warnings == ()


def test_spanish_blocks_detailed_by_number_and_span_only() -> None:
    result = read_plan(PLANS / "es-tabla-bloques.md")
    assert blocks_with_items(result.plan) == [
        ("Biología", 60, "16:00", ["Repasar la célula eucariota"]),
        ("Matemáticas", 90, "17:15", ["Derivadas: ejercicios 10 a 20"]),
    ]
    assert result.warnings == ()


def test_french_hours_match_the_row_they_detail() -> None:
    result = read_plan(PLANS / "fr-seances.md")
    assert blocks_with_items(result.plan) == [
        ("Anglais", 60, "09:00", []),
        ("Philosophie", 60, "10:00", ["Dissertation : la liberté", "Relire le cours de Kant"]),
        ("Fiches de vocabulaire", 45, "11:15", []),
    ]
    assert result.warnings == ()
