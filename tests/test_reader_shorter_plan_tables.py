"""A `| Day | Focus |` table after the last day that numbers fewer days than the plan has
(`## If You Only Have 2 Days` under a three-day plan) is a shorter plan of its own: it gives no
day its title or focus and is warned of as a table in no day; an overview before the days, or
a summary after them that numbers every day, still gives each day its focus."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "shorter_plan_tables"


def test_a_shorter_plans_table_after_the_days_titles_no_day() -> None:
    result = read_plan(PLANS / "short-version-after-the-days.md")
    assert [(d.title, d.focus) for d in result.plan.days] == [
        ("Day 1", None),
        ("Past tense", None),
        ("Food and markets", None),
    ]
    assert warnings(result) == ["17: lines 17-20: a table in no day, not read"]


def test_an_overview_before_the_days_gives_their_focus() -> None:
    plan = read_plan(PLANS / "overview-before-the-days.md").plan
    assert [(d.title, d.focus) for d in plan.days] == [
        ("Open chords", "Open chords"),
        ("Barre chords", "Barre chords"),
        ("Strumming patterns", "Strumming patterns"),
    ]


def test_a_summary_of_every_day_after_them_still_gives_their_focus() -> None:
    plan = read_plan(PLANS / "summary-after-all-days.md").plan
    assert [d.focus for d in plan.days] == ["Open chords", "Barre chords", "Strumming patterns"]


def test_a_summary_of_every_day_after_them_still_names_their_focus() -> None:
    result = read_plan(PLANS / "full-summary-after-the-days.md")
    assert [(d.title, d.focus) for d in result.plan.days] == [
        ("Starter", "Starter"),
        ("Dough", "Dough"),
        ("Baking", "Baking"),
    ]


def test_a_table_before_the_days_names_the_days_it_lists() -> None:
    result = read_plan(PLANS / "partial-focus-before-the-days.md")
    assert [(d.title, d.focus) for d in result.plan.days] == [
        ("Bowline", "Bowline"),
        ("Clove hitch", "Clove hitch"),
        ("Day 3", None),
    ]
