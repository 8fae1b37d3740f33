"""Headings that open with a clock time under a day or a routine's title: an agenda of start
times (each until the next, the last with a length of its own or warned), never lengths."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, pinned, warnings

HEADINGS = DATA / "time_headings"


def read(name: str) -> ReadResult:
    return read_plan(HEADINGS / name)


def test_french_h_hours_in_headings_are_start_times_not_lengths() -> None:
    result = read("fr-h-hours-under-dated-days.md")
    saturday, sunday = result.plan.days
    assert (saturday.date, sunday.date) == (dt.date(2027, 6, 12), dt.date(2027, 6, 13))
    # "15 h 00", "À partir de 16h30": 15:00 until 16:30, 16:30 until "~19h00"; never 15 hours
    assert pinned(result.plan, 0) == [
        ("Accueil des musiciens", 90, "15:00"),
        ("Concert de la chorale", 150, "16:30"),
    ]
    assert pinned(result.plan, 1) == []
    said = warnings(result)
    assert '11: "~19h00 — Bal populaire" has a start time but no length' in said
    assert '17: "Promenade au lac" has a start time but no length' in said
    assert not any("more than a day holds" in w or "lasts 15 h" in w for w in said)


def test_german_uhr_headings_and_ab_are_starts() -> None:
    result = read("de-uhr-headings.md")
    assert pinned(result.plan, 0) == [
        ("Aufbau der Stände", 120, "14:00"),
        ("Konzert der Jugendkapelle", 150, "16:00"),  # "Ab 16 Uhr": the time's word, no title
        ("Tombola", 60, "18:30"),
    ]
    assert warnings(result) == []


def test_spanish_a_partir_de_las_is_the_times_word() -> None:
    result = read("es-a-partir-de-las.md")
    assert pinned(result.plan, 0) == [
        ("Taller de cerámica", 150, "10:00"),
        ("Paseo en barco", 150, "12:30"),
        ("Visita guiada", 90, "15:00"),
    ]
    assert warnings(result) == []


def test_italian_dalle_ore_is_the_times_word() -> None:
    result = read("it-dalle-ore.md")
    assert pinned(result.plan, 0) == [
        ("Iscrizioni", 45, "09:30"),
        ("Relazione introduttiva", 105, "10:15"),
        ("Dibattito", 45, "12:00"),
    ]
    assert warnings(result) == []


def test_portuguese_h_hours_rising_from_the_morning_are_starts() -> None:
    result = read("pt-h-hours-with-a-partir-das.md")
    assert pinned(result.plan, 0) == [
        ("Acolhimento", 30, "09:30"),
        ("Palestra sobre o projeto", 90, "10:00"),  # "10h": ten o'clock, not ten hours
        ("Oficina prática", 60, "11:30"),
    ]
    assert warnings(result) == []


def test_dutch_uur_headings_and_vanaf_are_starts() -> None:
    result = read("nl-uur-headings-with-vanaf.md")
    assert pinned(result.plan, 0) == [
        ("Inloop", 30, "09:30"),
        ("Workshop schilderen", 135, "10:00"),
        ("Rondleiding", 30, "12:15"),
    ]
    assert warnings(result) == []


def test_time_only_headings_take_their_title_from_the_first_step_below() -> None:
    result = read("en-time-only-headings-over-steps.md")
    (day,) = result.plan.days
    assert pinned(result.plan, 0) == [
        ("Stretch", 90, "06:00"),
        ("Read a chapter", 90, "07:30"),
        ("Answer emails", 30, "09:00"),
    ]
    (stretch,) = [b for v in day.variants for b in v.blocks if b.title == "Stretch"]
    assert [item.text for item in stretch.items] == ["Drink a glass of water"]
    assert result.plan.title == "Morning Routine"
    assert warnings(result) == []


def test_two_routine_titles_over_clock_headings_are_two_days() -> None:
    result = read("en-two-routine-titles.md")
    assert [d.title for d in result.plan.days] == ["Office Routine", "Home Routine"]
    assert pinned(result.plan, 0) == [
        ("Run", 60, "07:00"),
        ("Email triage", 60, "08:00"),
        ("Deep work", 180, "09:00"),
    ]
    assert pinned(result.plan, 1) == [
        ("Long walk", 120, "09:00"),
        ("Practise guitar", 90, "11:00"),
        ("Read", 45, "12:30"),
    ]
    assert warnings(result) == []


def test_a_span_heading_among_start_headings_keeps_its_span() -> None:
    result = read("en-span-heading-among-starts.md")
    # "11:30am – Algebra" lasts until the span starts, though that is 3 h 30 min later
    assert pinned(result.plan, 0) == [
        ("Reading", 210, "08:00"),
        ("Algebra", 210, "11:30"),
        ("Training", 120, "15:00"),
    ]
    (day,) = result.plan.days
    assert "7:00pm – Review" in day.notes
    assert warnings(result) == [
        '13: "Review" starts at 19:00, after the day\'s spans, with no end: kept as a note'
    ]


def test_an_h_length_in_a_heading_stays_a_length() -> None:
    result = read("fr-h-length-heading-stays-a-length.md")
    assert pinned(result.plan, 0) == [("Révisions d'histoire", 120, None), ("Lecture", 90, None)]


def test_a_lone_meal_heading_is_the_days_note() -> None:
    result = read("fr-lone-meal-heading-is-a-note.md")
    assert pinned(result.plan, 0) == [
        ("Visite du château", 90, "17:00"),
        ("Jeux de société", 60, "18:30"),
    ]
    assert pinned(result.plan, 1) == []
    assert result.plan.days[1].notes == ("11:00 — Brunch",)


def test_meal_headings_with_what_they_hold_are_blocks_and_a_bare_break_a_gap() -> None:
    result = read("en-meal-headings-with-menus.md")
    plan = result.plan
    assert blocks_with_items(plan) == [
        ("Breakfast", 180, "07:30", ["oats with berries"]),
        ("Snack", 150, "10:30", ["an apple and a handful of nuts"]),
        ("Lunch", 150, "13:00", ["rice, beans and salad"]),
        ("Dinner", 45, "17:00", ["vegetable soup"]),
    ]
    assert plan.days[0].notes == ("3:30pm – Coffee break",)
    assert warnings(result) == []


def test_a_last_meal_heading_after_the_spans_is_warned_and_noted_once() -> None:
    result = read("en-last-meal-heading-after-a-span.md")
    assert pinned(result.plan, 0) == [("Stretching", 60, "08:00"), ("Track session", 120, "09:00")]
    assert result.plan.days[0].notes == ("7:00pm – Dinner", "pasta and salad")
    assert warnings(result) == [
        '9: "Dinner" starts at 19:00, after the day\'s spans, with no end: kept as a note'
    ]
