"""`Time | Activity` tables as real plans write them: day rows inside one table start days, a
place column is a note beside the description, a column of done marks is never the title, and
exercise headings after a timetable are the parts of its practice row."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, pinned, warnings

TABLES = DATA / "time_activity_tables"


def read(name: str) -> ReadResult:
    return read_plan(TABLES / name)


def notes_and_done(result: ReadResult) -> list[tuple[str, str | None, bool]]:
    return [
        (b.title, b.note, b.done) for d in result.plan.days for v in d.variants for b in v.blocks
    ]


def test_bold_day_rows_split_one_table_into_days() -> None:
    result = read("en-bold-day-rows.md")
    # Titled as a "### Day 1" heading would be, not by the day's first block.
    assert [title for _, _, title in days(result.plan)] == ["Day 1", "Day 2"]
    assert pinned(result.plan, 0) == [
        ("Welcome and setup", 30, "10:00"),
        ("Version control basics", 90, "10:30"),
    ]
    assert pinned(result.plan, 1) == [
        ("Branches and merges", 90, "10:00"),
        ("Questions", 30, "11:30"),
    ]
    assert warnings(result) == []


def test_bold_weekday_rows_start_those_weekdays() -> None:
    result = read("de-bold-weekday-rows.md")
    assert [(weekday, title) for weekday, _, title in days(result.plan)] == [
        ("mon", "Montag"),
        ("wed", "Mittwoch"),
    ]
    assert pinned(result.plan, 0) == [("Analysis", 90, "08:00"), ("Vokabeln", 60, "10:00")]
    assert pinned(result.plan, 1) == [("Programmieren", 120, "14:00")]


def test_a_day_row_with_a_topic_titles_its_day() -> None:
    result = read("es-dia-rows-with-topic.md")
    assert [title for _, _, title in days(result.plan)] == ["Fundamentos", "Funciones"]
    assert pinned(result.plan, 1) == [("Funciones y módulos", 120, "09:00")]


def test_dated_day_rows_give_their_dates() -> None:
    result = read("fr-dated-day-rows.md")
    assert [(weekday, date) for weekday, date, _ in days(result.plan)] == [
        ("mon", dt.date(2026, 12, 7)),
        ("tue", dt.date(2026, 12, 8)),
    ]
    assert pinned(result.plan, 0) == [
        ("Accueil et présentation", 90, "09:00"),
        ("Atelier données", 75, "10:45"),
    ]


def test_rows_naming_parts_of_the_day_stay_groups_of_one_day() -> None:
    result = read("nl-part-rows-stay-groups.md")
    assert len(result.plan.days) == 1
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.session) for b in blocks] == [
        ("Statistiek", "Ochtend"),
        ("Scriptie schrijven", "Middag"),
    ]


def test_the_description_titles_the_rows_and_the_place_is_their_note() -> None:
    result = read("fr-heures-description-lieu.md")
    assert notes_and_done(result) == [
        ("Accueil des participants", "Hall", False),
        ("Cours magistral", "Amphithéâtre B", False),
        ("Travaux dirigés", "Salle 204", False),
    ]
    assert pinned(result.plan, 0)[2] == ("Travaux dirigés", 75, "11:15")


def test_a_room_column_in_german_is_a_note() -> None:
    result = read("de-zeit-beschreibung-raum.md")
    assert notes_and_done(result) == [
        ("Lineare Algebra", "H 1", False),
        ("Tutorium", "S 12", False),
    ]


def test_a_room_joins_the_notes_column_in_the_note() -> None:
    result = read("en-session-notes-and-room.md")
    assert notes_and_done(result) == [
        ("Past papers", "Bring a calculator\nLibrary", False),
        ("Flashcards", "Study room 2", False),
    ]


def test_an_html_table_with_an_aula_column_is_titled_by_the_description() -> None:
    result = read("it-orario-descrizione-aula-html.md")
    assert pinned(result.plan, 0) == [
        ("Analisi matematica", 90, "09:00"),
        ("Esercitazione di fisica", 60, "11:00"),
    ]
    assert [note for _, note, _ in notes_and_done(result)] == ["Edificio A : Aula 3", "Aula 5"]


def test_a_dutch_step_table_is_titled_by_its_steps_and_ticks_them_done() -> None:
    result = read("nl-stap-klaar-notities.md")
    assert notes_and_done(result) == [
        ("Tekst lezen", "Begrip: 80 %", True),
        ("Woorden opzoeken", "lijst.md", True),
        ("Samenvatting", None, False),
    ]
    assert pinned(result.plan, 0) == [
        ("Tekst lezen", 15, None),
        ("Woorden opzoeken", 10, None),
        ("Samenvatting", 20, None),
    ]


def test_a_german_step_table_keeps_the_row_with_an_empty_note() -> None:
    result = read("de-schritt-erledigt-notizen.md")
    assert notes_and_done(result) == [
        ("Skript lesen", "Kapitel 2", True),
        ("Aufgaben rechnen", None, False),
    ]
    assert [b.min_minutes for v in result.plan.days[0].variants for b in v.blocks] == [20, 40]
    assert warnings(result) == []


def test_a_spanish_step_table_is_titled_by_its_steps() -> None:
    result = read("es-paso-hecho-notas.md")
    assert notes_and_done(result) == [
        ("Repasar apuntes", "tema 4", True),
        ("Resolver problemas", None, False),
    ]


def test_a_column_of_marks_is_status_whatever_its_header() -> None:
    result = read("fr-etape-marks-remarques.md")
    assert notes_and_done(result) == [
        ("Relire le cours", "chapitre 3", True),
        ("Fiches de synthèse", None, False),
    ]


def test_a_portuguese_step_table_is_titled_by_its_steps() -> None:
    result = read("pt-passo-feito-observacoes.md")
    assert notes_and_done(result) == [
        ("Ler o capítulo", "páginas 10-30", True),
        ("Exercícios", None, False),
    ]


def test_exercise_headings_after_a_timetable_are_its_workshop_parts() -> None:
    result = read("es-ejercicios-after-table.md")
    assert blocks_with_items(result.plan) == [
        ("Modelo relacional", 90, "09:00", []),
        (
            "Taller práctico: consultas SQL",
            120,
            "11:00",
            ["Ejercicio 1: Consultas simples (40 min)", "Ejercicio 2: Uniones (50 min)"],
        ),
    ]
    # Tomorrow's office hours in the contact list are no block, at 22:00 or any time.
    assert warnings(result) == [
        '14: "Tutorías: Mañana 10:00-11:00" is after the schedule and its details: not read'
    ]


def test_exercise_headings_after_a_list_are_its_lab_parts() -> None:
    result = read("en-exercises-after-lab-list.md")
    assert blocks_with_items(result.plan) == [
        ("Lecture: the TCP handshake", 60, "09:00", []),
        (
            "Lab session: packet capture",
            120,
            "10:15",
            ["Exercise 1: Capture a handshake (30 min)", "Exercise 2: Filter the trace (45 min)"],
        ),
    ]


def test_exercises_with_no_practice_row_to_belong_to_stay_blocks() -> None:
    result = read("de-uebungen-without-practice-row.md")
    assert pinned(result.plan, 0) == [
        ("Vorlesung Regression", 90, "09:00"),
        ("Vorlesung Varianzanalyse", 60, "11:00"),
        ("Übung 1: Regression rechnen", 45, None),
    ]


def test_a_contact_section_after_the_timetable_holds_notes_not_blocks() -> None:
    result = read("it-contatti-after-timetable.md")
    assert pinned(result.plan, 0) == [("Matrici", 90, "09:00"), ("Determinanti", 90, "11:00")]
    assert result.plan.days[0].notes == (
        "Ricevimento: domani 10:00-11:00",
        "Email: docente@example.org",
    )
    assert warnings(result) == []


def test_portuguese_weekday_rows_with_feira_start_days() -> None:
    result = read("pt-weekday-rows-feira.md")
    assert [weekday for weekday, _, _ in days(result.plan)] == ["mon", "thu"]
    assert pinned(result.plan, 1) == [("Inglês", 60, "09:00"), ("Física", 90, "10:15")]


def test_italian_giorno_rows_with_dotted_times_start_days() -> None:
    result = read("it-giorno-rows.md")
    assert [title for _, _, title in days(result.plan)] == ["Giorno 1", "Giorno 2"]
    assert pinned(result.plan, 0) == [
        ("Introduzione a Python", 90, "09:00"),
        ("Esercizi guidati", 90, "10:45"),
    ]
    assert pinned(result.plan, 1) == [("Strutture dati", 120, "09:00")]


def test_places_in_portuguese_dutch_and_spanish_are_notes() -> None:
    assert notes_and_done(read("pt-horario-descricao-local.md")) == [
        ("Revisão de cálculo", "Biblioteca", False),
        ("Monitoria", "Sala 12", False),
    ]
    assert notes_and_done(read("nl-tijd-beschrijving-zaal.md")) == [
        ("Hoorcollege statistiek", "Zaal 1.04", False),
        ("Werkgroep", "Zaal 2.10", False),
    ]
    assert notes_and_done(read("es-hora-descripcion-lugar.md")) == [
        ("Repaso de química", "Biblioteca central", False),
        ("Tutoría", "Aula 3", False),
    ]


def test_an_italian_step_table_is_titled_by_its_steps() -> None:
    result = read("it-passo-fatto-note.md")
    assert notes_and_done(result) == [
        ("Rileggere gli appunti", "capitolo 5", True),
        ("Esercizi", None, False),
    ]
    assert pinned(result.plan, 0) == [("Rileggere gli appunti", 20, None), ("Esercizi", 40, None)]


def test_a_point_row_among_spans_lasts_until_the_next_start() -> None:
    result = read("en-point-rows-until-the-end-row.md")
    # "ca. 12.30 | End of day 1" ends the wrap-up; it is no block of its own.
    assert pinned(result.plan, 0) == [
        ("Lectures", 90, "09:00"),
        ("Exercises in pairs", 90, "10:30"),
        ("Wrap-up of day 1", 30, "12:00"),
    ]
    assert pinned(result.plan, 1) == [
        ("Project work", 120, "09:00"),
        ("Presentations", 60, "11:00"),
    ]
    assert warnings(result) == []


def test_the_last_point_row_with_no_end_is_skipped_with_a_warning() -> None:
    result = read("de-last-point-row-has-no-end.md")
    assert pinned(result.plan, 0) == [
        ("Mathe", 90, "08:00"),
        ("Vokabeln", 30, "09:45"),
        ("Physik", 45, "10:15"),
    ]
    assert warnings(result) == ['10: row "Schlafen" skipped: a time of day with no length']
