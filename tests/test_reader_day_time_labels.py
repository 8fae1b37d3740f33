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


def test_a_class_time_under_an_html_heading_is_read_with_its_place_as_a_note() -> None:
    # "<h4>Time and place</h4>" over the time: to CommonMark one HTML block, to a reader text
    result = read_plan(FOLDER / "html-heading-over-class-time.md")
    assert (
        blocks_with_items(result.plan)
        == [
            ("Organic Chemistry", 75, "09:00", ["Science Hall, room 104"]),
        ]
        * 2
    )
    assert [d.weekday for d in result.plan.days] == ["mon", "wed"]
    assert warnings(result) == []


def test_only_an_html_heading_line_that_starts_a_block_over_markdown_is_rewritten() -> None:
    from planexport.reader.html_heading_lines import html_heading_lines

    text = (
        "\n<h4>Time</h4>\nMondays 9-10 AM\n\n<div>\n<h4>Kept</h4>\ntext\n</div>\n\n<h3>Alone</h3>\n"
    )
    assert html_heading_lines(text).split("\n") == [
        "",
        "#### Time",
        "Mondays 9-10 AM",
        "",
        "<div>",
        "<h4>Kept</h4>",
        "text",
        "</div>",
        "",
        "<h3>Alone</h3>",
        "",
    ]


def test_office_hours_under_each_person_and_the_class_time_are_one_week() -> None:
    # "- Office hours Wed 3:00 PM - 4:00 PM": a kind of class before its weekday, no colon
    result = read_plan(FOLDER / "office-hours-beside-class-time.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Office hours", 60, "10:00"), ("Data Structures", 75, "13:00")]),
        ("wed", [("Office hours", 60, "15:00"), ("Data Structures", 75, "13:00")]),
    ]
    assert blocks_with_items(result.plan)[2] == ("Office hours", 60, "15:00", ["in room 210"])
    assert warnings(result) == []
