"""Tables timed by a `Minutes` header over bare numbers: a second one outside the day is said."""

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


def test_second_lesson_table_outside_the_day_is_said_once() -> None:
    assert _blocks("en-two-lessons-no-day.md") == (
        [("Drama club", [("Breathing (10 min)", 10), ("Reading the scene aloud", 20)])],
        [
            '12: table "Minutes | Activity" (2 rows timed by its "Minutes" column) '
            "is in no day: not read"
        ],
    )


def test_german_minutes_column_last_is_said_too() -> None:
    assert _blocks("de-zwei-stunden-ohne-tag.md") == (
        [("Chor-AG", [("Einsingen (10 Minuten)", 10), ("Kanon in drei Stimmen", 25)])],
        [
            '12: table "Tätigkeit | Minuten" (3 rows timed by its "Minuten" column) '
            "is in no day: not read"
        ],
    )


def test_spanish_min_abbreviation_is_said() -> None:
    assert _blocks("es-sesion-con-min.md") == (
        [("Taller de cerámica", [("Amasar el barro (15 min)", 15), ("Torno", 40)])],
        ['12: table "Min. | Actividad" (1 row timed by its "Min." column) is in no day: not read'],
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
