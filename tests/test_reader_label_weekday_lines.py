"""Timetable lines that name the session before its weekday and span (`- Lecture: Monday
10:00-11:00, Harbour Hall`): a day per weekday, the block titled by the label, the room a note."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, pinned

PLANS = DATA / "label_weekday_lines"


def test_labelled_lines_of_a_week_are_its_weekdays() -> None:
    result = read_plan(PLANS / "course-week.md")
    assert days(result.plan) == [
        ("mon", None, "Lecture"),
        ("tue", None, "Lab session"),
        ("thu", None, "Lecture"),
        ("fri", None, "Lab session"),
    ]
    assert pinned(result.plan, 1) == [("Lab session", 120, "14:00")]
    assert blocks_with_items(result.plan)[0] == ("Lecture", 60, "10:00", ["Harbour Hall"])
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "bold-labels.md",
            [
                ("Throwing class", 120, "18:30", ["Studio A"]),
                ("Glazing workshop", 120, "10:00", ["Kiln room"]),
            ],
        ),
        (
            "german-labels.md",
            [("Vorlesung", 90, "08:15", ["Hörsaal 2"]), ("Übung", 90, "12:00", ["Raum 105"])],
        ),
    ],
)
def test_bold_and_german_labels_read_alike(
    name: str, expected: list[tuple[str, int, str, list[str]]]
) -> None:
    result = read_plan(PLANS / name)
    assert blocks_with_items(result.plan) == expected
    assert len(result.plan.days) == 2
    assert all(day.weekday is not None for day in result.plan.days)


def test_an_untimed_line_beside_keeps_the_list_read_as_before() -> None:
    result = read_plan(PLANS / "untimed-label-beside.md")
    assert days(result.plan) == [(None, None, "Day 1")]
    assert pinned(result.plan, 0) == [("Observing night: Friday, rooftop", 120, "20:00")]
