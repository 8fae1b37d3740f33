"""Ordinary tables keep reading as before: agendas, day rows, grids, 12-hour times, status."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, undated, warnings

TABLES = DATA / "tables"


def read(name: str) -> ReadResult:
    return read_plan(TABLES / name)


def test_a_time_topic_agenda_pins_each_row_and_drops_the_break() -> None:
    result = read("agenda-time-topic.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Git and testing"]
    assert pinned(plan, 0) == [
        ("Git basics", 90, "09:00"),
        ("Branching and merging", 90, "10:45"),
        ("Unit tests", 90, "13:15"),
    ]
    blocks = [b for v in plan.days[0].variants for b in v.blocks]
    assert [b.note for b in blocks] == ["bring a laptop", None, None]  # "—" is no note
    assert warnings(result) == []


def test_day_rows_with_bare_hours_and_a_dashed_rest_day() -> None:
    plan = read("day-topic-hours.md").plan
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "SELECT and WHERE"),
        (2, "JOINs"),
        (3, "Day 3"),
        (4, "Window functions"),
    ]
    assert pinned(plan, 1) == [("JOINs", 90, None)]
    assert plan.days[2].is_rest


def test_a_weekday_time_grid_skips_empty_dashed_and_free_cells() -> None:
    plan = read("weekday-time-grid.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed"]
    assert pinned(plan, 0) == [("Calculus", 90, "08:00"), ("Reading", 60, "14:00")]
    assert pinned(plan, 1) == [("Chemistry", 90, "10:00"), ("Reading", 60, "14:00")]
    assert pinned(plan, 2) == [("Physics", 90, "08:00")]


def test_twelve_hour_times_read_the_afternoon_from_the_rows_before() -> None:
    result = read("twelve-hour-agenda.md")
    plan = result.plan
    assert plan.days[0].weekday == "mon"
    assert pinned(plan, 0) == [
        ("Orientation", 90, "09:00"),
        ("Python basics", 90, "11:00"),
        ("Pair programming", 90, "13:30"),
        ("Project kickoff", 90, "15:15"),
    ]
    assert warnings(result) == [
        '9: "Pair programming" read as starting at 13:30, after the line before'
    ]


def test_a_status_column_marks_blocks_done_even_when_it_comes_first() -> None:
    plan = read("status-checkbox-columns.md").plan
    blocks = [b for v in plan.days[0].variants for b in v.blocks]
    assert [(b.title, b.min_minutes, b.done) for b in blocks] == [
        ("Past paper 2023", 90, True),
        ("Mark answers", 30, True),
        ("Flashcards", 45, False),
    ]


def test_pipe_rows_without_a_delimiter_are_still_a_table() -> None:
    result = read("no-delimiter-table.md")
    plan = result.plan
    assert [(d.number, d.weekday) for d in plan.days] == [(1, "mon"), (2, "tue")]
    assert pinned(plan, 0) == [("Pandas intro", 90, "09:00"), ("Cleaning data", 75, "10:45")]
    assert pinned(plan, 1) == [("Plotting", 120, "09:00")]
    # the headings' dates have no year, as `## Monday, March 2` would not
    assert warnings(result) == [undated("Day 1 - Monday, March 2", "March 2", "Monday", line=3)]
