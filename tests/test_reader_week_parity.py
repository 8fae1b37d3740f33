"""Alternating weeks (`## Week A` / `## Week B`, `Semaine impaire` / `Semaine paire`): weeks 1
and 2 in the order written, so that the two Mondays are two days of their own."""

from __future__ import annotations

from planexport.keys import day_key
from planexport.reader import read_plan
from planexport.reader.week_parity import WeekParity
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "week_parity"


def test_week_a_and_week_b_headings_are_weeks_one_and_two() -> None:
    result = read_plan(PLANS / "en-week-a-b.md")
    plan = result.plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Monday"),
        (1, "thu", "Thursday"),
        (2, "mon", "Monday"),
    ]
    assert [b.title for d in plan.days for v in d.variants for b in v.blocks] == [
        "Chemistry lab",
        "Seminar",
        "Physics lab",
    ]
    assert warnings(result) == []  # no "second Monday"


def test_odd_then_even_grids_number_the_weeks_in_the_order_written() -> None:
    plan = read_plan(PLANS / "fr-semaine-impaire-paire-grids.md").plan
    assert [(d.week, d.weekday) for d in plan.days] == [
        (1, "mon"),
        (1, "tue"),
        (2, "mon"),
        (2, "tue"),
    ]
    assert [d.variants[0].blocks[0].title for d in plan.days] == [
        "Anglais",
        "Histoire",
        "Espagnol",
        "Histoire",
    ]
    keys = {day_key("plan", 1, week=d.week) for d in plan.days if d.weekday == "mon"}
    assert len(keys) == 2


def test_only_short_headings_of_alternating_weeks_count() -> None:
    parity = WeekParity()
    assert parity.week("Gerade Wochen") == 1
    assert parity.week("Ungerade Wochen") == 2
    assert parity.week("Gerade Wochen") == 1
    assert parity.week("Even more practice this week for the odd ones out") is None
    assert parity.week("A week of rest") is None
    assert parity.week("Week 3") is None
