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


def test_parallel_sessions_a_row_each_in_one_slot_are_one_block() -> None:
    # "14:00–17:00 | Field lab A" over "14:00–17:00 | Field lab B": one slot, as in one row
    result = read_plan(PLANS / "parallel-rows-one-slot.md")
    assert pinned(result.plan, 0) == [
        ("Welcome and keynote", 90, "09:00"),
        ("Soil sampling methods", 90, "11:00"),
        ("Field lab A: river banks / Field lab B: wetlands", 180, "14:00"),
        ("Wrap-up", 30, "17:00"),
    ]
    assert warnings(result) == [
        "5: parallel sessions in one row of an HTML table are read as one block titled by all "
        "of them"
    ]


def test_rows_with_one_start_and_different_spans_are_still_refused() -> None:
    with pytest.raises(PlanError, match="an HTML table with merged cells"):
        read_plan(PLANS / "different-spans-same-start.md")


def test_a_label_column_beside_titles_with_no_header_is_one_session_a_row() -> None:
    # "Talk 1 | Reading tide tables": a label and its title, not two tracks
    result = read_plan(PLANS / "labelled-sessions-no-header.md")
    assert pinned(result.plan, 0) == [
        ("Talk 1: Reading tide tables (Ana Ruiz)", 45, "09:00"),
        ("Talk 2: Knots every sailor needs (Tom Berg)", 45, "10:15"),
        ("Lab A: Rigging a dinghy / Lab B: Chart plotting on paper", 120, "14:00"),
    ]
    assert warnings(result) == [
        "5: parallel sessions in one row of an HTML table are read as one block titled by all "
        "of them"
    ]


def test_two_rows_of_the_same_slot_between_other_slots_are_one_slot() -> None:
    result = read_plan(PLANS / "same-slot-rows.md")
    assert pinned(result.plan, 0) == [
        ("Lecture 5", 90, "09:00"),
        ("Lab A / Lab B", 90, "11:00"),
        ("Lecture 6", 90, "13:30"),
    ]
    assert warnings(result) == [
        "5: parallel sessions in one row of an HTML table are read as one block titled by all "
        "of them"
    ]
