"""Tables as people publish them: start-only agendas, grids of spans or dates, TAB rows, HTML."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, undated, warnings

HELDOUT = DATA / "heldout-tables"


def read(name: str) -> ReadResult:
    return read_plan(HELDOUT / name)


def test_a_start_only_agenda_with_no_day_heading_is_one_day() -> None:
    result = read("agenda-no-day.md")
    assert result.plan.title == "Seminar programme"
    assert len(result.plan.days) == 1
    # The pause is a gap; "✅ Ende" closes the last session and is no block of its own.
    assert pinned(result.plan, 0) == [
        ("Ankommen", 20, "14:00"),
        ("Einführung in Python", 90, "14:20"),
        ("Übungen", 55, "16:05"),
    ]
    assert warnings(result) == []


def test_a_closing_talk_with_a_speaker_is_a_session_with_no_length() -> None:
    result = read("agenda-closing-session.md")
    assert pinned(result.plan, 0) == [("Keynote", 60, "10:00")]
    assert warnings(result) == ['6: row "Closing" has a start time but no length']


def test_a_length_inside_a_topic_keeps_the_table_an_agenda() -> None:
    result = read("agenda-length-in-topic.md")
    assert pinned(result.plan, 0) == [
        ("Parsing", 90, "09:00"),
        ("Lexers (15 min demo included)", 90, "10:30"),
        ("Wrap-up", 30, "12:00"),
    ]
    assert warnings(result) == []


def test_a_break_with_a_length_leaves_the_activity_column_titles() -> None:
    result = read("break-length-in-activity.md")
    assert pinned(result.plan, 0) == [
        ("Warm-up reading", 90, "08:00"),
        ("Practice problems", 75, "09:45"),
    ]


def test_grid_cells_that_hold_only_a_span_are_titled_by_their_column() -> None:
    plan = read("grid-span-cells.md").plan
    assert days(plan) == [("mon", None, "Lunedì"), ("tue", None, "Martedì")]
    assert pinned(plan, 0) == [("Mattina", 240, "08:30"), ("Pomeriggio", 210, "14:30")]
    assert pinned(plan, 1) == [("Mattina", 240, "08:30")]
    assert [b.session for b in plan.days[0].variants[0].blocks] == ["Mattina", "Pomeriggio"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("tab-rows.md", [("Inglés", 60, "16:00"), ("Programación", 90, "17:00")]),
        ("tab-rows-no-header.md", [("Statistics", 60, "09:00"), ("Linear algebra", 90, "10:00")]),
    ],
)
def test_tab_separated_rows_are_a_table(name: str, expected: list[tuple[str, int, str]]) -> None:
    result = read(name)
    assert len(result.plan.days) == 1
    assert pinned(result.plan, 0) == expected
    assert warnings(result) == []


def test_tabs_inside_a_code_fence_stay_code() -> None:
    text = "## Day 1\n\n- Arrays (30 min)\n\n```\n09:00 - 10:00\tNot a row\n10:00\tNor this\n```\n"
    plan = read_markdown(text).plan
    assert pinned(plan, 0) == [("Arrays", 30, None)]


def test_a_grid_with_start_and_end_columns_and_a_column_per_date() -> None:
    result = read("grid-dates-start-end.md")
    plan = result.plan
    assert days(plan) == [
        ("tue", dt.date(2025, 7, 15), "15/07/2025"),
        ("wed", dt.date(2025, 7, 16), "16/07/2025"),
    ]
    # Coffee and lunch are gaps, an empty cell is nothing; after a `<br>`, where it is (a note).
    assert pinned(plan, 0) == [
        ("Graphs", 90, "09:30"),
        ("Trees", 90, "11:30"),
        ("Lab", 90, "14:00"),
    ]
    assert plan.days[0].variants[0].blocks[2].note == "Room 2"
    assert pinned(plan, 1) == [("Flows", 90, "09:30"), ("Excursion", 90, "14:00")]
    assert warnings(result) == []


def test_a_month_over_12_in_the_second_place_puts_the_month_first() -> None:
    plan = read("grid-dates-month-first.md").plan
    assert days(plan) == [
        ("mon", dt.date(2025, 7, 14), "07/14/2025"),
        ("tue", dt.date(2025, 7, 15), "07/15/2025"),
    ]
    assert pinned(plan, 0) == [("Reading", 60, "18:00"), ("Review", 30, "19:00")]


def test_raw_html_headings_and_tables_are_read_as_markdown_ones() -> None:
    result = read("html-tables.md")
    plan = result.plan
    assert plan.title == "Workshop week"
    assert days(plan) == [
        ("mon", None, "Monday, June 2nd"),
        ("tue", None, "Tuesday, June 3rd"),
    ]
    # The CSS is no note; the coffee break is a gap; `<th>` makes a header; `&amp;` is `&`.
    assert pinned(plan, 0) == [("Shell basics", 90, "09:00"), ("Git & GitHub", 75, "10:45")]
    assert pinned(plan, 1) == [("Testing / with pytest", 60, "13:00")]
    assert [d.notes for d in plan.days] == [(), ()]
    assert warnings(result) == [undated("Monday, June 2nd:", "June 2nd", "Monday", line=3)]


def test_an_html_table_with_merged_cells_is_named_in_the_refusal() -> None:
    with pytest.raises(PlanError) as caught:
        read("html-merged-cells.md")
    assert str(caught.value) == (
        f"{HELDOUT / 'html-merged-cells.md'}:3: no timed blocks found: an HTML table with "
        "merged cells (rowspan/colspan) is not read; write it as a Markdown table with one "
        "column per track"
    )


def test_an_html_table_with_merged_cells_next_to_a_plan_is_warned_about() -> None:
    text = (
        "## Monday\n\n- Reading (30 min)\n\n"
        '<table>\n<tr><td colspan="2">09:00 Opening</td></tr>\n<tr><td>a</td><td>b</td></tr>\n'
        "</table>\n"
    )
    result = read_markdown(text, source="plan.md")
    assert pinned(result.plan, 0) == [("Reading", 30, None)]
    assert warnings(result) == [
        "5: an HTML table with merged cells (rowspan/colspan) is not read; write it as a "
        "Markdown table with one column per track"
    ]


def test_br_in_a_cell_never_stays_in_a_title() -> None:
    plan = read("br-in-title.md").plan
    assert pinned(plan, 0) == [
        ("Begrüßung / Spielregeln", 55, "10:00"),
        ("Turnier / Runde 1", 60, "11:00"),
    ]


def test_a_refusal_says_when_lines_give_a_time_of_day_but_no_length() -> None:
    with pytest.raises(PlanError) as caught:
        read("agenda-clock-times-only.md")
    assert str(caught.value).endswith(
        "read 1 heading and 1 list item, none with a length; 1 line gives a time of day "
        "but no length or end time)"
    )


def test_rows_of_a_second_agenda_in_no_day_are_warned_about() -> None:
    text = (
        "## Monday\n\n| Time | Talk |\n|---|---|\n| 09:00 | A |\n| 10:00 | B |\n| 11:00 | End |\n"
        "\n# Other notes\n\n| Time | Talk |\n|---|---|\n| 09:00 | C |\n| 10:00 | End |\n"
    )
    result = read_markdown(text, source="plan.md")
    assert [d.title for d in result.plan.days] == ["Monday"]
    assert pinned(result.plan, 0) == [("A", 60, "09:00"), ("B", 60, "10:00")]
    assert warnings(result) == [
        "11: lines 11-14: a table in no day, not read",  # once for the table, not per row
    ]


def test_a_paragraph_of_only_line_breaks_is_no_note() -> None:
    text = "## Monday\n\n- Reading (30 min)\n\n<br><br>\n\nBring a pen.\n"
    plan = read_markdown(text).plan
    assert plan.days[0].notes == ("Bring a pen.",)


def test_list_items_with_a_tab_in_them_stay_list_items() -> None:
    text = "## Day 1\n\n- Arrays\t(30 min)\n- Lists\t(45 min)\n"
    plan = read_markdown(text).plan
    assert pinned(plan, 0) == [("Arrays", 30, None), ("Lists", 45, None)]
