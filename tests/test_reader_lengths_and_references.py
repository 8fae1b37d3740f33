"""Lengths written alone under a heading, and numbers that are references, not times."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks, warnings

FOLDER = DATA / "lengths-and-references"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_a_dated_day_among_sessions_over_only_its_length_is_one_block() -> None:
    result = read("seances-day-without-session-number.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2024, 10, 7), "Séance 1", [("Séance 1", 120, None)]),
        (None, "thu", dt.date(2024, 10, 10), "Séance 2", [("Séance 2", 90, None)]),
        (
            None,
            "fri",
            dt.date(2024, 10, 11),
            "Sortie au musée",
            [("Sortie au musée", 180, None)],
        ),
        (None, "mon", dt.date(2024, 10, 14), "Séance 3", [("Séance 3", 120, None)]),
    ]
    assert [i.text for i in result.plan.days[0].variants[0].blocks[0].items] == [
        "Cours : vecteurs",
        "Exercices du manuel",
    ]
    assert warnings(result) == []


def test_the_last_session_day_over_only_its_length_is_read_not_the_plan_refused() -> None:
    result = read("sesiones-jornada-solo-duracion.md")
    assert dated_days(result.plan)[-1] == (
        None,
        "fri",
        dt.date(2024, 11, 8),
        "Jornada de evaluación",
        [("Jornada de evaluación", 90, None)],
    )
    assert len(result.plan.days) == 3
    assert warnings(result) == []


def test_a_weekday_over_only_its_length_is_one_block_titled_by_the_weekday() -> None:
    result = read("wochentage-nur-dauer.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Montag", 120, None)]),
        ("tue", [("Vokabeln", 60, None), ("Grammatik", 30, None)]),
        ("wed", [("Mittwoch", 90, None)]),
    ]
    assert warnings(result) == []


def test_a_length_in_brackets_alone_before_a_rule_is_the_days_block() -> None:
    result = read("weekday-only-a-length.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Past paper", 60, None), ("Marking", 30, None)]),
        ("tue", [("Tuesday", 45, None)]),
        ("wed", [("Mock exam", 120, None)]),
    ]
    assert warnings(result) == []


def test_exercise_numbers_in_a_session_are_no_clock_span() -> None:
    result = read("seances-exercise-numbers.md")
    assert dated_days(result.plan) == [
        (None, "tue", dt.date(2024, 10, 1), "Séance 1", [("Séance 1", 120, None)]),
        (None, "thu", dt.date(2024, 10, 3), "Séance 2", [("Séance 2", 120, None)]),
    ]
    items = [i.text for i in result.plan.days[1].variants[0].blocks[0].items]
    assert items == ["Correction : exercices 4.12, 4.13 et 4.15 à 4.18"]
    assert warnings(result) == []


def test_task_and_page_numbers_stay_in_the_days_items_and_clock_times_still_read() -> None:
    result = read("aufgaben-nummern.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Montag", 60, None)]),
        ("tue", [("Kapitel 3", 45, "16:30")]),
    ]
    items = [i.text for i in result.plan.days[0].variants[0].blocks[0].items]
    assert items == ["Aufgaben 2.10 - 2.14 rechnen", "Übungen 2.20 bis 2.25"]


def test_exercise_and_page_numbers_under_a_days_length_in_spanish_and_italian() -> None:
    result = read("ejercicios-y-paginas.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Lunes", 120, None)]),
        ("tue", [("Esercizi 1.15 - 1.20", 60, None)]),
    ]
    items = [i.text for i in result.plan.days[0].variants[0].blocks[0].items]
    assert items == ["Ejercicios 5.10 a 5.15", "Leer páginas 12.20 - 12.40"]


def test_chapter_numbers_in_dutch_are_no_times_and_a_dotted_clock_span_is() -> None:
    result = read("opgaven-en-hoofdstukken.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Maandag", 90, None)]),
        ("tue", [("Herhalen", 60, "19:00")]),
    ]


def test_exercise_numbers_after_a_colon_and_a_verb_are_no_clock_span() -> None:
    result = read("exercices-verbe-et-deux-points.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2025, 1, 13), "Séance 1", [("Séance 1", 60, None)]),
        (None, "wed", dt.date(2025, 1, 15), "Séance 2", [("Séance 2", 60, None)]),
    ]
    assert warnings(result) == []


def test_a_span_of_the_day_after_a_reference_word_stays_a_clock_span() -> None:
    result = read("opgaven-op-de-klok.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Opgaven", 90, "13:30"), ("Hoofdstuk", 45, "15:30")]),
        ("tue", [("Opgaven 2.10 - 2.14", 45, None)]),
    ]
    assert warnings(result) == []


def test_an_event_day_reads_its_timetable_and_warns_the_crew_sheet() -> None:
    result = read("event-timetable-and-crew-sheet.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            dt.date(2026, 5, 9),
            "Robotics open day",
            [("Welcome", 20, "13:00"), ("Build a robot", 90, "13:20"), ("Robot race", 50, "15:10")],
        )
    ]
    assert warnings(result) == [
        "18: lines 18-21: a table in no day, not read",  # the crew sheet, said once
    ]


def test_a_dutch_guest_lesson_with_a_schedule_and_a_run_sheet_is_one_day() -> None:
    result = read("gastles-tijdschema-draaiboek.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            dt.date(2026, 11, 7),
            "Gastles programmeren",
            [("Welkom", 15, "10:00"), ("Uitleg", 45, "10:15"), ("Zelf bouwen", 60, "11:00")],
        )
    ]
    assert warnings(result) == ["16: lines 16-19: a table in no day, not read"]  # the Draaiboek


def test_a_timetable_and_a_helpers_table_without_a_date_are_one_day() -> None:
    result = read("zeitplan-und-helferplan.md")
    assert day_blocks(result.plan) == [
        (None, [("Begrüßung", 30, "14:00"), ("Theater", 60, "14:30"), ("Tombola", 60, "15:30")])
    ]
    assert warnings(result) == [
        "14: lines 14-17: a table in no day, not read",
    ]


def test_a_date_line_makes_two_tables_under_other_headings_parts_of_its_day() -> None:
    result = read("fecha-y-dos-tablas.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            dt.date(2026, 5, 16),
            "Jornada de puertas abiertas",
            [("Bienvenida", 30, "10:00"), ("Visita a las aulas", 60, "10:30")],
        )
    ]
    assert warnings(result) == ["15: lines 15-18: a table in no day, not read"]


def test_a_net_change_under_an_agenda_is_a_note_not_a_block() -> None:
    result = read("net-change-under-agenda.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes) for b in day.variants[0].blocks] == [
        ("Warm-up", 5),
        ("Demo", 25),
        ("Pair work", 20),
        ("Wrap-up", 10),
    ]
    assert day.variants[0].hours == 1.0
    assert "**Net**: -5 min (now on time)" in day.notes
    assert warnings(result) == []


def test_a_buffer_and_a_rest_with_a_sign_are_notes_in_german() -> None:
    result = read("puffer-und-rest.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes) for b in day.variants[0].blocks] == [
        ("Einstieg", 10),
        ("Versuch", 25),
        ("Auswertung", 10),
    ]
    assert day.notes == ("Puffer: +5 Min.", "Rest: −3 Min. (Hausaufgabe kürzer)")


def test_a_signed_balance_and_a_signed_total_under_weekdays_are_notes() -> None:
    result = read("saldo-y-total.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Repaso", 15, None), ("Práctica", 30, None)]),
        ("tue", [("Lectura", 20, None), ("Ejercicios", 25, None)]),
    ]
    assert result.plan.days[0].notes == ("**Saldo**: +5 minutos respecto al borrador",)
    assert result.plan.days[1].notes == ("Total: -10 min",)
    assert warnings(result) == []


def test_a_part_column_titles_the_rows_beside_a_number_column() -> None:
    result = read("part-column-titles.md")
    assert day_blocks(result.plan) == [
        (None, [("Welcome", 5, None), ("Talk", 40, None), ("Questions", 15, None)])
    ]
    assert warnings(result) == []


def test_a_parts_column_titles_the_rows_and_the_notes_column_notes_them() -> None:
    blocks = read("parts-column-with-notes.md").plan.days[0].variants[0].blocks
    assert [(b.title, b.note, b.min_minutes) for b in blocks] == [
        ("Safety briefing", "goggles on", 10),
        ("Experiment", "groups of three", 35),
    ]


def test_part_columns_in_german_dutch_and_french_title_the_rows() -> None:
    assert day_blocks(read("teil-spalte.md").plan) == [
        (None, [("Einstieg", 10, None), ("Lesen", 20, None), ("Gespräch", 15, None)])
    ]
    assert day_blocks(read("deel-en-partie.md").plan) == [
        ("mon", [("Opwarmen", 10, None), ("Bouwen", 50, None)]),
        ("tue", [("Accueil", 15, None), ("Atelier", 45, None)]),
    ]


def test_a_part_column_that_numbers_the_parts_leaves_the_topic_the_title() -> None:
    assert day_blocks(read("numbered-part-column.md").plan) == [
        (None, [("Arrays", 30, None), ("Graphs", 45, None)])
    ]


def test_an_optional_line_leaves_the_titled_lengths_under_a_ranged_heading_the_blocks() -> None:
    result = read("weekend-range-with-optional-line.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Contest", 60, None), ("Upsolve", 60, None)]),
        ("sun", [("Mock test", 120, None), ("Weak topics", 60, None), ("Project", 90, None)]),
    ]
    assert result.plan.days[1].notes == ("Optional: watch a conference talk",)
    assert warnings(result) == []


def test_a_voluntary_line_in_german_is_a_note_beside_the_days_blocks() -> None:
    result = read("sonntag-freiwillig.md")
    assert day_blocks(result.plan)[1] == (
        "sun",
        [("Wiederholung Kapitel 1–3", 120, None), ("Karteikarten", 60, None)],
    )
    assert result.plan.days[1].notes == ("Freiwillig: Podcast zur Epoche hören",)
    assert warnings(result) == []


def test_a_line_marked_optional_in_brackets_in_spanish_is_a_note() -> None:
    result = read("domingo-opcional.md")
    assert day_blocks(result.plan)[1] == (
        "sun",
        [("Examen de práctica", 60, None), ("Repaso de errores", 60, None)],
    )
    assert result.plan.days[1].notes == ("Lectura de un artículo (opcional)",)
    assert warnings(result) == []
