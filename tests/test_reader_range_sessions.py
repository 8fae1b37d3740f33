"""A weekday-range heading over session bullets (`### **Tuesday to Friday: Lab Weeks**` over
`- **Morning:**` and its spans): a template for each weekday of the range; a session label that
names weekdays (`**Tarde (lunes, miércoles):**`) holds its lines for those days only."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

RANGES = DATA / "range-sessions"


def read(name: str) -> ReadResult:
    return read_plan(RANGES / name)


def test_a_range_over_session_bullets_is_each_weekday() -> None:
    result = read("session-bullets.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("tue", "Lab Weeks"),
        ("wed", "Lab Weeks"),
        ("thu", "Lab Weeks"),
        ("fri", "Lab Weeks"),
        ("sat", "Catch-up"),
    ]
    for index in range(4):
        assert pinned(plan, index) == [
            ("Run along the river", 45, "06:30"),
            ("Chemistry lab", 120, "08:00"),
            ("Write up the lab report", 90, "19:00"),
        ]
        sessions = [b.session for b in plan.days[index].variants[0].blocks]
        assert sessions == ["Morning", "Morning", "Evening"]
    assert pinned(plan, 4) == [("Read the next chapter", 120, "10:00")]
    assert warnings(result) == []


def test_a_session_label_naming_weekdays_limits_its_lines_to_them() -> None:
    plan = read("session-weekday-labels.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu"]
    algebra = ("Álgebra", 120, "08:00")
    assert pinned(plan, 0) == [algebra, ("Inglés", 90, "17:00")]
    assert pinned(plan, 1) == [algebra, ("Natación", 60, "18:00")]
    assert pinned(plan, 2) == [algebra, ("Inglés", 90, "17:00")]
    assert pinned(plan, 3) == [algebra, ("Natación", 60, "18:00")]


def test_timed_lines_nested_under_an_item_outside_the_days_are_warned() -> None:
    result = read("nested-timed-outside-days.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [("mon", "Monday")]
    assert warnings(result) == ['5: "**Morning:**" and its 2 timed lines are in no day: not read']
