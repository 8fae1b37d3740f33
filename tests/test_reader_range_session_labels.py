"""A bold line of several weekdays over bold session labels: each of those days holds them."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

PLAN = DATA / "range_session_labels" / "one-edge-case.md"


def test_the_weekdays_hold_the_lines_of_each_session() -> None:
    plan = read_plan(PLAN).plan
    assert [w for w, _, _ in days(plan)] == ["mon", "tue", "wed", "thu", "fri", "sat"]
    for index in range(5):
        assert pinned(plan, index) == [
            ("Flashcards (Big-O and patterns)", 45, "06:30"),
            ("One medium problem", 60, "20:00"),
            ("Journal the approach", 20, "21:00"),
        ]


def test_the_sessions_are_named_by_their_labels() -> None:
    plan = read_plan(PLAN).plan
    sessions = [b.session for v in plan.days[0].variants for b in v.blocks]
    assert sessions == ["Early Morning", "Night", "Night"]


def test_the_weekend_day_after_them_keeps_its_own_lines() -> None:
    result = read_plan(PLAN)
    assert pinned(result.plan, 5) == [
        ("Virtual contest", 120, "10:00"),
        ("Design a chat service", 90, "13:00"),
    ]
    assert result.warnings == ()
