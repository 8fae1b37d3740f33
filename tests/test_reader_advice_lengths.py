"""A plan with no day whose only length is a daily minimum (`Dedique pelo menos 30 minutos por
dia`) is refused; a length with only one of those words stays a block."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "advice_lengths"


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("weeks-of-topics-daily-minimum.md", 11, "30 minutos"),
        ("spend-at-least-a-day.md", 8, "20 minutes"),
        ("au-moins-par-jour.md", 8, "15 minutes"),
        ("minstens-per-dag-two-tips.md", 7, "10 minuten"),
    ],
)
def test_a_plan_whose_only_length_is_a_daily_minimum_is_refused(
    name: str, line: int, length: str
) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert "no timed blocks found (no days found" in message
    assert f'the only length is advice, line {line}: "{length}" as a daily minimum' in message


def test_at_least_without_a_day_stays_a_block() -> None:
    plan = read_plan(PLANS / "at-least-without-a-day-stays-a-block.md").plan
    assert [(b[1], b[2]) for b in blocks_with_items(plan)] == [(10, None)]


def test_a_day_without_at_least_stays_a_block() -> None:
    plan = read_plan(PLANS / "a-day-without-at-least-stays-a-block.md").plan
    assert [b[:3] for b in blocks_with_items(plan)] == [("Reading", 30, None)]


def test_advice_beside_a_timed_line_leaves_the_plan_as_before() -> None:
    plan = read_plan(PLANS / "advice-beside-a-timed-line.md").plan
    assert [b[1] for b in blocks_with_items(plan)] == [20, 10]


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("we-recommend-at-least.md", 11, "45 minutes"),
        ("wir-empfehlen-mindestens.md", 5, "eine Stunde"),
    ],
)
def test_a_plan_whose_only_length_is_a_recommended_minimum_is_refused(
    name: str, line: int, length: str
) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert "no timed blocks found (no days found" in message
    assert f'the only length is advice, line {line}: "{length}" as a recommended minimum' in message


@pytest.mark.parametrize(
    "name", ["recommended-order-stays-a-block.md", "labelled-recommendation-stays-a-block.md"]
)
def test_a_recommendation_apart_or_after_a_label_leaves_the_block(name: str) -> None:
    plan = read_plan(PLANS / name).plan
    assert [(b[0][:6], b[1]) for b in blocks_with_items(plan)] == [("Scales", 15)]


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("we-recommend-at-least-refused.md", 5, "one hour"),
        ("wir-empfehlen-mindestens-refused.md", 4, "45 Minuten"),
    ],
)
def test_a_plan_whose_only_length_is_a_recommended_minimum_is_refused_en_de(
    name: str, line: int, length: str
) -> None:
    # "We recommend to spend at least one hour on each set": how long to keep at it, no block.
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert f'line {line}: "{length}" as a recommended minimum, which says how long' in message


def test_a_recommended_minimum_beside_a_timed_day_leaves_the_plan_as_before() -> None:
    result = read_plan(PLANS / "recommended-minimum-beside-a-day-stays.md")
    assert [b[:2] for b in blocks_with_items(result.plan)] == [("Lecture on sorting", 60)]
    assert [w.line for w in result.warnings] == [9]
