"""A week written in a code block: weekday lines (`Monday: 1.5 hours`) over their clock spans,
drawn as a tree (`├── 6:00-7:00 PM: Scales (1 hour)`) or as bullets. Each weekday line is a day
holding its spans, as the same lines written as headings and bullets are read."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "code_weekdays"


def test_a_tree_drawn_week_in_a_code_block_is_a_day_per_weekday_line() -> None:
    result = read_plan(PLANS / "tree-week.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Scales and arpeggios", 60, "18:00"), ("Sight-reading", 30, "19:15")]),
        ("tue", [("Sonata, first movement", 60, "18:00")]),
        ("sat", [("Etudes", 90, "10:00"), ("Recording a run-through", 90, "14:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["Monday", "Tuesday", "Long session"]
    assert warnings(result) == []


def test_bulleted_spans_under_weekday_lines_in_a_text_fence() -> None:
    plan = read_plan(PLANS / "dashed-points.md").plan
    assert day_blocks(plan) == [
        ("wed", [("Soil and compost", 90, "09:00"), ("Seed trays", 60, "11:00")]),
        ("thu", [("Pruning fruit trees", 120, "09:00")]),
    ]


def test_a_weekday_range_line_over_a_nested_tree_is_each_of_its_days() -> None:
    plan = read_plan(PLANS / "nested-tree.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "sun"]
    assert day_blocks(plan)[1] == (
        "tue",
        [("Statistics reading", 60, "19:00"), ("Problem set", 45, "20:15")],
    )


def test_a_block_with_another_line_stays_code() -> None:
    with pytest.raises(PlanError, match="code blocks are not read"):
        read_plan(PLANS / "other-lines.md")


def test_a_block_in_a_programming_language_is_read_as_before() -> None:
    plan = read_plan(PLANS / "language-fence.md").plan
    assert [d.weekday for d in plan.days] == [None]
    assert [t for _, blocks in day_blocks(plan) for t, _, _ in blocks] == [
        'print("scales")',
        'print("repertoire")',
    ]


def test_one_weekday_line_is_read_as_before() -> None:
    plan = read_plan(PLANS / "one-weekday.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [("sun", "Day 1")]
    assert [(m, at) for _, blocks in day_blocks(plan) for _, m, at in blocks] == [
        (60, "08:00"),
        (60, "09:30"),
    ]


def test_a_second_code_week_that_starts_again_is_the_next_week_and_said_so() -> None:
    result = read_plan(PLANS / "two-templates.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "thu", "tue", "sat"]
    assert day_blocks(result.plan)[3] == ("sat", [("Learning a new piece", 180, "10:00")])
    assert warnings(result) == [
        '14: "Tuesday: 2 hours" starts the week again: this code block is read as the week '
        "after the one at line 5, not as a choice between them"
    ]
