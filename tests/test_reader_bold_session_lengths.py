"""A bold session line with a length over untimed points (`**Study (1 hour):**` over `- Scope:
global, function and block`) is a block with those points as its items, as `**Practice (1
hour):**` is, not a one-hour plan of blocks with no lengths; `**1-hour plan**` over timed lines
is still a plan of its own."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

SESSIONS = DATA / "bold_session_lengths"


def read(name: str) -> ReadResult:
    return read_plan(SESSIONS / name)


def test_a_study_line_over_untimed_points_is_a_block_with_items() -> None:
    result = read("study-line-over-untimed-points.md")
    plan = result.plan
    assert [(d.number, d.title) for d in plan.days] == [(1, "Scope"), (2, "Practice")]
    assert pinned(plan, 0) == [("Study", 60, None)]
    study = plan.days[0].variants[0].blocks[0]
    assert [i.text for i in study.items] == [
        "Scope: global, function and block",
        "Hoisting examples",
    ]
    assert pinned(plan, 1) == [("Study", 30, None), ("Practice", 60, None)]
    assert warnings(result) == []


def test_hour_plan_lines_over_timed_lines_are_still_the_days_plans() -> None:
    plan = read("hour-plan-lines-still-variants.md").plan
    variants = plan.days[0].variants
    assert [v.hours for v in variants] == [1, 2]
    assert [b.title for b in variants[1].blocks] == ["Gesture drawing", "Shapes", "Shading"]
