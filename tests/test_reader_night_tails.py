"""A routine that opens with a night and ends with its own in the small hours (`22:00 Read`,
then `00:30 Sleep`): the morning stays on the day's date, the last blocks run on into the next
date, and the night it opens with is the one before the morning."""

from __future__ import annotations

import datetime as dt

from planexport.model import Plan
from planexport.reader import read_plan
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import pinned, warnings

TAILS = DATA / "night_tails"
MONDAY = dt.date(2026, 12, 7)


def starts(plan: Plan) -> list[list[tuple[str, str, str]]]:
    """Each scheduled day's blocks as (title, start, end), with weekday and clock, in time order."""
    result = schedule(plan, ScheduleOptions(start=MONDAY, tz="UTC"))
    return [
        [
            (b.block.title, f"{b.start:%a %H:%M}", f"{b.end:%a %H:%M}")
            for b in sorted(day.blocks, key=lambda b: b.start)
        ]
        for day in result.days
    ]


def test_a_sleep_after_midnight_at_the_end_keeps_the_morning_on_the_date() -> None:
    result = read_plan(TAILS / "en-read-then-sleep-after-midnight.md")
    assert pinned(result.plan, 0) == [
        ("Sleep", 450, "23:30"),
        ("Breakfast and news", 30, "07:00"),
        ("Thermodynamics problem set", 120, "08:00"),
        ("Choir rehearsal", 60, "16:00"),
        ("Read a novel", 150, "22:00"),
        ("Sleep", 390, "00:30"),
    ]
    assert warnings(result) == []
    assert starts(result.plan) == [
        [
            ("Sleep", "Sun 23:30", "Mon 07:00"),  # the night before the morning
            ("Breakfast and news", "Mon 07:00", "Mon 07:30"),
            ("Thermodynamics problem set", "Mon 08:00", "Mon 10:00"),
            ("Choir rehearsal", "Mon 16:00", "Mon 17:00"),
            ("Read a novel", "Mon 22:00", "Tue 00:30"),
            ("Sleep", "Tue 00:30", "Tue 07:00"),  # this day's night
        ]
    ]


def test_a_table_that_ends_with_its_night_keeps_its_morning() -> None:
    plan = read_plan(TAILS / "de-tabelle-nacht-am-ende.md").plan
    assert starts(plan) == [
        [
            ("Schlafen", "Sun 23:00", "Mon 06:30"),
            ("Aufstehen, Kaffee", "Mon 06:30", "Mon 07:00"),
            ("Anatomie wiederholen", "Mon 09:00", "Mon 11:30"),
            ("Karteikarten", "Mon 22:30", "Tue 01:00"),
            ("Schlafen", "Tue 01:00", "Tue 06:30"),
        ]
    ]


def test_two_blocks_after_midnight_under_their_own_heading_are_the_days_night() -> None:
    plan = read_plan(TAILS / "pt-noite-em-partes.md").plan
    assert starts(plan) == [
        [
            ("Dormir", "Sun 22:30", "Mon 06:00"),
            ("Acordar e alongar", "Mon 06:00", "Mon 06:30"),
            ("Cálculo II", "Mon 07:00", "Mon 09:00"),
            ("Projeto de programação", "Mon 21:00", "Mon 23:30"),
            ("Revisar anotações", "Mon 23:30", "Tue 00:15"),
            ("Dormir", "Tue 00:15", "Tue 06:00"),
        ]
    ]


def test_a_last_night_that_runs_into_the_next_class_leaves_the_day_in_written_order() -> None:
    # "01:00 - 09:30 Sommeil" would run into the 09:00 class of the next morning: it is no
    # night of this day, so the day reads as written, each time after the one before.
    plan = read_plan(TAILS / "fr-nuit-qui-deborde-sur-le-cours.md").plan
    assert starts(plan) == [
        [
            ("Sommeil", "Mon 23:00", "Tue 07:00"),
            ("Cours de droit", "Tue 09:00", "Tue 12:00"),
            ("Lecture", "Tue 22:00", "Tue 23:30"),
            ("Sommeil", "Wed 01:00", "Wed 09:30"),
        ]
    ]
