"""A bold weekday label, for a weekday outside the range of a heading above it (`## Weekdays`
then `**Saturday**`), is a day of its own that closes the range's section."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

HERE = DATA / "range_heading_labels"


def read(name: str) -> ReadResult:
    return read_plan(HERE / name)


def test_weekend_labels_under_a_weekdays_heading_are_days_of_their_own() -> None:
    result = read("weekday-heading-then-weekend-labels.md")
    weekday = [("Easy run", 45, "06:30"), ("Thesis writing", 90, "19:00")]
    assert day_blocks(result.plan) == [
        ("mon", weekday),
        ("tue", weekday),
        ("wed", weekday),
        ("thu", weekday),
        ("fri", weekday),
        ("sat", [("Long run", 150, "08:00")]),
        ("sun", [("Plan the week", 60, "10:00")]),
    ]
    assert [d.title for d in result.plan.days][4:] == ["Weekdays", "Saturday", "Sunday"]
    assert warnings(result) == []


def test_a_friday_label_after_a_monday_to_thursday_heading_is_friday() -> None:
    result = read("range-heading-then-friday-label.md")
    workshop = [("Workshop floor", 240, "08:00"), ("Theory class", 180, "13:00")]
    assert day_blocks(result.plan) == [
        ("mon", workshop),
        ("tue", workshop),
        ("wed", workshop),
        ("thu", workshop),
        ("fri", [("College day", 240, "09:00")]),
    ]
    assert warnings(result) == []


def test_labels_of_weekdays_inside_the_range_stay_days_of_the_range() -> None:
    result = read("label-inside-its-range.md")
    assert day_blocks(result.plan) == [
        ("mon", []),
        ("tue", [("Swimming", 60, "18:00")]),
        ("wed", []),
        ("thu", [("Choir", 90, "18:00")]),
        ("fri", []),
    ]
