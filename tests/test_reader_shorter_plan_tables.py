"""A `| Day | Focus |` table after the days that names fewer days than the plan has (`## If You
Only Have 2 Days` under a plan of four) is another, shorter plan: it titles none of the plan's
days; a summary table of every day, or one before the days, still names their focus."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

TABLES = DATA / "shorter_plan_tables"


def read(name: str) -> ReadResult:
    return read_plan(TABLES / name)


def test_a_shorter_plans_table_after_the_days_names_none_of_them() -> None:
    result = read("short-version-after-the-days.md")
    assert [(d.title, d.focus) for d in result.plan.days] == [
        ("Day 1", None),
        ("Coil building", None),
        ("Centring", None),
        ("First bowls", None),
    ]
    assert warnings(result) == [
        '26: row "**1** | pinch pot (40 min) + coil cylinder (40 min)" is in no day: not read'
    ]


def test_a_summary_of_every_day_after_them_still_names_their_focus() -> None:
    result = read("full-summary-after-the-days.md")
    assert [(d.title, d.focus) for d in result.plan.days] == [
        ("Starter", "Starter"),
        ("Dough", "Dough"),
        ("Baking", "Baking"),
    ]


def test_a_table_before_the_days_names_the_days_it_lists() -> None:
    result = read("partial-focus-before-the-days.md")
    assert [(d.title, d.focus) for d in result.plan.days] == [
        ("Bowline", "Bowline"),
        ("Clove hitch", "Clove hitch"),
        ("Day 3", None),
    ]
