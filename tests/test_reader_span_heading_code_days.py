"""A weekday heading over a heading of a time span whose text is a code block (`## Monday —
Planning` over `### 9:00-10:00 — Weekly review` over a fenced prompt): the span heading is the
day's block and the code block its text, not a day written only as a template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

if TYPE_CHECKING:
    from pathlib import Path

PLAN = DATA / "span_heading_code_days" / "one-edge-case.md"


def test_a_day_whose_block_text_is_code_is_read() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Planning"),
        ("wed", "Writing"),
        ("fri", "Review"),
    ]
    assert pinned(plan, 0) == [("Weekly review", 60, "09:00")]
    assert pinned(plan, 1) == [("Draft the methods chapter", 150, "14:00")]
    assert not any("template" in w.message for w in result.warnings)


def test_a_day_of_a_code_block_alone_is_still_a_template(tmp_path: Path) -> None:
    path = tmp_path / "template.md"
    path.write_text(
        "# Week\n\n## Monday\n\n```\nReview notes\nPlan the week\n```\n\n"
        "## Tuesday\n\n- 9:00-10:00 Reading\n"
    )
    result = read_plan(path)
    assert [d.weekday for d in result.plan.days] == ["tue"]
    assert any("template" in w.message for w in result.warnings)
