"""Work, commute and commitments in a day of clock spans (`- 9:00 - 17:00: Work/Other
commitments`, `| 07:45–16:15 | Arbeit |`) are busy time: a note of the day and one warning, no
block; titles that do something (`Homework`, `Deep work`) and a roster of work alone stay."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.work_spans import is_work
from tests.paths import DATA
from tests.reader_support import pinned, warnings

WORK = DATA / "work_spans"


def read(name: str) -> ReadResult:
    return read_plan(WORK / name)


def test_work_and_commute_in_a_routine_are_notes_and_one_warning() -> None:
    result = read("en-routine-work-commitments.md")
    plan = result.plan
    # "My weekday routine": the same day for each weekday, its work said once.
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    for index in range(5):
        assert pinned(plan, index) == [
            ("Wake up, shower, breakfast", 30, "06:30"),
            ("Study (Statistics)", 60, "07:00"),
            ("Gym", 60, "18:00"),
            ("Study (Linear Algebra)", 90, "19:30"),
        ]
        assert plan.days[index].notes == (
            "8:15 - 8:45: Commute to work",
            "9:00 - 17:00: Work/Other Commitments",
            "23:00: Sleep",
        )
        assert plan.days[index].variants[0].hours == 4.0  # the work's eight hours are not plan
    assert warnings(result) == ['5: read "Commute to work" (and 1 more) as busy time, not study']


def test_a_tables_work_rows_are_notes_with_their_clock_span() -> None:
    result = read("de-tabelle-pendeln-arbeit.md")
    day = result.plan.days[0]
    assert pinned(result.plan, 0) == [
        ("Lernen: Buchhaltung", 60, "06:00"),
        ("Lernen: Steuerrecht", 90, "18:00"),
        ("Hausarbeit", 60, "19:30"),  # a piece of coursework, not the job
    ]
    assert day.notes == ("07:00–07:40 Pendeln", "07:45–16:15 Arbeit", "16:30–17:00 Pendeln")
    assert warnings(result) == ['6: read "Pendeln" (and 2 more) as busy time, not study']


def test_the_office_is_busy_and_a_practical_assignment_is_study() -> None:
    result = read("es-oficina-y-trabajo-practico.md")
    assert pinned(result.plan, 0) == [
        ("Trabajo práctico", 60, "18:00"),
        ("Repaso de química", 90, "19:30"),
    ]
    assert result.plan.days[0].notes == ("08:30–17:30 Oficina",)
    assert warnings(result) == ['3: read "Oficina" as busy time, not study']


def test_work_in_several_days_is_one_warning_counting_each_line() -> None:
    result = read("fr-au-bureau-semaine.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Anglais", 60, "07:00"), ("Travaux dirigés de maths", 90, "18:30")]
    assert pinned(plan, 1) == [("Anglais", 60, "07:00"), ("Révisions de physique", 90, "18:30")]
    assert [d.notes for d in plan.days] == [("08:30-17:30 : Au bureau",)] * 2
    assert warnings(result) == ['6: read "Au bureau" (and 1 more) as busy time, not study']


def test_work_split_by_lunch_is_two_notes_and_group_work_stays() -> None:
    result = read("it-lavoro-e-lavoro-di-gruppo.md")
    assert pinned(result.plan, 0) == [
        ("Ripasso di storia", 60, "07:30"),
        ("Lavoro di gruppo", 90, "18:30"),
    ]
    assert result.plan.days[0].notes == ("09:00 - 13:00 Lavoro", "14:00 - 18:00 Lavoro")
    assert warnings(result) == ['4: read "Lavoro" (and 1 more) as busy time, not study']


def test_a_students_school_hours_are_busy_and_homework_stays() -> None:
    result = read("pt-escola-e-trabalho-de-casa.md")
    assert pinned(result.plan, 0) == [
        ("Trabalho de casa", 90, "14:00"),
        ("Estudo de matemática", 60, "16:00"),
    ]
    assert result.plan.days[0].notes == ("07:30–12:30 Escola",)
    assert warnings(result) == ['5: read "Escola" as busy time, not study']


def test_the_way_to_school_and_school_are_busy_in_english_too() -> None:
    result = read("en-student-school-day.md")
    assert pinned(result.plan, 0) == [
        ("Homework", 60, "16:00"),
        ("Flashcards (French)", 45, "17:00"),
    ]
    assert result.plan.days[0].notes == ("07:15 - 07:45: Bus to school", "08:00 - 15:00: School")
    assert warnings(result) == ['3: read "Bus to school" (and 1 more) as busy time, not study']


def test_commuting_and_at_work_are_busy_and_a_tutorial_stays() -> None:
    result = read("nl-woon-werkverkeer-werkcollege.md")
    assert pinned(result.plan, 0) == [
        ("Werkcollege statistiek", 120, "13:00"),
        ("Groepswerk", 90, "15:30"),
    ]
    assert result.plan.days[0].notes == (
        "07:00 - 07:45 Woon-werkverkeer",
        "08:00 - 12:00 Op het werk",
    )
    assert warnings(result) == ['3: read "Woon-werkverkeer" (and 1 more) as busy time, not study']


def test_titles_that_do_some_work_stay_blocks() -> None:
    result = read("en-homework-deep-work-stay.md")
    assert [title for title, _, _ in pinned(result.plan, 0)] == [
        "Deep work",
        "Work on project",
        "Work session: algebra",
        "Homework",
        "Coursework",
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_a_roster_of_work_shifts_alone_keeps_its_blocks() -> None:
    result = read("en-shift-roster-only.md")
    plan = result.plan
    assert [pinned(plan, index) for index in range(3)] == [
        [("Work", 480, "06:00")],
        [("Work", 480, "14:00")],
        [("Work", 240, "06:00"), ("Work", 240, "12:00")],
    ]
    assert [d.notes for d in plan.days] == [(), (), ()]
    assert warnings(result) == []


def test_work_with_tasks_under_it_is_a_block_of_those_tasks() -> None:
    result = read("en-work-with-tasks-stays.md")
    assert pinned(result.plan, 0) == [("Reading", 60, "08:00"), ("Work", 180, "09:30")]
    work = result.plan.days[0].variants[0].blocks[1]
    assert [item.text for item in work.items] == ["Rewrite section 2.3", "Fix the figures"]
    assert warnings(result) == []


@pytest.mark.parametrize(
    "title",
    [
        "Work",
        "Work/Other commitments",
        "Work day",
        "At work",
        "Day job",
        "Commute to work",
        "💼 **Work** (remote)",
        "Classes at university",
        "Arbeit",
        "Arbeitszeit",
        "Fahrt zur Arbeit",
        "Im Büro",
        "Trabajo",
        "Jornada laboral",
        "En la oficina",
        "Travail",
        "Au bureau",
        "Trajet domicile-travail",
        "Lavoro",
        "In ufficio",
        "Tragitto casa-lavoro",
        "Trabalho",
        "No escritório",
        "Aulas na faculdade",
        "Werk",
        "Op het werk",
        "Woon-werkverkeer",
    ],
)
def test_a_title_that_is_only_work_is_busy(title: str) -> None:
    assert is_work(title)


@pytest.mark.parametrize(
    "title",
    [
        "Homework",
        "Coursework",
        "School work",
        "Work on project",
        "Work through chapter 3",
        "Work session: algebra",
        "Deep work",
        "Work (calculus)",
        "Office hours",
        "Workout",
        "Classes",
        "Hausarbeit",
        "Arbeit an Kapitel 3",
        "Trabajo práctico",
        "Trabajo de casa",
        "Travaux dirigés",
        "Travail personnel",
        "Lavoro di gruppo",
        "Trabalho de casa",
        "Werkcollege",
        "Groepswerk",
    ],
)
def test_a_title_that_does_some_work_is_study(title: str) -> None:
    assert not is_work(title)


BUSY = DATA / "busy_words"


def test_a_work_span_with_a_remark_on_its_lunch_is_busy() -> None:
    result = read_plan(BUSY / "en-work-with-lunch-remark.md")
    assert pinned(result.plan, 0) == [("Organic chemistry", 90, "18:00")]
    assert result.plan.days[0].notes == (
        "8:00 AM - 4:30 PM: Work (incl. lunch break)",
        "4:30 PM - 5:15 PM: Commute",
    )


def test_a_remark_on_the_pause_is_busy_and_a_subject_in_brackets_is_study() -> None:
    result = read_plan(BUSY / "de-arbeit-mit-mittagspause.md")
    assert pinned(result.plan, 0) == [
        ("Statistik wiederholen", 90, "17:00"),
        ("Arbeit (Projektbericht)", 45, "19:00"),
    ]
    assert result.plan.days[0].notes == ("07:30 - 16:00: Arbeit (inkl. Mittagspause)",)
    assert warnings(result) == ['5: read "Arbeit (inkl. Mittagspause)" as busy time, not study']


@pytest.mark.parametrize(
    "title",
    [
        "Work (includes lunch break)",
        "Work (with lunch)",
        "Arbeit (inkl. Mittagspause)",
        "Trabajo (incluye almuerzo)",
        "Travail (pause déjeuner comprise)",
        "Lavoro (pausa pranzo inclusa)",
        "Trabalho (com almoço)",
        "Werk (inclusief lunchpauze)",
    ],
)
def test_a_remark_on_what_the_work_includes_keeps_it_work(title: str) -> None:
    assert is_work(title)


def test_the_way_home_after_start_times_is_busy() -> None:
    result = read_plan(BUSY / "pt-volta-para-casa.md")
    assert pinned(result.plan, 0) == [("Revisar anatomia", 120, "14:00")]
    assert result.plan.days[0].notes == ("09:00 Trabalho", "13:00 Voltar para casa")
    assert warnings(result) == ['4: read "Trabalho" (and 1 more) as busy time, not study']


def test_the_travel_time_and_the_way_home_are_busy() -> None:
    result = read_plan(BUSY / "nl-naar-huis-en-reistijd.md")
    assert pinned(result.plan, 0) == [("Economie samenvatten", 90, "19:00")]
    assert result.plan.days[0].notes == (
        "06:45 - 07:30: Reistijd",
        "07:30 - 15:30: Werk",
        "15:30 - 16:15: Naar huis",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Commute home",
        "Drive home",
        "Way back home",
        "Heimweg",
        "Fahrt nach Hause",
        "Volver a casa",
        "Regreso a casa",
        "Trayecto",
        "Retour à la maison",
        "Trajet",
        "Rientro a casa",
        "Tragitto",
        "Voltar para casa",
        "Deslocamento",
        "Naar huis",
        "Reistijd",
    ],
)
def test_the_way_home_is_a_commute(title: str) -> None:
    assert is_work(title)


@pytest.mark.parametrize(
    "title",
    ["Home", "Casa", "Maison", "Trip planning", "Reis naar Rome", "Home workout", "Back exercises"],
)
def test_home_or_a_trip_alone_is_no_commute(title: str) -> None:
    assert not is_work(title)
