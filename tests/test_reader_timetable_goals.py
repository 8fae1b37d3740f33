"""A checklist below a day's timetable (`- [ ] 20 min formula sheet review`): goals, not blocks."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned

FOLDER = DATA / "timetable_goals"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_boxed_lengths_below_a_timetable_are_goals_said_not_read() -> None:
    result = read("minimums-below-timetable.md")
    assert pinned(result.plan, 0) == [
        ("Physics: rotational motion", 120, "06:00"),
        ("Chemistry: equilibrium PYQs", 90, "08:30"),
        ("Maths: definite integrals", 120, "11:00"),
        ("Mock section (maths)", 60, "16:00"),
    ]
    assert [(w.line, "checklist goal" in w.message) for w in result.warnings] == [
        (14, True),
        (15, True),
    ]
