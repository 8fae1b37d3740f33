"""A leading `---` is front matter only when what it opens reads as keys; otherwise it is a rule."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "leading_rules"


def test_a_rule_over_a_bullet_list_of_bold_labels_is_no_front_matter() -> None:
    result = read_plan(PLANS / "rule-then-lesson.md")
    plan = result.plan
    assert [b.title for v in plan.days[0].variants for b in v.blocks] == [
        "Warm-up",
        "Halves and quarters",
        "Wrap-up",
    ]
    assert [b.min_minutes for v in plan.days[0].variants for b in v.blocks] == [10, 25, 10]
    assert warnings(result) == []


def test_a_list_between_two_rules_is_markdown_not_a_yaml_sequence() -> None:
    result = read_plan(PLANS / "rule-then-list.md")
    assert [d.weekday for d in result.plan.days] == ["mon"]
    assert pinned(result.plan, 0) == [("Reading", 90, "09:00"), ("Writing", 75, "10:45")]


def test_a_heading_between_two_rules_is_a_heading_not_a_yaml_comment() -> None:
    plan = read_plan(PLANS / "rule-then-comment-heading.md").plan
    assert plan.title == "Plan de la semaine"
    assert pinned(plan, 0) == [("Révision", 90, "14:00")]


def test_front_matter_that_starts_with_a_key_keeps_its_yaml_error() -> None:
    path = PLANS / "keyed-front-matter-with-mistake.md"
    with pytest.raises(PlanError, match="front matter") as caught:
        read_plan(path)
    assert caught.value.file == str(path)
    assert caught.value.line == 3


def test_keys_after_a_blank_line_are_still_front_matter() -> None:
    plan = read_plan(PLANS / "keyed-front-matter-after-blank.md").plan
    assert (plan.id, plan.title) == ("repaso", "Repaso: semana 1")
    assert [b.min_minutes for v in plan.days[0].variants for b in v.blocks] == [40]
