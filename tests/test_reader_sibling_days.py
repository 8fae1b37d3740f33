"""A timetable in a section beside the days' section is a day of its own, not "in no day"."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "sibling_days"
RELATIVE = (
    "times counted from 00:00 are read as lengths from the session's start, not pinned at midnight"
)


def test_an_in_person_table_beside_online_days_is_the_first_day() -> None:
    result = read_plan(PLANS / "de-praesenz-online-tage.md")
    plan = result.plan
    assert days(plan) == [
        (None, None, "Präsenz (ein Tag)"),
        (None, None, "Online (zwei Tage): Tag 1"),
        (None, None, "Online (zwei Tage): Tag 2"),
    ]
    assert [d.number for d in plan.days] == [1, 2, 3]
    # Pinned at its clock times; "Pause" and "Mittagessen" are the gaps between them.
    assert pinned(plan, 0) == [
        ("Begrüßung", 20, "09:00"),
        ("Übung 1: Commits", 70, "09:20"),
        ("Übung 2: Branches", 75, "10:45"),
        ("Übung 3: Merge-Konflikte", 90, "13:00"),
        ("Abschluss", 30, "14:30"),
    ]
    # The online days stay counted from their start: lengths in order, never at midnight.
    assert pinned(plan, 1) == [
        ("Begrüßung", 15, None),
        ("Übung 1: Commits", 60, None),
        ("Übung 2: Branches", 65, None),
    ]
    assert pinned(plan, 2) == [
        ("Rückblick", 10, None),
        ("Übung 3: Merge-Konflikte", 90, None),
        ("Abschluss", 20, None),
    ]
    # No row of the in-person table is "in no day".
    assert warnings(result) == [f"21: {RELATIVE}", f"30: {RELATIVE}"]


def test_an_on_site_list_after_the_days_is_the_next_day() -> None:
    result = read_plan(PLANS / "fr-remote-days-then-on-site-list.md")
    plan = result.plan
    # The days before it keep their numbers and titles.
    assert days(plan) == [
        (None, None, "Bases"),
        (None, None, "Fonctions"),
        (None, None, "Sur place"),
    ]
    assert pinned(plan, 0) == [
        ("Accueil", 15, None),
        ("Variables et types", 60, None),
        ("Exercices", 45, None),
    ]
    assert pinned(plan, 2) == [
        ("Accueil et café", 30, "09:00"),
        ("Ateliers en binôme", 150, "09:30"),
        ("Projet final", 150, "13:30"),
    ]
    assert warnings(result) == []


def test_a_side_table_of_lengths_is_no_day() -> None:
    result = read_plan(PLANS / "side-table-of-lengths.md")
    assert days(result.plan) == [(None, None, "Day 1"), (None, None, "Day 2")]
    assert warnings(result) == [
        "5: lines 5-9: a table in no day, not read",
    ]


def test_two_clock_rows_are_no_timetable() -> None:
    result = read_plan(PLANS / "two-clock-rows-beside-days.md")
    assert days(result.plan) == [(None, None, "Day 1"), (None, None, "Day 2")]
    assert warnings(result) == [
        "5: lines 5-8: a table in no day, not read",
    ]


def test_a_daily_routine_beside_the_days_is_a_template_not_a_day() -> None:
    result = read_plan(PLANS / "es-daily-routine-beside-days.md")
    assert days(result.plan) == [(None, None, "Day 1"), (None, None, "Day 2")]
    assert pinned(result.plan, 0) == [("Álgebra", 60, None)]
    assert warnings(result) == ["5: lines 5-9: a table in no day, not read"]


def test_rows_that_all_start_at_one_time_are_whole_days_not_a_timetable() -> None:
    # "Primo incontro | 09:30 - 17:30" row after row lists meetings, not one day's hours.
    result = read_plan(PLANS / "it-session-dates-table-same-start.md")
    assert days(result.plan) == [(None, None, "Day 1"), (None, None, "Day 2")]
    assert warnings(result) == ["5: lines 5-9: a table in no day, not read"]
