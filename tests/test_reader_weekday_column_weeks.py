"""Week tables headed by weekdays (`| Jour | Lundi | Mercredi |`) whose rows are the programme,
parts of the day or sessions: a day per weekday column, each timed cell a block of it, the weeks
one after the other; a programme cell with no length is warned about, never dropped unsaid."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, dated_days, warnings

PLANS = DATA / "weekday_column_weeks"


def _sessions(path: str) -> list[tuple[str | None, str, int, str | None]]:
    plan = read_plan(PLANS / path).plan
    return [(d.weekday, b.title, b.min_minutes, b.session) for d, b in blocks_of(plan)]


def test_a_programme_row_gives_each_weekday_column_a_day_in_each_week() -> None:
    result = read_plan(PLANS / "fr-programme-row-weeks.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Lundi", [("Footing", 25, None)]),
        (1, "wed", None, "Mercredi", [("Gainage", 20, None)]),
        (1, "sat", None, "Samedi", [("Vélo", 50, None)]),
        (2, "mon", None, "Lundi", [("Footing", 30, None)]),
        (2, "wed", None, "Mercredi", [("Gainage", 25, None)]),
        (2, "sat", None, "Samedi", [("Vélo", 60, None)]),
    ]
    assert warnings(result) == []


def test_part_of_the_day_rows_are_the_sessions_of_the_blocks_in_row_order() -> None:
    result = read_plan(PLANS / "en-parts-of-the-day.md")
    assert [(d.week, d.weekday) for d in result.plan.days] == [
        (1, "mon"), (1, "tue"), (1, "thu"), (2, "mon"), (2, "tue"), (2, "thu"),
    ]  # fmt: skip
    assert _sessions("en-parts-of-the-day.md") == [
        ("mon", "Easy jog", 20, "Morning"),
        ("mon", "Stretching", 10, "Evening"),
        ("tue", "Mobility", 15, "Morning"),
        ("thu", "Easy jog", 25, "Morning"),
        ("thu", "Core", 15, "Evening"),
        ("mon", "Easy jog", 25, "Morning"),
        ("mon", "Stretching", 10, "Evening"),
        ("tue", "Core", 20, "Evening"),  # "-" in the morning: nothing then
        ("thu", "Hill repeats", 35, "Morning"),
    ]
    assert warnings(result) == []


def test_a_rest_cell_under_a_woche_header_is_a_rest_day() -> None:
    result = read_plan(PLANS / "de-woche-header-rest.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Montag", [("Dauerlauf", 40, None)]),
        (1, "thu", None, "Donnerstag", [("Intervalle", 30, None)]),
        (1, "sun", None, "Sonntag", []),  # "Ruhetag"
        (2, "mon", None, "Montag", [("Dauerlauf", 45, None)]),
        (2, "thu", None, "Donnerstag", []),  # "Ruhe"
        (2, "sun", None, "Sonntag", [("Langer Lauf", 70, None)]),
    ]
    assert [bool(d.variants) for d in result.plan.days] == [True, True, False, True, False, True]
    assert warnings(result) == []


def test_a_session_cell_with_no_length_is_kept_as_a_note_and_warned_about() -> None:
    result = read_plan(PLANS / "es-sesion-untimed-cell.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Lunes", [("Técnica", 30, None)]),
        (1, "wed", None, "Miércoles", []),
        (1, "fri", None, "Viernes", [("Fondo", 45, None)]),
    ]
    assert result.plan.days[1].notes == ("Series a ritmo suave",)
    assert warnings(result) == [
        '7: "Sesión" row: the cells of Miércoles say no length and are kept as notes, '
        "not read as blocks"
    ]


def test_a_focus_row_is_a_note_of_each_day() -> None:
    result = read_plan(PLANS / "it-focus-row-note.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Lunedì", [("Circuito", 40, None)]),
        (1, "thu", None, "Giovedì", [("Squat e affondi", 35, None)]),
    ]
    assert [d.notes for d in result.plan.days] == [("Focus: parte alta",), ("Focus: gambe",)]
    assert warnings(result) == []


def test_numbered_session_rows_give_two_blocks_a_day() -> None:
    result = read_plan(PLANS / "pt-two-sessions.md")
    assert _sessions("pt-two-sessions.md") == [
        ("mon", "Corrida leve", 30, "Sessão 1"),
        ("mon", "Alongamento", 10, "Sessão 2"),
        ("wed", "Tiros", 25, "Sessão 1"),
        ("wed", "Força", 20, "Sessão 2"),
        ("fri", "Corrida leve", 35, "Sessão 1"),
    ]
    assert warnings(result) == []


def test_a_table_without_week_headings_is_one_week_of_days() -> None:
    result = read_plan(PLANS / "nl-training-row-single-table.md")
    assert dated_days(result.plan) == [
        (None, "tue", None, "Dinsdag", [("Rustig fietsen", 45, None)]),
        (None, "thu", None, "Donderdag", [("Intervallen", 30, None)]),
        (None, "sat", None, "Zaterdag", [("Duurrit", 90, None)]),
    ]
    assert warnings(result) == []


def test_a_timed_cell_of_another_row_is_a_block_titled_by_its_row() -> None:
    result = read_plan(PLANS / "en-labelled-row-timed.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Monday", [("Warm-up", 10, None), ("Squats", 40, None)]),
        (1, "fri", None, "Friday", [("Warm-up", 15, None), ("Deadlifts", 45, None)]),
    ]
    assert [d.notes for d in result.plan.days] == [
        ("Notes: keep it light",),
        ("Notes: video the sets",),
    ]
    assert warnings(result) == []


def test_a_grid_of_time_slots_under_a_week_is_read_by_its_slots_as_before() -> None:
    result = read_plan(PLANS / "en-slot-grid-untouched.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Monday", [("Run", 30, "07:00"), ("Stretch", 20, "18:00")]),
        (1, "wed", None, "Wednesday", [("Swim", 30, "07:00"), ("Core", 20, "18:00")]),
    ]
    assert warnings(result) == []
