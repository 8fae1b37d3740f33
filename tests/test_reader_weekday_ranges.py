"""Weekdays written short with a length (`- Sat: 3h …`, `- Tue/Thu: 45 min each`) and bold lines
naming a range of weekdays (`**Mo–Do**`, `**School days (Mon-Fri)**`) over timed lines."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

RANGES = DATA / "weekday-ranges"


def read(name: str) -> ReadResult:
    return read_plan(RANGES / name)


def test_weekday_abbreviation_lines_with_a_length_are_days() -> None:
    result = read("abbrev-lines-lengths.md")
    plan = result.plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "sat", "Django models"),
        (1, "sun", "review"),
        (1, "tue", "Tuesday"),
        (1, "thu", "Thursday"),
        (1, "fri", "check-in"),
    ]
    lengths = [
        [(b.title, b.min_minutes, b.max_minutes) for b in d.variants[0].blocks] for d in plan.days
    ]
    assert lengths == [
        [("Django models", 180, 180)],
        [("review", 120, 180)],
        [("Tuesday", 45, 45)],
        [("Thursday", 45, 45)],
        [("check-in", 20, 20)],
    ]
    assert warnings(result) == []


def test_a_reminder_list_with_untimed_lines_is_no_days() -> None:
    result = read("abbrev-lines-summary.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Monday"), ("tue", "Tuesday")]
    assert pinned(plan, 0) == [("Gym", 60, "18:00")]
    assert pinned(plan, 1) == [("Study", 90, "19:00")]
    assert warnings(result) == ['5: "Tue: Study 1-1.5 hrs" is in no day: not read']


def test_bold_weekday_ranges_are_templates_for_each_day() -> None:
    result = read("bold-range-over-bullets.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Mo–Do"),
        ("tue", "Mo–Do"),
        ("wed", "Mo–Do"),
        ("thu", "Mo–Do"),
        ("sat", "Wochenende (Sa-So)"),
        ("sun", "Wochenende (Sa-So)"),
    ]
    for index in range(4):
        assert pinned(plan, index) == [("Vokabeln", 60, "07:00"), ("Grammatik", 90, "18:00")]
    for index in (4, 5):
        assert pinned(plan, index) == [("Probeklausur", 120, "10:00"), ("Korrektur", 90, "12:30")]
    # What follows the bold range is the days' frame, a note, not a block over the others.
    assert plan.days[4].notes == ("10:00-14:00 Prüfungsvorbereitung",)
    assert warnings(result) == []


def test_a_bold_range_over_a_table_gives_each_weekday_the_table() -> None:
    result = read("bold-range-over-table.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    for index in range(5):
        assert pinned(plan, index) == [("Geography", 90, "18:00"), ("Physics", 90, "19:45")]
    assert warnings(result) == []
