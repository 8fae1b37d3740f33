"""HTML timetables with `colspan` rows: one slot for every track, parallel sessions joined."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "html_tracks"


def test_colspan_rows_are_slots_and_parallel_sessions_one_block() -> None:
    # The table is cut in two by a blank line after </thead>: still one table.
    result = read_plan(PLANS / "fr-samedi.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("sat", "Samedi")]
    # "Pause café" is a gap; a row of "--" in every track is a slot still to fill.
    assert pinned(plan, 0) == [
        ("Accueil", 30, "08:30"),
        ("Atelier Python / Atelier Rust", 60, "09:00"),
        ("Sessions", 45, "10:15"),
        ("Clôture", 30, "11:00"),
    ]
    assert warnings(result) == [
        "2: parallel sessions in one row of an HTML table are read as one block titled by all "
        "of them"
    ]


def test_a_table_whose_times_start_again_is_still_refused() -> None:
    with pytest.raises(PlanError, match="an HTML table with merged cells"):
        read_plan(PLANS / "two-days-one-table.md")


def test_two_rows_of_the_same_slot_are_parallel_sessions_of_one_slot() -> None:
    result = read_plan(DATA / "html_tracks" / "same-slot-rows.md")
    assert pinned(result.plan, 0) == [
        ("Lecture 5", 90, "09:00"),
        ("Lab A / Lab B", 90, "11:00"),
        ("Lecture 6", 90, "13:30"),
    ]
    assert warnings(result) == [
        "5: parallel sessions in one row of an HTML table are read as one block titled by all "
        "of them"
    ]
