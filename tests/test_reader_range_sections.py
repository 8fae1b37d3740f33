"""Sections that give the same weekdays: one day plan in time order; a later section named for
the same part of the day that starts inside an earlier one is its alternative, and any other
row at a time already taken is kept and said once."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

SECTIONS = DATA / "range_sections"
WORKWEEK = ["mon", "tue", "wed", "thu", "fri"]


def read(name: str) -> ReadResult:
    return read_plan(SECTIONS / name)


def test_a_second_evening_from_the_same_time_is_an_alternative_noted_on_each_day() -> None:
    result = read("en-alternative-evening.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == WORKWEEK
    for index, day in enumerate(plan.days):
        assert pinned(plan, index) == [
            ("stretching", 30, "07:00"),
            ("walk", 30, "12:30"),
            ("flashcards", 60, "19:00"),
            ("reading", 60, "20:00"),
        ]
        assert list(day.notes) == [
            "Tired evening (instead of Usual evening): 19:00–19:30 short review; "
            "19:30–20:00 podcast"
        ]
    assert warnings(result) == [
        '21: "Tired evening" gives Mon–Fri from 19:00 again, as "Usual evening" does '
        "(line 14): read as an alternative to it, a note of those days, not blocks"
    ]


def test_sections_written_evening_first_are_read_in_time_order() -> None:
    result = read("fr-sections-dans-le-desordre.md")
    assert [d.weekday for d in result.plan.days] == WORKWEEK
    assert pinned(result.plan, 2) == [
        ("Vocabulaire", 45, "07:00"),
        ("Lecture", 30, "07:45"),
        ("Exercices de maths", 60, "18:00"),
    ]
    assert warnings(result) == []


def test_one_row_over_another_section_s_row_is_kept_and_said_once() -> None:
    result = read("de-eine-zeile-ueberschneidet.md")
    assert len(result.plan.days) == 5
    assert pinned(result.plan, 0) == [
        ("Unterricht", 300, "08:00"),
        ("Mathe", 60, "14:00"),
        ("Chor", 60, "15:00"),
        ("Englisch", 60, "15:30"),
    ]
    assert warnings(result) == [
        '15: "Englisch" (15:30–16:30) overlaps "Chor" (15:00–16:00): both kept as written'
    ]


def test_a_row_at_the_very_time_of_another_section_s_is_kept_and_said_once() -> None:
    result = read("nl-zelfde-tijd-andere-sectie.md")
    assert pinned(result.plan, 4) == [
        ("Woordjes", 30, "07:00"),
        ("Hardlopen", 30, "07:00"),
        ("Zwemmen", 60, "18:00"),
    ]
    assert warnings(result) == [
        '13: "Hardlopen" at 07:00–07:30 clashes with "Woordjes" at 07:00–07:30 (line 7) '
        "on Mon–Fri: both kept"
    ]


def test_an_italian_lighter_evening_starting_inside_the_evening_is_its_alternative() -> None:
    result = read("it-sera-alternativa-dentro.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == WORKWEEK
    assert pinned(plan, 0) == [
        ("Ripasso flash", 30, "07:30"),
        ("Studio", 90, "19:00"),
        ("Lettura", 30, "20:30"),
    ]
    assert list(plan.days[0].notes) == ["Sera leggera (instead of Sera): 19:30–20:00 Ripasso breve"]
    assert warnings(result) == [
        '20: "Sera leggera" starts at 19:30, inside "Studio" of "Sera" (line 13): read as an '
        "alternative to it, a note of the day, not blocks"
    ]


def test_three_sections_that_do_not_meet_are_one_day_with_no_warning() -> None:
    result = read("es-tres-secciones-sin-choque.md")
    assert [d.weekday for d in result.plan.days] == WORKWEEK
    assert [(b.title, b.at, b.session) for b in result.plan.days[0].variants[0].blocks] == [
        ("Inglés", "06:30", "Mañana"),
        ("Lectura", "13:00", "Mediodía"),
        ("Problemas", "21:00", "Noche"),
    ]
    assert warnings(result) == []


def test_numbered_sessions_at_one_time_are_no_alternatives_of_each_other() -> None:
    result = read("en-parallel-sessions-no-alternative.md")
    assert [(b.title, b.at, b.session) for b in result.plan.days[0].variants[0].blocks] == [
        ("Git basics", "09:00", "Session 1"),
        ("Python basics", "09:00", "Session 2"),
    ]
    assert list(result.plan.days[0].notes) == []
