"""Work, commute and school spans a day holds beside study are the day's `busy` time as well as
its notes (`08:00-16:00 Work` is 08:00 for 480 minutes), in every language the reader reads work
in; a span past midnight keeps its whole length, and work that stays a block is no busy time."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA, USER_PLAN
from tests.reader_support import pinned, warnings

WORK = DATA / "work_spans"


def busy(name: str, index: int = 0) -> list[tuple[str, int, str]]:
    day = read_plan(WORK / name).plan.days[index]
    return [(span.at, span.minutes, span.title) for span in day.busy]


def test_work_beside_an_untimed_block_is_the_days_busy_time() -> None:
    result = read_plan(WORK / "en-untimed-reading-beside-work.md")
    day = result.plan.days[0]
    assert pinned(result.plan, 0) == [
        ("Reading: chapter 4", 30, None),
        ("Problem set 3", 120, "17:30"),
    ]
    assert [(s.at, s.minutes, s.title) for s in day.busy] == [("08:00", 480, "Work")]
    assert day.notes == ("08:00-16:00 Work",)  # the note stays: `show` lists the day as before
    assert warnings(result) == ['6: read "Work" as busy time, not study']


def test_a_routines_work_and_commute_are_busy_on_every_weekday() -> None:
    plan = read_plan(WORK / "en-routine-work-commitments.md").plan
    for day in plan.days:
        assert [(s.at, s.minutes, s.title) for s in day.busy] == [
            ("08:15", 30, "Commute to work"),
            ("09:00", 480, "Work/Other Commitments"),
        ]


def test_the_way_to_school_and_school_are_busy() -> None:
    assert busy("en-student-school-day.md") == [
        ("07:15", 30, "Bus to school"),
        ("08:00", 420, "School"),
    ]


def test_work_past_midnight_keeps_its_whole_length() -> None:
    result = read_plan(WORK / "en-night-work-past-midnight.md")
    assert busy("en-night-work-past-midnight.md") == [("22:00", 480, "Work")]
    assert result.plan.days[1].busy == ()  # Tuesday names no work of its own
    assert pinned(result.plan, 1) == [
        ("Case studies", 45, None),
        ("Drug interactions quiz", 60, "16:00"),
    ]


def test_a_german_tables_commute_and_work_rows_are_busy() -> None:
    assert busy("de-tabelle-pendeln-arbeit.md") == [
        ("07:00", 40, "Pendeln"),
        ("07:45", 510, "Arbeit"),
        ("16:30", 30, "Pendeln"),
    ]


def test_the_spanish_office_and_a_shift_are_busy() -> None:
    assert busy("es-oficina-y-trabajo-practico.md") == [("08:30", 540, "Oficina")]
    result = read_plan(WORK / "es-turno-y-lectura-sin-hora.md")
    assert busy("es-turno-y-lectura-sin-hora.md") == [("14:00", 480, "Turno")]
    assert pinned(result.plan, 0) == [
        ("Lectura del tema 2", 40, None),
        ("Ejercicios de estadística", 90, "09:00"),
    ]
    assert warnings(result) == ['7: read "Turno" as busy time, not study']


def test_french_italian_portuguese_and_dutch_work_is_busy() -> None:
    assert busy("fr-au-bureau-semaine.md", 0) == [("08:30", 540, "Au bureau")]
    assert busy("fr-au-bureau-semaine.md", 1) == [("08:30", 540, "Au bureau")]
    assert busy("it-lavoro-e-lavoro-di-gruppo.md") == [
        ("09:00", 240, "Lavoro"),
        ("14:00", 240, "Lavoro"),
    ]
    assert busy("pt-escola-e-trabalho-de-casa.md") == [("07:30", 300, "Escola")]
    assert busy("nl-woon-werkverkeer-werkcollege.md") == [
        ("07:00", 45, "Woon-werkverkeer"),
        ("08:00", 240, "Op het werk"),
    ]


def test_work_that_stays_a_block_is_no_busy_time() -> None:
    # A roster of shifts alone, work with tasks under it and titles that do some work are study.
    roster = read_plan(WORK / "en-shift-roster-only.md").plan
    assert [day.busy for day in roster.days] == [(), (), ()]
    assert busy("en-work-with-tasks-stays.md") == []
    assert busy("en-homework-deep-work-stay.md") == []


def test_a_plan_without_work_has_no_busy_time() -> None:
    plan = read_plan(USER_PLAN).plan
    assert all(day.busy == () for day in plan.days)
