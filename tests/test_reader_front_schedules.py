"""A weekly timetable kept in the front matter (`schedule:` / `- name: Monday` / `events:`)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, warnings

PLANS = DATA / "front_schedules"


def test_each_weekday_of_the_front_matter_is_a_day_with_its_events_at_their_times() -> None:
    result = read_plan(PLANS / "weekly-course.md")
    assert result.plan.title == "Pottery studio week"
    assert day_blocks(result.plan) == [
        ("mon", [("Wheel throwing", 90, "09:00"), ("Glaze lab", 75, "14:00")]),
        ("wed", [("Hand building", 90, "13:00")]),
    ]


def test_the_place_of_an_event_is_an_item_of_its_block() -> None:
    result = read_plan(PLANS / "weekly-course.md")
    assert [items for *_, items in blocks_with_items(result.plan)] == [
        ["Studio B"],
        ["Kiln room"],
        [],
    ]


def test_a_weekday_with_no_events_is_warned_and_not_a_day() -> None:
    result = read_plan(PLANS / "weekly-course.md")
    assert warnings(result) == ['23: "Friday" in the front matter has no events: not read']


def test_an_event_without_an_end_is_warned_and_the_body_stays_a_note() -> None:
    result = read_plan(PLANS / "event-without-end.md")
    assert day_blocks(result.plan) == [("tue", [("Choir practice", 90, "18:00")])]
    assert result.plan.days[0].notes == (
        "Rehearsals happen in the chapel unless announced otherwise.",
    )
    assert warnings(result) == [
        '8: "Open rehearsal" in the front matter has no start or end: not read'
    ]


def test_a_schedule_of_other_entries_than_weekdays_is_left_to_the_body() -> None:
    result = read_plan(PLANS / "not-weekdays.md")
    assert day_blocks(result.plan) == [(None, [("Slide preparation", 45, None)])]
    assert warnings(result) == []
