"""A daily timetable, then a weekday of its own (`**Sunday:** Full mock paper (3 hours)`): the
timetable is every other weekday's day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

FOLDER = DATA / "rest_of_week"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_the_timetable_is_each_weekday_the_plan_does_not_name() -> None:
    result = read("daily-timetable-then-sunday.md")
    timetable = [
        ("Physics: problem set", 120, "06:00"),
        ("Maths: coordinate geometry", 180, "08:30"),
        ("Chemistry: organic mechanisms", 120, "14:00"),
        ("Error notebook review", 60, "19:00"),
    ]
    assert day_blocks(result.plan) == [
        ("mon", timetable),
        ("tue", timetable),
        ("wed", timetable),
        ("thu", timetable),
        ("fri", timetable),
        ("sat", timetable),
        ("sun", [("Full mock paper", 180, None)]),
    ]
    assert result.warnings == ()
