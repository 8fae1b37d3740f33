"""A length per week or month is a budget, never a block (`(15-18 hours/week)`, #12)."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "budgets"


@pytest.mark.parametrize(
    "text",
    [
        "Evening (15-18 hours/week)",
        "Abends (10 h/Woche)",
        "8 Stunden pro Woche",
        "Intensiva (20 horas semanales)",
        "6 heures par semaine",
        "5 ore a settimana",
        "4 uur per week",
        "Club (12 hours per month)",
    ],
)
def test_a_length_per_week_or_month_is_no_length(text: str) -> None:
    assert find_duration(text) is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("2 hours a day", 120), ("Reading (30 min) 3x a week", 30), ("Review 2h / week 3", 120)],
)
def test_a_length_per_day_or_before_a_week_number_stays_a_length(text: str, minutes: int) -> None:
    found = find_duration(text)
    assert found is not None
    assert found.lo == minutes


def test_templates_written_only_in_code_blocks_are_refused_naming_the_code_blocks() -> None:
    # the budgets in the headings and their echoes in the results list are no blocks
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / "horas-semanales-code.md")
    message = str(caught.value)
    assert "horas-semanales-code.md:1: no timed blocks found" in message
    assert "code blocks are not read" in message


def test_a_weekly_total_in_a_day_is_a_note_not_a_block() -> None:
    result = read_plan(PLANS / "stunden-pro-woche-item.md")
    assert pinned(result.plan, 0) == [("Laufen", 40, None), ("Dehnen", 10, None)]
    assert result.plan.days[0].notes == ("Gesamtumfang: 5 Stunden pro Woche",)


def test_a_day_title_keeps_its_weekly_budget_whole() -> None:
    result = read_plan(PLANS / "heures-par-semaine.md")
    assert result.plan.days[0].title == "Analyse (6 heures par semaine)"
    assert pinned(result.plan, 0) == [("Intégrales", 60, None), ("Séries", 30, None)]
