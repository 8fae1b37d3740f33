"""`a las 2 h` said again as `2 horas`: hours into something, never a block at 02:00."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "elapsed_hours"


def test_spanish_app_rule_is_no_block_and_an_untimed_plan_is_refused() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / "es-app-auto-cierre.md")


def test_portuguese_app_rule_beside_an_untimed_table_is_refused() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / "pt-encerramento.md")


def test_italian_rule_inside_the_day_is_its_note() -> None:
    plan = read_plan(PLANS / "it-nella-giornata.md").plan
    assert pinned(plan, 0) == [("Riscaldamento", 10, None), ("Squat", 25, None)]
    assert plan.days[0].notes == (
        "**Chiusura automatica alle 2 h**: dopo 2 ore senza modifiche la sessione si chiude.",
    )


def test_french_time_of_day_with_other_hours_stays_a_start() -> None:
    result = read_plan(PLANS / "fr-fermeture.md")
    assert pinned(result.plan, 0) == [("Réunion de groupe", 120, "14:00"), ("Fiches", 45, "16:00")]
    assert [w.line for w in result.warnings] == [8]


def test_english_timer_rule_after_the_routine_is_not_read() -> None:
    result = read_plan(PLANS / "en-timer-rule.md")
    assert pinned(result.plan, 0) == [("Scales", 15, None), ("Sight reading", 30, None)]
    assert [w.message for w in result.warnings] == [
        '"The timer stops at 3 h: after 3 hours without a pause it …" is in no day: not read'
    ]
