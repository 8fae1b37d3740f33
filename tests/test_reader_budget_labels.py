"""Timed lines under a short label outside every day (`- DSA:` over `- CF contests: 2hrs`) are a
budget by topic, not a day's blocks: said once for each label, with its lines, never dropped."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "budget_labels"


def titles(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(d.title, [b.title for v in d.variants for b in v.blocks]) for d in plan.days]


def test_topic_labels_over_a_weekday_grid_are_each_warned_with_their_lines() -> None:
    read = read_plan(PLANS / "en-topic-budget-over-grid.md")
    assert titles(read.plan) == [
        ("Monday", ["Contest practice", "Blog drafts"]),
        ("Wednesday", ["Problem sets", "Contest practice"]),
    ]
    assert [(w.line, w.message) for w in read.warnings] == [
        (
            1,
            '"Algorithms:" and its 2 timed lines (lines 2-3) are in no day: '
            "a budget by topic, not read",
        ),
        (4, '"Writing:" and its 1 timed line (line 5) are in no day: a budget by topic, not read'),
    ]


def test_a_bold_label_before_the_days_is_warned_and_the_days_read_as_before() -> None:
    read = read_plan(PLANS / "es-budget-label-bold.md")
    assert titles(read.plan) == [("Lunes", ["Matemáticas"]), ("Martes", ["Historia"])]
    assert [w.line for w in read.warnings] == [3]
    assert "(lines 4-5) are in no day: a budget by topic, not read" in read.warnings[0].message
