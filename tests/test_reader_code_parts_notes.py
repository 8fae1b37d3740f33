"""A weekday range over a timetable in code blocks, one per part of the day (`### Before school`
over "06:15 Stretching"), read as those days even with a note before the first part
(`> Same plan on every school day.`) and a checklist after the last."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

NOTES = DATA / "code_parts_notes"

SCHOOL_DAY = [
    ("Stretching", 20, "06:15"),
    ("Spanish flashcards", 30, "06:35"),
    ("Physics problems", 60, "16:30"),
    ("Piano", 45, "17:30"),
]


def test_the_code_parts_are_each_weekdays_routine() -> None:
    plan = read_plan(NOTES / "one-edge-case.md").plan
    assert [w for w, _, _ in days(plan)] == ["mon", "tue", "wed", "thu", "fri"]
    assert all(pinned(plan, index) == SCHOOL_DAY for index in range(5))


def test_the_checklist_after_the_parts_adds_no_block() -> None:
    plan = read_plan(NOTES / "one-edge-case.md").plan
    assert len(plan.days[0].variants) == 1
    assert all(b.title != "Bag packed" for b in plan.days[0].variants[0].blocks)
