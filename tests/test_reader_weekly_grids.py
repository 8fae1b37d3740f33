"""Weekly tables as people write them: parts of the day as columns, hour rows, topic columns."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

GRIDS = DATA / "weekly-grids"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_a_day_table_with_part_of_day_columns_gives_a_block_per_timed_cell() -> None:
    result = read("parts-of-day-focus.md")
    plan = result.plan
    # The rows' days win over the headings' "Weekdays" and "Weekend".
    assert days(plan) == [
        ("mon", None, "Monday"),
        ("wed", None, "Wednesday"),
        ("sat", None, "Saturday"),
        ("sun", None, "Sunday"),
    ]
    # The Focus column titles the row's blocks; without one, the column's name does.
    assert pinned(plan, 0) == [
        ("Algebra exercises", 60, "06:30"),
        ("Algebra exercises", 60, "13:00"),
        ("Algebra exercises", 90, "21:00"),
    ]
    assert pinned(plan, 1) == [("Morning", 60, "06:30"), ("Evening", 60, "21:00")]
    assert pinned(plan, 2) == []
    assert pinned(plan, 3) == [("Revision", 150, "10:00")]
    assert [b.session for b in plan.days[0].variants[0].blocks] == [
        "Morning",
        "Afternoon",
        "Evening",
    ]
    assert all(not day.notes for day in plan.days)
    assert warnings(result) == [
        '8: "Add a time here" under "Afternoon" skipped: no time in it',
        '14: "Add a time here" under "Morning" skipped: no time in it',
        '14: "Add a time here" under "Afternoon" skipped: no time in it',
        '15: "Add a time here" under "Afternoon" skipped: no time in it',
    ]


def test_grid_rows_labelled_with_bare_hours_are_spans() -> None:
    result = read("bare-hour-rows.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "wed", "fri"]
    # "Chemistry <br> Lab B": the subject is the title, the room its note.
    assert pinned(plan, 0) == [("Chemistry", 120, "08:00")]
    assert plan.days[0].variants[0].blocks[0].note == "Lab B"
    assert pinned(plan, 1) == [("Reading group", 120, "13:00")]
    assert plan.days[1].variants[0].blocks[0].note is None
    assert pinned(plan, 2) == [("Statistics", 120, "13:00")]
    assert warnings(result) == []


def test_a_grid_headed_by_two_letter_weekdays() -> None:
    plan = read("two-letter-weekday-header.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Mo"), ("wed", "Mi")]
    assert pinned(plan, 0) == [("Mathe", 90, "08:00")]
    assert pinned(plan, 1) == [("Deutsch", 90, "10:00")]


def test_a_topic_column_with_links_titles_the_rows_and_registration_is_no_note() -> None:
    result = read("topic-column-links.md")
    plan = result.plan
    assert days(plan) == [
        ("tue", dt.date(2026, 3, 3), "03.03.2026"),
        ("tue", dt.date(2026, 3, 10), "10.03.2026"),
    ]
    # The link's text is the title; a <br> inside it joins its two lines.
    assert pinned(plan, 0) == [("Primeros pasos", 60, "16:00")]
    assert pinned(plan, 1) == [("Copias de seguridad - Qué cambia", 90, "16:00")]
    assert [d.notes for d in plan.days] == [(), ()]
    assert [b.note for d in plan.days for v in d.variants for b in v.blocks] == [None, None]
    assert warnings(result) == []
