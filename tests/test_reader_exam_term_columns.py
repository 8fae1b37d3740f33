"""A table of exams whose date column is named by a German compound (`Prüfungstermin`), whose
subject number (`Modul-Nr.`) stands before the subject's name (`Bezeichnung`) and whose names
wrap onto a second line (`Zellbiologie und<br>Genetik`): a day per date, an exam per row, titled
by its name on one line."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from planexport.reader.table_cells import lists_items, unwrapped
from planexport.reader.table_columns import dates_named
from tests.paths import DATA
from tests.reader_support import dated_days

EXAMS = DATA / "exam_term_columns" / "one-edge-case.md"


def test_each_exam_is_a_block_on_its_date_titled_by_its_name() -> None:
    plan = read_plan(EXAMS).plan
    assert dated_days(plan) == [
        (None, "mon", dt.date(2027, 7, 12), "12.07.2027", [("Ökologie", 60, "13:00")]),
        (
            None,
            "wed",
            dt.date(2027, 7, 14),
            "14.07.2027",
            [("Zellbiologie und Genetik", 90, "09:00")],
        ),
        (None, "fri", dt.date(2027, 7, 16), "16.07.2027", [("Laborpraxis", 120, "10:00")]),
    ]


def test_the_number_and_the_room_are_notes_of_the_exam() -> None:
    plan = read_plan(EXAMS).plan
    block = plan.days[0].variants[0].blocks[0]
    assert block.note is not None
    assert "4712" in block.note
    assert "H 2.11" in block.note


def test_german_compounds_name_a_date_column_but_a_deadline_does_not() -> None:
    assert dates_named("prufungstermin")
    assert dates_named("klausurdatum")
    assert dates_named("termin")
    assert not dates_named("abgabetermin")
    assert not dates_named("anmeldeschluss")


def test_a_wrapped_name_lists_no_items_but_timed_or_bulleted_lines_do() -> None:
    assert not lists_items("Zellbiologie und<br>Genetik")
    assert unwrapped("Zellbiologie und<br>Genetik") == "Zellbiologie und Genetik"
    assert lists_items("- Mathe: 07:50 bis 9:30 Uhr<br>- Aufsatz")
    assert lists_items("Lesen 30 min<br>Üben")
