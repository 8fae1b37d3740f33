"""Tables that date their days: a date column, dated rows with items in a cell, month tables."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

TABLES = DATA / "tables"


def read(name: str) -> ReadResult:
    return read_plan(TABLES / name)


def test_a_facts_table_is_about_the_plan_and_gives_no_block() -> None:
    result = read("facts-table.md")
    plan = result.plan
    # "| **Prüfungsdauer** | 120 Minuten |" is the exam's length, not two hours of study.
    assert [[b.title for v in d.variants for b in v.blocks] for d in plan.days] == [
        ["Wahrscheinlichkeit"],
        ["Verteilungen"],
    ]
    assert [d.weekday for d in plan.days] == ["mon", "tue"]
    assert warnings(result) == []


def test_a_date_column_takes_its_year_from_the_week_heading_across_new_year() -> None:
    result = read("week-table-dates.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", dt.date(2025, 12, 29), "Mo"),
        ("tue", dt.date(2025, 12, 30), "Di"),
        ("fri", dt.date(2026, 1, 2), "Fr"),
        ("sun", dt.date(2026, 1, 4), "So"),
    ]
    assert [d.is_rest for d in plan.days] == [False, False, False, True]
    assert pinned(plan, 2) == [("Subnetting", 180, None)]
    assert warnings(result) == []


def test_a_weekday_that_disagrees_with_the_date_is_kept_and_the_date_left_out() -> None:
    result = read("weekday-date-mismatch.md")
    # 6 January 2026 is a Tuesday: the plan's "Mon" is kept, and no date is invented.
    assert days(result.plan) == [("mon", None, "Mon"), ("tue", None, "Tue")]
    assert warnings(result) == [
        '7: "Mon 06.01.": 06.01.2026 is a Tuesday, not the weekday written; the weekday is '
        "kept and the date left out (and 1 more row)"
    ]


def test_a_date_without_a_year_anywhere_leaves_the_date_unknown() -> None:
    result = read("week-table-no-year.md")
    assert days(result.plan) == [("mon", None, "Mo"), ("tue", None, "Di")]
    # 5 January is a Monday only in a year gone by: the weekdays are read, the dates warned.
    assert warnings(result) == [
        '7: "Mo 05.01.": the plan writes no year and 05.01. is no Monday from two weeks ago on: '
        "the rows' weekdays are read, not their dates (write the year to date them)"
    ]


def test_dated_rows_give_a_day_each_and_a_pinned_block_per_timed_item() -> None:
    result = read("dated-rows-cell-items.md")
    plan = result.plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("mon", dt.date(2021, 3, 15)),
        ("tue", dt.date(2021, 3, 16)),
        ("wed", dt.date(2021, 3, 17)),
        ("thu", dt.date(2021, 3, 18)),
        ("fri", dt.date(2021, 3, 19)),
    ]
    # "07:50 bis 9:30 Uhr": `bis` is a range word and `Uhr` belongs to the time.
    assert pinned(plan, 0) == [("Mathematik Unterricht", 100, "07:50")]
    assert plan.days[0].notes == ("Hausübung `#4`",)
    # Start-only items last until the next start in the same cell.
    assert pinned(plan, 1) == [
        ("Physik Unterricht", 100, "08:00"),
        ("Chemie Unterricht", 50, "09:40"),
        ("Englisch Unterricht", 50, "10:30"),
    ]
    assert plan.days[2].is_rest
    assert plan.days[2].notes == ()
    assert plan.days[3].is_rest
    assert plan.days[3].notes == ("Deutsch Unterricht: 9:00 Uhr",)
    assert pinned(plan, 4) == [("Biologie Unterricht", 50, "12:35")]
    assert warnings(result) == [
        '10: "Deutsch Unterricht" has a start time but no length: kept as a note',
        '11: "Geschichte Unterricht: 08:00 bis 09:00 Uhr" is struck out: not read',
    ]


def test_month_tables_date_each_row_in_the_school_year_in_the_order_written() -> None:
    result = read("month-table-school-year.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", dt.date(2025, 11, 17), "November 17"),
        ("tue", dt.date(2025, 11, 18), "November 18"),
        ("mon", dt.date(2025, 12, 15), "December 15"),
        ("mon", dt.date(2026, 1, 12), "January 12"),
        ("tue", dt.date(2026, 1, 13), "January 13"),
    ]
    assert pinned(plan, 0) == [("Harmony 1", 120, "10:00"), ("Ear training", 120, "14:00")]
    # Rows are separate days: a 10:00 after another row's 14:00 stays in the morning.
    assert pinned(plan, 1) == [("Harmony 2", 120, "10:00")]
    assert pinned(plan, 3) == [("Composition workshop", 180, "10:00")]
    assert plan.days[4].is_rest
    assert plan.days[4].notes == ("NYD",)
    assert warnings(result) == []


def test_a_month_table_with_no_year_keeps_its_days_undated() -> None:
    plan = read("month-table-no-year.md").plan
    assert days(plan) == [(None, None, "March 3"), (None, None, "March 4")]
    assert pinned(plan, 1) == [("Synthesis", 90, "10:00")]


def test_a_course_calendar_reads_weekday_date_session_and_skips_placeholders() -> None:
    result = read("course-calendar-placeholder.md")
    plan = result.plan
    # The year is the "Fechas" line's; the weekday is the one written next to the date.
    assert days(plan) == [
        ("tue", dt.date(2027, 2, 9), "Martes, 09 Febrero"),
        ("wed", dt.date(2027, 2, 10), "Miércoles, 10 Febrero"),
    ]
    blocks = [b for v in plan.days[0].variants for b in v.blocks]
    # "[Reservado para contenido]" gives way to the block's name; a real topic stays.
    assert [(b.title, b.session, b.at, b.min_minutes) for b in blocks] == [
        ("Mañana", "Mañana", "09:00", 180),
        ("Prácticas guiadas", "Tarde", "14:00", 180),
    ]
    assert pinned(plan, 1) == [("Mañana", 180, "09:00"), ("Tarde", 120, "14:00")]


def test_a_refusal_counts_the_tables_it_could_not_read() -> None:
    with pytest.raises(PlanError) as caught:
        read("refused-period-grid.md")
    assert str(caught.value) == (
        f"{TABLES / 'refused-period-grid.md'}:5: no timed blocks found (no days found: "
        "expected headings such as '### Day 1 – Topic' over lines such as "
        "'- Concepts (60 min)'; read 3 headings, 0 list items and 2 tables, none with a "
        "length or a clock time; the table at line 5 is a timetable of numbered lesson "
        "periods ('1ste uur' … '2de uur') with no clock times, and a period is no time of "
        "day (give each period its time, such as '| 1ste uur (08:30-09:20) |' or "
        "'| 08:30-09:20 |', to read it))"
    )


def test_a_facts_table_headed_item_value_stays_facts_though_every_value_is_a_length() -> None:
    result = read("facts-table-item-value.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Day 1"]
    assert pinned(plan, 0) == [("Concepts", 60, None), ("Practice questions", 30, None)]
    assert warnings(result) == []


def test_dated_rows_check_the_weekday_of_a_day_column_beside_the_date() -> None:
    result = read("date-and-day-columns.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", dt.date(2027, 1, 4)),
        ("tue", dt.date(2027, 1, 5)),
        ("fri", None),
    ]
    assert pinned(result.plan, 2) == [("Heaps", 60, None)]
    assert warnings(result) == [
        '7: "Fri 07.01.": 07.01.2027 is a Thursday, not the weekday written; the weekday is '
        "kept and the date left out"
    ]


def test_a_link_in_a_dated_item_keeps_its_words_in_the_title() -> None:
    plan = read("dated-rows-cell-links.md").plan
    assert pinned(plan, 0) == [("Physik Unterricht (Zusammenfassung)", 60, "09:00")]


def test_a_deadline_column_does_not_make_each_row_a_day() -> None:
    # Only a leading column, or one headed as the date, dates the rows.
    plan = read("deadline-column-not-a-date.md").plan
    assert [(d.title, d.date) for d in plan.days] == [("Day 1", None)]
    assert pinned(plan, 0) == [("Essay draft", 120, None), ("Lab report", 180, None)]
