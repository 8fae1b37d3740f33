"""Weekday tables read as their rows say: grids of parts of the day with a length column, and week
tables below an activity's weekdays."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

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
