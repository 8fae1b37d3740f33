"""A document titled with a range of weekdays (`# Monday to Thursday – Evening Routine`) over a
timetable of start times in parts: the routine of each of those days, not one untitled day; a
later section naming the same range (`## Tips for Mon–Thu`) does not make the title a group."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

RANGE = DATA / "title_weekday_range"

EVENING = [
    ("Chemistry homework", 75, "16:30"),
    ("Violin practice", 45, "17:45"),
    ("Vocabulary cards", 40, "20:00"),
    ("Reading", 35, "20:40"),
]


def test_the_titles_weekdays_are_the_routines_days() -> None:
    plan = read_plan(RANGE / "one-edge-case.md").plan
    assert days(plan) == [
        ("mon", None, "Evening Routine"),
        ("tue", None, "Evening Routine"),
        ("wed", None, "Evening Routine"),
        ("thu", None, "Evening Routine"),
    ]
    assert all(pinned(plan, index) == EVENING for index in range(4))


def test_the_tips_section_is_no_day() -> None:
    plan = read_plan(RANGE / "one-edge-case.md").plan
    titles = {b.title for d in plan.days for v in d.variants for b in v.blocks}
    assert not any("phone" in t or "bag" in t for t in titles)
