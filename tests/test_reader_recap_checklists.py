"""Weekday days that a numbered checklist or bold day lines only recap further down:
`### Monday, March 2, 2026 - DAY 1` over timed lines, then `- [ ] Day 1: Module 1 done`."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "recap_checklists"


def test_a_progress_checklist_of_numbered_days_leaves_the_weekday_days_as_the_plan() -> None:
    result = read_plan(PLANS / "weekday-days-then-checklist.md")
    plan = result.plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("mon", dt.date(2026, 3, 2)),
        ("tue", dt.date(2026, 3, 3)),
    ]
    assert pinned(plan, 0) == [
        ("📺 Module 1: OSI model", 120, None),
        ("🧪 Module 1 quiz (30 questions)", 60, None),
    ]
    assert pinned(plan, 1) == [("📺 Module 2: Subnetting", 90, None), ("📝 Flashcards", 30, None)]
    assert warnings(result) == []


def test_bold_day_lines_recapping_weekday_days_are_no_days_of_their_own() -> None:
    result = read_plan(PLANS / "weekday-days-then-bold-recap.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["sat", "sun"]
    assert pinned(plan, 0) == [("Shell scripting labs", 90, None), ("Permissions review", 45, None)]
    assert pinned(plan, 1) == [("Practice exam #1", 90, None)]


def test_a_numbered_checklist_with_lengths_is_still_the_plan() -> None:
    plan = read_plan(PLANS / "numbered-checklist-with-lengths.md").plan
    assert [(d.title, d.weekday) for d in plan.days] == [
        ("Switching labs", None),
        ("Routing labs", None),
    ]
    assert pinned(plan, 0) == [("Switching labs", 120, None)]
    assert pinned(plan, 1) == [("Routing labs", 90, None)]


def test_untimed_weekday_days_beside_an_untimed_checklist_are_still_refused() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / "untimed-weekdays-then-checklist.md")
