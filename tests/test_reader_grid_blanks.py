"""Empty rows below an entry in a grid of consecutive time slots: the entry goes on (a rowspan
drawn in Markdown), up to the next filled cell, a `—` or a break."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

GRIDS = DATA / "grid_blanks"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_an_entry_goes_on_over_the_empty_rows_below_it() -> None:
    result = read("de-blank-below-an-entry.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue"]
    # Beside Englisch, Monday's blank cell is a free period, not a rowspan: a row with an
    # entry in it is a row of its own, and so Mathematik ends; the empty row below it is
    # Englisch going on, with nothing on Monday to go on.
    assert pinned(result.plan, 0) == [("Mathematik", 45, "08:00"), ("Sport", 45, "10:15")]
    assert pinned(result.plan, 1) == [
        ("Deutsch", 45, "08:00"),
        ("Englisch", 90, "08:45"),
        ("Sport", 45, "10:15"),
    ]
    assert warnings(result) == []


def test_a_dash_or_a_break_ends_the_entry_above_it() -> None:
    plan = read("en-dash-and-break-stop-it.md").plan
    # The empty row at 10:00 is both entries going on; the one at 12:00 follows a "—" on
    # Monday and lunch on Tuesday, so nothing goes on there.
    assert pinned(plan, 0) == [("Lecture", 120, "09:00"), ("Review", 60, "13:00")]
    assert pinned(plan, 1) == [("Lab", 120, "09:00"), ("Project", 60, "13:00")]


def test_slots_that_do_not_follow_each_other_are_not_joined() -> None:
    plan = read("es-slots-with-a-gap.md").plan
    assert pinned(plan, 0) == [("Álgebra", 60, "09:00")]
    assert pinned(plan, 1) == [("Física", 60, "09:00"), ("Química", 60, "11:00")]


def test_a_blank_cell_in_a_grid_of_start_times_is_free_time() -> None:
    plan = read("it-start-times-blank-is-free.md").plan
    assert pinned(plan, 0) == [("Lettura", 60, "09:00"), ("Ripasso", 60, "11:00")]
    assert pinned(plan, 1) == [("Scrittura", 60, "10:00"), ("Ripasso", 60, "11:00")]


def test_empty_rows_below_entries_are_each_days_entry_going_on() -> None:
    result = read("fr-empty-rows-are-a-rowspan.md")
    # Lunch is a gap, and the empty row below it is lunch going on, not the morning's entry.
    assert pinned(result.plan, 0) == [("Escalade", 90, "09:00"), ("Jeux", 30, "11:30")]
    assert pinned(result.plan, 1) == [("Natation", 90, "09:00"), ("Jeux", 30, "11:30")]
    assert warnings(result) == []


def test_empty_rows_after_the_last_entries_are_where_the_grid_ends() -> None:
    plan = read("es-empty-rows-at-the-end.md").plan
    # Ana's two hours in a row are one block, 16:00-18:00: it ends with the grid's entries.
    assert pinned(plan, 0) == [("Ana (Sala 3)", 120, "16:00")]
    assert pinned(plan, 1) == [("Luis (Teams)", 60, "17:00")]
