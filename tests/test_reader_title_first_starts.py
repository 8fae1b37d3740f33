"""A start-time table with its title column first (`| Session | Time |`): an agenda, as the same
table with its time column first is."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.outline import outline
from planexport.reader.span_paragraphs import timetable_start
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "title_first_starts"


def test_a_session_then_time_table_is_one_day_of_starts() -> None:
    result = read_plan(PLANS / "en-session-then-time.md")
    assert days(result.plan) == [(None, None, "Day 1")]
    # Each row lasts until the next starts; lunch is a gap kept as the day's note.
    assert pinned(result.plan, 0) == [
        ("Doors open, coffee", 30, "08:45"),
        ("Kick-off talk", 30, "09:15"),
        ("Team hacking", 165, "09:45"),
        ("Team hacking, part two", 165, "13:15"),
    ]
    assert result.plan.days[0].notes == ("12:30 Lunch",)
    assert warnings(result) == ['10: row "Demos" has a start time but no length']
    assert dict(result.block_lines) == {(0, 0, 0): 5, (0, 0, 1): 6, (0, 0, 2): 7, (0, 0, 3): 9}


def test_a_closing_row_only_ends_the_row_above_as_with_the_time_first() -> None:
    result = read_plan(PLANS / "de-programmpunkt-uhrzeit.md")
    assert pinned(result.plan, 0) == [
        ("Begrüßung und Ablauf", 15, "14:00"),
        ("Redoxreaktionen wiederholen", 75, "14:15"),
        ("Übungsaufgaben in Paaren", 75, "15:45"),
    ]
    assert result.plan.days[0].notes == ("15:30 Kaffeepause",)
    assert warnings(result) == []


def test_the_time_column_may_come_after_another_column() -> None:
    result = read_plan(PLANS / "es-actividad-hora-lugar.md")
    # "Sábado" in the title names the day, as in any one-day plan.
    assert days(result.plan) == [("sat", None, "Day 1")]
    assert pinned(result.plan, 0) == [
        ("Repaso de genética", 90, "10:00"),
        ("Problemas de herencia", 90, "11:30"),
        ("Test de práctica", 60, "14:00"),
    ]
    assert warnings(result) == ['9: row "Corrección en grupo" has a start time but no length']


def test_hours_written_with_h_in_a_later_column_are_times() -> None:
    result = read_plan(PLANS / "fr-seance-heure-en-h.md")
    assert pinned(result.plan, 0) == [
        ("Accueil des familles", 30, "09:00"),
        ("Visite des laboratoires", 90, "09:30"),
        ("Présentation des filières", 60, "11:00"),
        ("Ateliers découverte", 150, "13:30"),
    ]
    assert result.plan.days[0].notes == ("12:00 Déjeuner",)
    assert warnings(result) == []  # "Clôture" at 16h00 closes the day, as "Closing" does


def test_a_notes_column_beside_the_time_is_each_row_s_note() -> None:
    plan = read_plan(PLANS / "it-sessione-ora-note.md").plan
    blocks = plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.at, b.note) for b in blocks] == [
        ("Benvenuto", 30, "09:00", "aula magna"),
        ("Tour del campus", 90, "09:30", "con i tutor"),
        ("Lezione di prova", 90, "11:00", "portare un quaderno"),
        ("Incontro con i docenti", 90, "14:00", None),
    ]
    assert plan.days[0].notes == ("12:30 Pranzo",)


def test_twelve_hour_starts_with_pm_are_afternoon() -> None:
    result = read_plan(PLANS / "pt-atividade-horario-pm.md")
    assert pinned(result.plan, 0) == [
        ("Revisão de estatística", 60, "14:00"),
        ("Lista de exercícios", 90, "15:00"),
        ("Simulado", 90, "17:00"),
    ]
    assert result.plan.days[0].notes == ("4:30 PM Lanche",)
    assert warnings(result) == ['9: row "Correção" has a start time but no length']


def test_under_a_weekday_heading_the_table_is_that_day() -> None:
    result = read_plan(PLANS / "nl-onderdeel-aanvang-zaterdag.md")
    assert days(result.plan) == [("sat", None, "Zaterdag")]
    assert pinned(result.plan, 0) == [
        ("Inloop", 30, "09:30"),
        ("Hoorcollege statistiek", 120, "10:00"),
        ("Werkgroep", 135, "12:45"),
    ]
    assert result.plan.days[0].notes == ("12:00 Lunchpauze",)
    assert warnings(result) == []  # "Afsluiting" at 15:00 closes the day


def test_lengths_in_a_time_column_stay_lengths() -> None:
    result = read_plan(PLANS / "en-lengths-in-the-time-column.md")
    assert pinned(result.plan, 0) == [
        ("Arrays", 45, None),
        ("Hash maps", 30, None),
        ("Mock question", 60, None),
    ]
    assert warnings(result) == []


def test_only_a_time_header_over_starts_makes_the_day() -> None:
    starts = "| Talk | {} |\n|--|--|\n| Opening | 09:00 |\n| Panel | 10:00 |\n"
    assert timetable_start(outline("# Day\n\n" + starts.format("Time"))) == 1
    assert timetable_start(outline("# Day\n\n" + starts.format("Beginn"))) == 1
    assert timetable_start(outline("# Day\n\n" + starts.format("Room"))) is None
