"""Weekday tables read as their rows say: grids of parts of the day with a length column, week
tables below an activity's weekdays, and dated week ranges that end before their last week does."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks, warnings

PLANS = DATA / "week_table_reads"


def test_part_grid_lengths_summed_in_a_cell_go_to_the_sessions_in_order() -> None:
    result = read_plan(PLANS / "es-part-grid-summed-lengths.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Técnica de crol", 30, None)]),
        ("tue", [("Series cortas", 35, None), ("Pesas ligeras", 50, None)]),
        ("thu", [("Nado continuo", 60, None)]),
        ("sun", []),
    ]
    tuesday = [b for v in result.plan.days[1].variants for b in v.blocks]
    assert [b.session for b in tuesday] == ["Mañana", "Tarde"]
    assert [b.note for b in tuesday] == ["Velocidad", "Velocidad"]  # the "Enfoque" column
    assert warnings(result) == []


def test_part_grid_cell_with_its_own_span_is_counted_once() -> None:
    result = read_plan(PLANS / "en-part-grid-cell-span-wins.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Fingerboard", 25, None), ("Bouldering", 90, "18:30")]),
        ("thu", [("Mobility", 20, None), ("Rope climbing", 90, None)]),
        ("sat", [("Crag day", 240, "09:00")]),
    ]
    assert result.plan.days[0].variants[0].blocks[1].session == "Evening"


def test_part_grid_lengths_listed_with_commas_keep_decimal_commas() -> None:
    result = read_plan(PLANS / "de-part-grid-listed-lengths.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Redoxreaktionen", 90, None), ("Karteikarten", 20, None)]),
        ("wed", [("Altklausur", 120, None)]),
        ("fri", [("Laborprotokoll", 45, None), ("Wiederholung", 30, None)]),
    ]


def test_part_grid_lengths_joined_by_a_word() -> None:
    result = read_plan(PLANS / "fr-part-grid-lengths-with-et.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Gammes", 20, None), ("Sonate en ré", 40, None)]),
        ("wed", [("Déchiffrage", 30, None)]),
        ("sat", [("Répétition", 60, None)]),
    ]
    assert [b.session for b in result.plan.days[0].variants[0].blocks] == ["Matin", "Soir"]


def test_part_grid_total_row_is_no_day() -> None:
    result = read_plan(PLANS / "it-part-grid-total-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Arpeggi", 25, None), ("Brano nuovo", 40, None)]),
        ("wed", [("Accordi barré", 30, None)]),
        ("fri", [("Scale", 20, None), ("Improvvisazione", 45, None)]),
    ]
    assert warnings(result) == []


def test_activity_heading_with_weekdays_below_a_week_table_names_no_day() -> None:
    result = read_plan(PLANS / "de-week-table-activity-section.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Montag"),
        ("tue", "Dienstag"),
        ("wed", "Mittwoch"),
        ("thu", "Donnerstag"),
        ("fri", "Freitag"),
    ]
    assert day_blocks(result.plan)[1] == ("tue", [("Mobilität + Radfahren", 60, None)])
    assert warnings(result) == [
        '13: "Schultern, Brustwirbelsäule, Sprunggelenke → Dauer: etwa …" is in no day: not read'
    ]


def test_activity_heading_range_adds_no_weekdays_the_table_has_no_row_for() -> None:
    result = read_plan(PLANS / "en-week-table-range-past-its-rows.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Monday"),
        ("tue", "Tuesday"),
        ("wed", "Wednesday"),
    ]


def test_activity_heading_with_listed_weekdays_keeps_every_table_row() -> None:
    result = read_plan(PLANS / "es-week-table-listed-weekdays-section.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Rodaje suave", 35, None)]),
        ("thu", [("Series en pista", 45, None)]),
        ("sat", [("Tirada larga", 70, None)]),
    ]
    assert [d.title for d in result.plan.days] == ["Martes", "Jueves", "Sábado"]


def test_range_heading_with_no_table_above_is_still_its_days() -> None:
    result = read_plan(PLANS / "nl-range-heading-without-table.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert day_blocks(result.plan)[0] == (
        "mon",
        [("Heupen en rug", 15, "07:00"), ("Schouders", 15, "07:15")],
    )


def test_week_range_table_stops_at_the_range_end_date() -> None:
    result = read_plan(PLANS / "en-week-range-ends-on-saturday.md")
    titles = [d.title for d in result.plan.days]
    assert titles[-2:] == ["Friday 17 September", "Saturday 18 September"]
    assert len(titles) == 9  # no Sunday 19 September
    assert day_blocks(result.plan)[-1] == ("sat", [("Mixed questions", 90, "18:00")])
    assert warnings(result) == [
        '3: "Weeks 1-2: 6 September - 18 September" ends on 18 September: read up to it, '
        "the Sunday after it not read"
    ]


def test_week_range_ending_midweek_leaves_out_the_later_weekdays_once() -> None:
    result = read_plan(PLANS / "es-week-range-ends-midweek.md")
    assert [(w, wd, d) for w, wd, d, _, _ in dated_days(result.plan)] == [
        (3, "mon", dt.date(2027, 3, 15)),
        (3, "wed", dt.date(2027, 3, 17)),
        (3, "fri", dt.date(2027, 3, 19)),
        (4, "mon", dt.date(2027, 3, 22)),
        (4, "wed", dt.date(2027, 3, 24)),
    ]
    assert len(warnings(result)) == 1


def test_week_range_over_new_year_ends_in_the_next_year() -> None:
    result = read_plan(PLANS / "de-week-range-over-new-year.md")
    assert [d.date for d in result.plan.days] == [
        dt.date(2027, 12, 27),
        dt.date(2027, 12, 30),
        dt.date(2028, 1, 1),
        dt.date(2028, 1, 3),
        dt.date(2028, 1, 6),
    ]
