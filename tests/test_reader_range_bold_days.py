"""A heading naming a range of days (`### Days 3-5: …`) over bold day lines that each name one
day of it (`**Day 3:** First song (40 min)`): those days one by one, not every line on every
day of the range."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

CASE = DATA / "range_bold_days" / "one-edge-case.md"


def test_bold_day_lines_under_a_range_heading_are_its_days_one_by_one() -> None:
    plan = read_plan(CASE).plan
    assert [
        (d.number, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ] == [
        (1, "Open Chords", [("Open Chords", 45)]),
        (2, "Strumming", [("Strumming", 45)]),
        (3, "First song with three chords", [("First song with three chords", 40)]),
        (4, "Second song", [("Second song", 50)]),
        (5, "Record yourself", [("Record yourself", 60)]),
        (6, "Rest", []),
        (7, "Rest", []),
    ]
