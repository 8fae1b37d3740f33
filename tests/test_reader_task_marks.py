"""Task boxes marked other than with a tick (`- [-] Past paper (45 min)`, `- [/] …`, `- [>] …`,
`1. [~] …`): read as open tasks, no mark left in the title; a cancelled or moved task is read
with a warning; marks elsewhere in a line, and letters in a box, stay as written."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, pinned, warnings

PLANS = DATA / "task_marks"


def test_cancelled_started_and_moved_tasks_are_read_open_and_the_odd_ones_warned() -> None:
    result = read_plan(PLANS / "en-cancelled-and-moved-boxes.md")
    assert pinned(result.plan, 0) == [
        ("Flashcards on enzymes", 20, None),
        ("Past paper on genetics", 45, None),
        ("Summary sheet for respiration", 30, None),
        ("Ask the lab technician about samples", 15, None),
        ("Plan Wednesday", 10, None),
    ]
    assert [b.done for _, b in blocks_of(result.plan)] == [True, False, False, False, False]
    assert warnings(result) == [
        '6: "Past paper on genetics (45 min)" is marked [-], a cancelled task: read as '
        "planned (delete the line to leave it out)",
        '8: "Ask the lab technician about samples (15 min)" is marked [>], a task moved to '
        "another day: read as planned (delete the line to leave it out)",
    ]


def test_started_starred_and_queried_boxes_in_a_numbered_list_are_open_tasks() -> None:
    result = read_plan(PLANS / "de-tilde-and-star-boxes.md")
    assert pinned(result.plan, 0) == [
        ("Vokabeln wiederholen", 25, None),
        ("Referat gliedern", 40, None),
        ("Übungsblatt 4", 60, None),
        ("Bibliothek: Ausleihe", 15, None),
    ]
    assert not any(b.done for _, b in blocks_of(result.plan))
    assert warnings(result) == []


def test_marks_inside_a_line_and_a_letter_in_a_box_stay_as_written() -> None:
    result = read_plan(PLANS / "en-marks-in-brackets-stay.md")
    assert pinned(result.plan, 0) == [
        ("Chapter 5 [-] skim only", 30, None),
        ("Essay draft", 45, None),
        ("[a] Glossary", 20, None),
    ]
    assert [b.note for _, b in blocks_of(result.plan)] == [None, "[>] send to tutor", None]
    assert warnings(result) == []


def test_boxes_in_table_cells_leave_the_title_and_a_tick_is_done() -> None:
    result = read_plan(PLANS / "en-boxes-in-table-cells.md")
    assert [(b.title, b.min_minutes, b.at, b.done) for _, b in blocks_of(result.plan)] == [
        ("Calibrate the balance", 60, "09:00", True),
        ("Buffer solutions", 60, "10:00", False),
        ("Spectra of sample C", 60, "11:00", False),
        ("Results table", 30, None, False),
        ("Glassware", 45, None, True),
        ("[b] Bookmark list", 15, None, False),  # a letter in a box is no task mark
    ]
    assert warnings(result) == [
        '9: "Spectra of sample C" is marked [-], a cancelled task: read as planned '
        "(delete the line to leave it out)"
    ]


def test_a_list_number_after_a_box_is_no_part_of_the_title_and_a_decimal_length_stays() -> None:
    result = read_plan(PLANS / "en-numbered-boxes.md")
    assert pinned(result.plan, 0) == [
        ("Thermodynamics past paper", 60, None),
        ("Flashcards on optics", 25, None),
        ("reading on waves", 40, None),
        ("mock exam", 150, None),
    ]
