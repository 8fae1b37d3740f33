"""Tables timed by a `Minutes` header over bare numbers: a lesson or section of its own each is a
day; one outside the days of a plan that has them is said."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "header_minute_tables"


def _blocks(name: str) -> tuple[list[tuple[str, list[tuple[str, int]]]], list[str]]:
    result = read_plan(PLANS / name)
    days = [
        (d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]
    return days, warnings(result)


def test_two_lessons_with_minute_tables_are_a_day_each() -> None:
    assert _blocks("en-two-lessons-no-day.md") == (
        [
            ("Lesson 1 — Voice", [("Breathing (10 min)", 10), ("Reading the scene aloud", 20)]),
            ("Lesson 2 — Movement", [("Mirror game", 15), ("Cool-down", 5)]),
        ],
        [],
    )


def test_german_sections_with_the_minutes_column_last_are_a_day_each() -> None:
    assert _blocks("de-zwei-stunden-ohne-tag.md") == (
        [
            ("Probe A", [("Einsingen (10 Minuten)", 10), ("Kanon in drei Stimmen", 25)]),
            (
                "Probe B",
                [("Atemübungen", 5), ("Neues Lied lernen", 30), ("Abschlussrunde", 10)],
            ),
        ],
        [],
    )


def test_spanish_sessions_with_min_abbreviation_are_a_day_each() -> None:
    assert _blocks("es-sesion-con-min.md") == (
        [
            ("Sesión 1", [("Amasar el barro (15 min)", 15), ("Torno", 40)]),
            ("Sesión 2", [("Esmaltado", 30)]),
        ],
        [],
    )


def test_two_tables_under_one_day_are_both_read() -> None:
    assert _blocks("en-one-day-two-tables.md") == (
        [
            (
                "Monday",
                [("Breathing", 10), ("Reading the scene aloud", 20), ("Mirror game", 15)],
            )
        ],
        [],
    )
