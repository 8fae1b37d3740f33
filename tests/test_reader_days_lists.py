"""Days as list items: `1. **Monday** – Arrays (60 min)`, a weekly template in sessions."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "plans"


def blocks(plan: Plan, index: int) -> list[tuple[str, int]]:
    day = plan.days[index]
    if not day.variants:
        return []
    (variant,) = day.variants
    return [(b.title, b.min_minutes) for b in variant.blocks]


def test_a_numbered_list_of_bold_weekdays_is_a_day_per_item() -> None:
    plan = load(PLANS / "days-numbered-weekday-list.md")
    assert [(d.number, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Arrays"),
        (2, "tue", "Strings"),
        (3, "thu", "Graphs"),
    ]
    assert [blocks(plan, i) for i in range(3)] == [
        [("Arrays", 60)],
        [("Strings", 45)],
        [("Graphs", 30)],
    ]


def test_a_weekly_template_in_sessions_takes_the_stated_session_length() -> None:
    result = read_plan(PLANS / "days-weekly-template-sessions.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Concept study"),
        ("tue", "Practice problems"),
        ("wed", "Concept study + flashcards"),
        ("sun", "Rest"),
    ]
    assert blocks(plan, 0) == [("Concept study", 50), ("Concept study", 50)]
    assert blocks(plan, 2) == [("Concept study", 50), ("flashcards", 50)]
    assert plan.days[3].is_rest
    # The session length is read, not warned about; the review outside the week still is.
    # (With no session length the plan is refused: tests/data/bad/days-weekly-template-…)
    assert [w.line for w in result.warnings] == [13]
