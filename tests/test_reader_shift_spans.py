"""Shifts named by when they run (`Night shift`, `Early shift`, `Nachtschicht`, `Turno de noche`,
`Turno notturno`, `Plantão noturno`, `Poste de nuit`, `Nachtdienst`) are work: a note of the day
and its busy time, in every language the reader reads work in; a night shift keeps its whole
length into the next date, and a session named by the hour it runs (`Night reading`) is study."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.reader import ReadResult, load, read_plan
from planexport.reader.work_spans import is_work
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import pinned, warnings

SHIFTS = DATA / "shift_spans"


def read(name: str) -> ReadResult:
    return read_plan(SHIFTS / name)


def busy(name: str, index: int = 0) -> list[tuple[str, int, str]]:
    return [(s.at, s.minutes, s.title) for s in read(name).plan.days[index].busy]


def test_a_night_shift_is_busy_into_the_next_morning() -> None:
    result = read("en-night-shift-into-next-day.md")
    monday, tuesday = result.plan.days
    assert [(s.at, s.minutes, s.title) for s in monday.busy] == [("22:00", 510, "Night shift")]
    assert monday.notes == ("22:00 - 06:30 Night shift",)
    assert pinned(result.plan, 0) == [("Cardiology flashcards", 90, "13:00")]
    assert tuesday.busy == ()
    assert warnings(result) == ['6: read "Night shift" as busy time, not study']


def test_the_scheduler_keeps_the_next_morning_clear_until_the_night_shift_ends() -> None:
    opts = ScheduleOptions(start=dt.date(2026, 12, 7), tz="Europe/Berlin", day_start=dt.time(5))
    placed = schedule(load(SHIFTS / "en-night-shift-into-next-day.md"), opts).blocks
    recap = next(b for b in placed if b.block.title == "Pharmacology recap")
    # Tuesday's day starts at 05:00, but Monday's shift runs to 06:30; a break follows it.
    assert (f"{recap.start:%a %H:%M}", f"{recap.end:%H:%M}") == ("Tue 06:40", "07:40")


def test_an_early_and_a_late_shift_are_busy() -> None:
    result = read("en-early-and-late-shift.md")
    assert busy("en-early-and-late-shift.md", 0) == [("06:00", 480, "Early shift")]
    assert busy("en-early-and-late-shift.md", 1) == [("14:00", 480, "Late shift")]
    assert pinned(result.plan, 0) == [("Networking labs", 90, "16:00")]
    assert pinned(result.plan, 1) == [("Subnetting drills", 60, "08:00")]
    assert warnings(result) == ['5: read "Early shift" (and 1 more) as busy time, not study']


def test_german_early_late_and_night_shifts_in_a_table_are_busy() -> None:
    result = read("de-frueh-spaet-nacht.md")
    assert [[(s.at, s.minutes, s.title) for s in day.busy] for day in result.plan.days] == [
        [("05:45", 495, "Frühschicht")],
        [("13:45", 495, "Spätschicht")],
        [("21:45", 510, "Nachtdienst")],
    ]
    assert [day.notes for day in result.plan.days] == [
        ("05:45–14:00 Frühschicht",),
        ("13:45–22:00 Spätschicht",),
        ("21:45–06:15 Nachtdienst",),
    ]
    assert pinned(result.plan, 2) == [("Steuerrecht Fälle", 60, "12:00")]
    assert warnings(result) == ['7: read "Frühschicht" (and 2 more) as busy time, not study']


def test_night_shifts_in_spanish_italian_portuguese_french_and_dutch_are_busy() -> None:
    assert busy("es-turno-de-noche.md") == [("21:00", 600, "Turno de noche")]
    assert busy("it-turno-notturno.md") == [("22:00", 480, "Turno notturno")]
    assert busy("pt-plantao-noturno.md") == [("19:00", 720, "Plantão noturno")]
    assert busy("fr-poste-de-nuit.md") == [("21:00", 480, "Poste de nuit")]
    assert busy("nl-nachtdienst-en-vroege-dienst.md", 0) == [("07:00", 480, "Vroege dienst")]
    assert busy("nl-nachtdienst-en-vroege-dienst.md", 1) == [("23:00", 480, "Nachtdienst")]
    result = read("pt-plantao-noturno.md")
    assert pinned(result.plan, 0) == [("Questões de clínica médica", 120, "10:00")]
    assert warnings(result) == ['6: read "Plantão noturno" as busy time, not study']


def test_a_session_named_by_the_hour_it_runs_is_study() -> None:
    result = read("en-night-reading-stays.md")
    assert pinned(result.plan, 0) == [
        ("Essay outline", 60, "18:00"),
        ("Night reading", 60, "22:00"),
        ("Late review", 30, "23:00"),
    ]
    assert result.plan.days[0].busy == ()
    assert warnings(result) == []


@pytest.mark.parametrize(
    "title",
    [
        "Night shift",
        "Early shift",
        "Late shift",
        "Graveyard shift",
        "Night duty",
        "Nachtschicht",
        "Frühschicht",
        "Spätschicht",
        "Schicht (früh)",
        "Nachtdienst",
        "Dienst",
        "Turno de noche",
        "Turno de mañana",
        "Guardia",
        "Turno notturno",
        "Turno di notte",
        "Plantão noturno",
        "Turno da noite",
        "Poste de nuit",
        "Équipe du matin",
        "Poste de l'après-midi",
        "Vroege dienst",
        "Nachtploeg",
    ],
)
def test_a_shift_named_by_when_it_runs_is_work(title: str) -> None:
    assert is_work(title)


@pytest.mark.parametrize(
    "title",
    [
        "Night reading",
        "Late review",
        "Morning work",
        "Night study",
        "Evening",
        "Poste",
        "Duty",
        "Service",
        "Shift focus",
    ],
)
def test_a_time_of_day_without_a_shift_is_no_work(title: str) -> None:
    assert not is_work(title)
