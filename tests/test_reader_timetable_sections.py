"""A plan of one day whose timetable is a section of its own (`## Time Blocks`) before a sibling
section timed by its heading (`## Quick Tasks (15 min)`): the day holds both, the timetable
first; before, the day started at the timed heading and the timetable was left out unsaid."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "timetable_sections"


def test_a_timetable_section_before_a_timed_heading_is_read() -> None:
    result = read_plan(PLANS / "en-time-blocks-before-a-timed-heading.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Deep work: problem set 4", 120, "09:00"),
                ("Lecture catch-up", 60, "11:00"),
                ("Deep work: essay draft", 120, "13:00"),
                ("Quick Tasks", 15, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_list_of_spans_before_a_capped_heading_is_read() -> None:
    result = read_plan(PLANS / "en-time-block-list-before-a-capped-heading.md")
    assert [b[:2] for b in day_blocks(result.plan)[0][1]] == [
        ("Problem set 4", 120),
        ("Essay draft", 120),
        ("Quick Tasks", 15),
    ]


def test_a_timed_heading_in_another_part_of_the_plan_is_read_as_before() -> None:
    result = read_plan(PLANS / "en-timed-heading-in-another-part-stays.md")
    assert day_blocks(result.plan) == [(None, [("Quick Tasks", 15, None)])]
    assert [w.line for w in result.warnings] == [4, 5]
