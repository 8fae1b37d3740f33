"""A class's weekdays and time on labelled lines of their own (`- **Days:** Tuesday & Thursday`
over `- **Time:** 10:30am - 11:50am ET`), as course pages give their meetings: a day per weekday,
each a block pinned to the time and titled by the heading above; the page's other labelled
lines are the block's notes, a length that says the span again is left out."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, warnings

FOLDER = DATA / "day_time_labels"


def test_bold_labelled_items_are_the_weekly_meetings_with_the_room_as_a_note() -> None:
    result = read_plan(FOLDER / "en-bold-label-list.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Lectures", 80, "10:30")]),
        ("thu", [("Lectures", 80, "10:30")]),
    ]
    room = ["Room: Hall B, second floor"]
    assert blocks_with_items(result.plan) == [("Lectures", 80, "10:30", room)] * 2
    assert warnings(result) == []


def test_labelled_lines_of_a_paragraph_in_spanish_are_titled_by_the_course() -> None:
    result = read_plan(FOLDER / "es-label-lines.md")
    title = "Taller de Programación"
    assert day_blocks(result.plan) == [
        ("mon", [(title, 120, "18:00")]),
        ("wed", [(title, 120, "18:00")]),
    ]
    assert blocks_with_items(result.plan)[0][3] == ["Aula: laboratorio 3"]
    assert warnings(result) == []


def test_a_days_label_with_no_time_label_is_no_meeting() -> None:
    result = read_plan(FOLDER / "days-label-without-time.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [(None, "Reading Group")]
    assert blocks_with_items(result.plan) == [("Chapter one", 60, "09:00", [])]
