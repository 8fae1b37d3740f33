"""Agendas of start times in the shapes left over: a bold line whose end is left blank
(`**20h00 - ...** → Travail`), two times in a heading's bracket (`## Lavoro (8.25 8.40)`), a
heading start over an untimed heading, and start times in a code block as a plan's timetable."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, pinned, warnings

PLANS = DATA / "start_times_more"


def _notes(plan_file: str) -> list[str]:
    plan = read_plan(PLANS / plan_file).plan
    return [n for d in plan.days for n in d.notes]


def test_french_bold_open_end_last_is_a_note_with_a_warning() -> None:
    result = read_plan(PLANS / "fr-bold-open-end-last.md")
    assert pinned(result.plan, 0) == [("Accueil", 30, "09:00"), ("Travail en équipe", 180, "09:30")]
    assert warnings(result) == [
        '9: "Travail en autonomie" starts at 20:00 with no end: kept as a note'
    ]
    assert any("Travail en autonomie" in n for n in _notes("fr-bold-open-end-last.md"))


def test_english_bold_open_end_with_pm_is_a_note_never_a_split_title() -> None:
    result = read_plan(PLANS / "en-bold-open-end-pm-last.md")
    assert pinned(result.plan, 0) == [("Reading", 90, "18:00")]
    assert warnings(result) == ['7: "Study" starts at 20:00 with no end: kept as a note']
    assert any("Study" in n for n in _notes("en-bold-open-end-pm-last.md"))


def test_german_bold_open_end_lasts_until_the_next_start() -> None:
    result = read_plan(PLANS / "de-bold-open-end-until-next.md")
    assert pinned(result.plan, 0) == [
        ("Lesen", 90, "18:00"),
        ("Wiederholen", 90, "19:30"),
        ("Sport", 60, "21:00"),
    ]
    assert warnings(result) == []


def test_italian_two_times_in_a_heading_bracket_are_its_span() -> None:
    result = read_plan(PLANS / "it-heading-bracket-two-times.md")
    assert pinned(result.plan, 0) == [
        ("Sveglia", 20, "06:00"),
        ("Lettura", 125, "06:20"),
        ("Inizio a lavorare", 15, "08:25"),
    ]
    assert warnings(result) == ['12: "Andare a letto (23.00)" has a start time but no length']


def test_english_dashed_span_in_a_heading_bracket_among_starts() -> None:
    result = read_plan(PLANS / "en-heading-bracket-dash-span.md")
    assert pinned(result.plan, 0) == [
        ("Wake up", 10, "06:00"),
        ("Stretching", 135, "06:10"),
        ("Planning", 15, "08:25"),
    ]
    assert warnings(result) == []


def test_portuguese_heading_start_runs_over_an_untimed_heading() -> None:
    result = read_plan(PLANS / "pt-heading-start-over-untimed-heading.md")
    assert pinned(result.plan, 0) == [
        ("Despertar", 42, "06:00"),
        ("Leitura", 25, "06:42"),
        ("Estudo", 83, "07:07"),
    ]
    leitura = blocks_with_items(result.plan)[1]
    assert "Tempo livre" in leitura[3]
    assert warnings(result) == ['15: "Trabalho (8.30)" has a start time but no length']


def test_portuguese_code_block_of_starts_under_a_weekday() -> None:
    result = read_plan(PLANS / "pt-code-starts-under-weekday.md")
    assert [d[0] for d in days(result.plan)] == ["mon"]
    assert pinned(result.plan, 0) == [
        ("Despertar", 10, "05:00"),
        ("Banho", 20, "05:10"),
        ("Estudo", 60, "05:30"),
    ]
    assert warnings(result) == ['9: "Ônibus" has a start time but no length']


def test_english_code_block_of_starts_is_the_whole_files_timetable() -> None:
    result = read_plan(PLANS / "en-code-starts-whole-file.md")
    assert pinned(result.plan, 0) == [
        ("Wake up", 15, "06:00"),
        ("Stretch", 15, "06:15"),
        ("Gym", 60, "06:30"),
        ("Review notes", 30, "07:30"),
    ]
    assert warnings(result) == []


def test_spanish_code_blocks_under_parts_of_the_day_run_into_each_other() -> None:
    result = read_plan(PLANS / "es-code-starts-parts-of-day.md")
    assert len(result.plan.days) == 1
    assert pinned(result.plan, 0) == [
        ("Repaso", 90, "09:00"),
        ("Ejercicios", 90, "10:30"),
        ("Lectura", 90, "12:00"),
        ("Resumen", 45, "13:30"),
    ]
    assert warnings(result) == []


def test_dutch_code_block_meal_is_a_gap_and_the_last_start_is_warned() -> None:
    result = read_plan(PLANS / "nl-code-starts-meal-gap-last-warned.md")
    assert [d[0] for d in days(result.plan)] == ["wed"]
    assert pinned(result.plan, 0) == [("Wiskunde", 120, "08:00"), ("Engels", 90, "10:30")]
    assert warnings(result) == ['9: "Scheikunde" has a start time but no length']


def test_german_program_code_with_times_stays_unread() -> None:
    result = read_plan(PLANS / "de-code-program-stays-unread.md")
    assert [d[0] for d in days(result.plan)] == ["mon"]
    assert pinned(result.plan, 0) == [("Mathe", 90, "09:00"), ("Englisch", 60, "11:00")]


def test_a_code_block_of_prose_with_two_times_is_no_timetable_and_refused() -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / "en-code-log-refused.md")
    assert (
        "2 lines in code blocks give times of day, and code blocks are not read "
        "(write them as a list such as '- 05:00 Alarm')"
    ) in str(raised.value)


def test_french_bold_open_end_lasts_until_its_session_ends() -> None:
    # "### Journée intensive (9h-22h)" over "**20h00 - ...** → **Travail en autonomie**"
    result = read_plan(PLANS / "fr-bold-open-end-session-end.md")
    assert pinned(result.plan, 0) == [
        ("Travail en équipe", 210, "09:00"),
        ("Bilan d’étape", 60, "19:00"),
        ("Travail en autonomie", 120, "20:00"),
    ]
    assert warnings(result) == []
