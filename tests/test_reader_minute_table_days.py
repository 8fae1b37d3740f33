"""Tables timed by a `Minutes` header over bare numbers, in a plan with no day heading."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "minute_table_days"


def _days(name: str) -> tuple[list[tuple[str, list[tuple[str, int]]]], list[str]]:
    result = read_plan(PLANS / name)
    days = [
        (d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]
    return days, warnings(result)


def test_two_tables_without_headings_are_a_day_each() -> None:
    result = read_plan(PLANS / "en-two-tables-no-heading.md")
    assert result.plan.title == "Piano practice"
    assert _days("en-two-tables-no-heading.md") == (
        [
            ("Day 1", [("Scales", 10), ("Sonatina, first page", 20)]),
            ("Day 2", [("Sight-reading", 15), ("Sonatina, second page", 15)]),
        ],
        [],
    )


def test_one_table_with_the_minutes_column_last_is_the_day() -> None:
    result = read_plan(PLANS / "pt-uma-tabela-minutos.md")
    assert result.plan.title == "Treino de leitura"
    assert _days("pt-uma-tabela-minutos.md") == (
        [
            (
                "Day 1",
                [("Leitura em voz alta", 15), ("Vocabulário novo", 10), ("Resumo escrito", 20)],
            )
        ],
        [],
    )


def test_tables_under_their_own_headings_are_titled_by_them() -> None:
    assert _days("it-prove-con-minuti.md") == (
        [
            ("Prova A", [("Riscaldamento della voce", 10), ("Canone a tre voci", 30)]),
            ("Prova B", [("Respirazione", 5), ("Brano nuovo", 35)]),
        ],
        [],
    )


def test_a_plan_with_days_keeps_a_stray_minutes_table_out_and_says_so() -> None:
    assert _days("fr-tableau-et-liste-minutee.md") == (
        [("Lundi", [("Fiches de vocabulaire", 20)])],
        [
            '9: table "Minutes | Activité" (1 row timed by its "Minutes" column) '
            "is in no day: not read"
        ],
    )
