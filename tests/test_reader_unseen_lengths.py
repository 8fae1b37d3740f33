"""Lengths as unseen plans write them: an item of zero length is skipped with a warning wherever
it is; a hedge before a length ("about", "e.g.", "ca.", "~") keeps the length, not the title."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "unseen"


def blocks(plan: Plan, index: int = 0) -> list[tuple[float, str, int, int]]:
    return [
        (v.hours, b.title, b.min_minutes, b.max_minutes)
        for v in plan.days[index].variants
        for b in v.blocks
    ]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_a_zero_length_item_under_an_hour_plan_is_skipped_with_a_warning() -> None:
    result = read_plan(PLANS / "zero-item-in-hour-plan.md")
    assert blocks(result.plan) == [(4, "Concepts", 60, 60), (4, "Practice", 90, 90)]
    assert messages("zero-item-in-hour-plan.md") == [
        '8: "Mock interview" has a zero duration ("0 min"): skipped'
    ]


def test_a_zero_length_row_of_an_hour_plan_table_is_skipped_with_a_warning() -> None:
    result = read_plan(PLANS / "zero-row-in-hour-plan-table.md")
    assert blocks(result.plan) == [(2, "Theory", 45, 45), (2, "Problems", 60, 60)]
    assert messages("zero-row-in-hour-plan-table.md") == [
        '10: "Quiz" has a zero duration ("0 min"): skipped'
    ]


def test_an_added_item_of_zero_length_leaves_the_longer_plan_as_the_shorter_one() -> None:
    result = read_plan(PLANS / "zero-item-added.md")
    three = [(3, "Concepts", 60, 60), (3, "Practice", 90, 90)]
    assert blocks(result.plan) == [*three, *[(4, t, lo, hi) for _, t, lo, hi in three]]
    assert messages("zero-item-added.md") == [
        '14: "Bonus reading" has a zero duration ("0 min"): skipped'
    ]


def test_an_hour_plan_with_only_a_zero_length_item_is_still_refused() -> None:
    # Still refused: nothing is left, and the error names the line that was skipped.
    with pytest.raises(PlanError, match='no timed blocks found: block "Concepts" has a zero'):
        parse_markdown("# P\n\n## Day 1\n\n### 4-Hour Plan\n\n- Concepts (0 min)\n")


def test_hedges_before_a_length_keep_the_length_and_leave_the_title() -> None:
    result = read_plan(PLANS / "hedged-lengths.md")
    assert [(t, lo) for _, t, lo, _ in blocks(result.plan)] == [
        ("Warm-up", 15),
        ("Practice", 45),
        ("Reading", 30),
        ("Listening", 20),
        ("Vokabeln", 25),
        ("Review", 60),
        ("Writing", 40),
    ]
    assert result.warnings == ()


def test_an_example_time_of_day_is_still_no_time_but_an_example_length_is_read() -> None:
    result = read_plan(PLANS / "example-time-of-day.md")
    assert [(t, lo) for _, t, lo, _ in blocks(result.plan)] == [
        ("Install tools", 30),
        ("First exercise", 45),
    ]
    assert all(b.at is None for v in result.plan.days[0].variants for b in v.blocks)


@pytest.mark.parametrize(
    ("line", "title", "minutes"),
    [
        ("Drill: around 20 min", "Drill", 20),
        ("Lesen etwa 30 Minuten", "Lesen", 30),
        ("Lecture environ 1 h", "Lecture", 60),
        ("Lectura (aprox. 45 min)", "Lectura", 45),
        ("Lezen ongeveer 25 minuten", "Lezen", 25),
        ("Quiz ≈ 10 min", "Quiz", 10),
    ],
)
def test_hedges_in_every_language(line: str, title: str, minutes: int) -> None:
    plan = parse_markdown(f"# P\n\n## Day 1\n\n- {line}\n")
    assert [(t, lo) for _, t, lo, _ in blocks(plan)] == [(title, minutes)]


def test_a_word_that_ends_in_a_hedge_stays_in_the_title() -> None:
    plan = parse_markdown("# P\n\n## Day 1\n\n- Africa 30 min\n- Tour about 1 h\n")
    assert [t for _, t, _, _ in blocks(plan)] == ["Africa", "Tour"]
