"""Weekly timetables as grids: weekday columns under a range label, a period number before the
time, a row per subject with its hours under each weekday, and tables of hours per day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

GRIDS = DATA / "timetable-grids"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_a_bold_weekday_range_over_a_grid_leaves_each_column_its_own_day() -> None:
    result = read("range-label-over-weekday-grid.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", None, "Montag"),
        ("tue", None, "Dienstag"),
        ("wed", None, "Mittwoch"),
    ]
    assert pinned(plan, 0) == [("Vokabeln", 90, "18:00"), ("Wiederholung", 30, "20:00")]
    assert pinned(plan, 1) == [("Grammatik", 90, "18:00"), ("Lesen", 30, "20:00")]
    assert pinned(plan, 2) == [("Hörverstehen", 90, "18:00"), ("Wiederholung", 30, "20:00")]
    assert warnings(result) == []


def test_a_second_grid_of_one_row_gives_its_own_weekend_days() -> None:
    result = read("weekend-grid-of-one-row.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", None, "Lunes"),
        ("tue", None, "Martes"),
        ("sat", None, "Sábado"),
        ("sun", None, "Domingo"),
    ]
    assert pinned(plan, 0) == [("Redes", 60, "19:00"), ("Repaso", 45, "20:15")]
    assert pinned(plan, 1) == [("Bases de datos", 60, "19:00"), ("Ejercicios", 45, "20:15")]
    assert pinned(plan, 2) == [("Proyecto final", 150, "10:00")]
    assert pinned(plan, 3) == [("Simulacro de examen", 150, "10:00")]
    assert warnings(result) == []


def test_a_period_number_before_the_time_labels_the_row_and_empty_cells_are_nothing() -> None:
    result = read("period-column-first.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", None, "Montag"),
        ("tue", None, "Dienstag"),
        ("thu", None, "Donnerstag"),
    ]
    assert pinned(plan, 0) == [("Deutsch", 45, "07:45"), ("Mathe", 45, "09:40")]
    assert pinned(plan, 1) == [("Englisch", 45, "08:35"), ("Englisch", 45, "09:40")]
    assert pinned(plan, 2) == [("Biologie", 45, "07:45")]
    assert warnings(result) == []  # no "time of day with no length" for the empty cells


def test_a_period_number_before_start_and_end_columns() -> None:
    result = read("period-start-end-columns.md")
    plan = result.plan
    assert days(plan) == [("mon", None, "Maandag"), ("wed", None, "Woensdag")]
    assert pinned(plan, 0) == [("Aardrijkskunde", 50, "08:30")]
    assert pinned(plan, 1) == [("Frans", 50, "08:30"), ("Scheikunde", 50, "09:20")]
    assert warnings(result) == []


def test_a_row_per_subject_gives_a_block_for_each_weekday_cell_with_hours() -> None:
    result = read("subject-rows-hour-ranges.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", None, "Lunedì"),
        ("tue", None, "Martedì"),
        ("thu", None, "Giovedì"),
    ]
    assert pinned(plan, 0) == [("Analisi", 120, "08:00"), ("Inglese", 90, "16:30")]
    assert pinned(plan, 1) == [("Fisica", 180, "10:00")]
    assert pinned(plan, 2) == [("Analisi", 120, "14:00")]
    assert warnings(result) == []


def test_two_sittings_in_a_cell_and_a_cell_without_hours_is_named() -> None:
    result = read("subject-rows-two-sittings-and-a-place.md")
    plan = result.plan
    assert days(plan) == [("mon", None, "Mon"), ("wed", None, "Wed"), ("fri", None, "Fri")]
    assert pinned(plan, 0) == [
        ("Statistics", 60, "09:00"),
        ("Statistics", 60, "11:00"),
        ("Drawing", 120, "13:00"),
    ]
    assert pinned(plan, 1) == [("Statistics", 60, "09:00")]
    assert pinned(plan, 2) == [("Drawing", 120, "13:00")]
    assert warnings(result) == [
        '5: "Online" under "Fri" for Statistics skipped: no hours in it',
        '6: "1-3" under "Mon" read as 13:00-15:00',
        '6: "1-3" under "Fri" read as 13:00-15:00',
    ]


def test_a_total_row_is_no_day_and_a_dash_is_a_day_off() -> None:
    result = read("day-hours-with-total-row.md")
    plan = result.plan
    assert days(plan) == [("mon", None, "Lundi"), ("wed", None, "Mercredi"), ("thu", None, "Jeudi")]
    assert pinned(plan, 0) == [("Lundi", 120, None)]
    assert pinned(plan, 1) == []
    assert plan.days[1].is_rest
    assert pinned(plan, 2) == [("Jeudi", 60, None)]
    assert all(b.title != "Block" for d in plan.days for v in d.variants for b in v.blocks)
    assert warnings(result) == []


def test_hours_per_day_beside_a_timetable_sum_it_up_and_are_no_days() -> None:
    result = read("totals-beside-subject-grid.md")
    plan = result.plan
    assert days(plan) == [("mon", None, "Monday"), ("tue", None, "Tuesday")]
    assert pinned(plan, 0) == [("Chemistry", 120, "09:00")]
    assert pinned(plan, 1) == [("History", 60, "13:00")]
    assert warnings(result) == [
        "12: a table of hours per day: read as a summary of the timetable, not as more days"
    ]


def test_an_html_weekday_cell_beside_a_list_of_spans_is_that_day() -> None:
    result = read("html-weekday-cell-li-items.md")
    plan = result.plan
    assert days(plan) == [("fri", None, "Vrijdag"), ("sat", None, "Zaterdag")]
    assert pinned(plan, 0) == [
        ("Opening en kennismaking", 60, "09:00"),
        ("Werkgroep statistiek", 90, "10:00"),
        ("Presentaties", 90, "12:30"),
    ]
    assert pinned(plan, 1) == [("Excursie", 120, "10:00")]  # a list of one item
    assert warnings(result) == []


def test_a_bulleted_cell_of_a_day_row_is_the_days_agenda_and_an_open_end_is_named() -> None:
    result = read("markdown-day-row-bullet-cell.md")
    plan = result.plan
    assert days(plan) == [("sat", None, "Saturday"), ("sun", None, "Sunday")]
    assert pinned(plan, 0) == [("Warm-up", 45, "09:30"), ("Pair programming", 105, "10:15")]
    assert pinned(plan, 1) == [("Retrospective", 60, "10:00")]
    assert warnings(result) == ['5: "Dinner" has a start time but no length: kept as a note']


def test_html_start_and_end_columns_with_colspan_rows_are_one_slot_each() -> None:
    result = read("html-start-end-colspan-rooms.md")
    plan = result.plan
    assert days(plan) == [("sun", None, "Sonntag")]
    assert pinned(plan, 0) == [
        ("Eröffnung", 30, "10:00"),
        ("Vortrag Datenschutz / Übung Tabellen", 45, "10:30"),
        ("Abschlussrunde", 30, "11:30"),
    ]
    assert warnings(result) == [
        "5: parallel sessions in one row of an HTML table are read as one block titled by all "
        "of them"
    ]
