"""Plain lines that name a week over a timed list (`Week 1 Relational model 3.hrs` over
`- [x] Module overview (10 min)`, no heading marks) are the plan's weeks, as `## Week 1`
headings are; one such line, or lines of week ranges, are read as before."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

WEEKS = DATA / "week_lines"


def read(name: str) -> ReadResult:
    return read_plan(WEEKS / name)


def test_plain_week_lines_over_checklists_are_a_day_per_week() -> None:
    result = read("plain-week-lines-over-checklists.md")
    plan = result.plan
    assert [(d.number, d.week, d.title) for d in plan.days] == [
        (1, 1, "Week 1 Relational model 3.hrs"),
        (2, 2, "Week 2 SQL | 4 hours"),
        (3, 3, "Week 3"),
    ]
    assert pinned(plan, 0) == [
        ("Module overview", 10, None),
        ("Lecture: keys and tables", 50, None),
        ("Quiz 1", 20, None),
    ]
    assert pinned(plan, 1) == [("Lecture: SELECT and JOIN", 60, None), ("Lab: queries", 90, None)]
    assert pinned(plan, 2) == [("Module overview", 10, None), ("Midterm review", 45, None)]
    assert warnings(result) == []


def test_one_week_line_stays_a_note_of_the_one_day() -> None:
    plan = read("one-week-line-stays-one-day.md").plan
    assert len(plan.days) == 1
    assert pinned(plan, 0) == [("Read the syllabus", 30, None), ("Set up the laptop", 45, None)]
    assert plan.days[0].notes == ("Week 1 getting started",)


def test_lines_of_week_ranges_are_not_split_into_weeks() -> None:
    plan = read("week-range-lines-not-split.md").plan
    assert len(plan.days) == 1
    assert plan.days[0].notes == ("Weeks 1-2 Basics", "Weeks 3-4 Practice")
