"""Phases of a plan in weeks (`## Fase 2 (Semanas 3-4)`), each over its own weekday days with a
table of weeks: each week once, in order, a phase's days in its own weeks only; an active rest
with a length (`| Martes | Descanso activo | 20-30 min |`) is a block."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

PHASES = DATA / "week_phases"


def read(name: str) -> ReadResult:
    return read_plan(PHASES / name)


def weeks(plan: Plan) -> list[tuple[int | None, str | None, str, int, int]]:
    """Each day's week, weekday, and its one block's title and minutes."""
    out: list[tuple[int | None, str | None, str, int, int]] = []
    for day in plan.days:
        (block,) = day.variants[0].blocks
        out.append((day.week, day.weekday, block.title, block.min_minutes, block.max_minutes))
    return out


def test_phases_follow_one_another_each_with_its_own_days() -> None:
    result = read("es-fases-semanas.md")
    assert weeks(result.plan) == [
        (1, "mon", "Nado suave", 15, 15),
        (1, "thu", "Ejercicios de brazada", 25, 25),
        (2, "mon", "Nado suave", 20, 20),
        (2, "thu", "Ejercicios de brazada", 25, 25),
        (3, "mon", "Nado continuo", 30, 30),
        (3, "thu", "Series de 100 m", 35, 35),
        (4, "mon", "Nado continuo", 40, 40),
        (4, "thu", "Series de 100 m", 35, 35),
    ]
    assert [day.title for day in result.plan.days[:2]] == ["Nado continuo", "Técnica"]
    assert not result.warnings


def test_week_rows_with_words_and_ranges_give_each_week_once() -> None:
    result = read("en-phases-week-rows.md")
    assert weeks(result.plan) == [
        (1, "tue", "Easy run", 20, 20),
        (1, "sat", "Hill walk", 60, 60),
        (2, "tue", "Easy run", 25, 25),
        (2, "sat", "Hill walk", 60, 60),
        (3, "tue", "Tempo run", 30, 30),
        (3, "sat", "Trail run", 75, 75),
        (4, "tue", "Tempo run", 30, 30),
        (4, "sat", "Trail run", 75, 75),
        (5, "tue", "Tempo run", 35, 35),
        (5, "sat", "Trail run", 75, 75),
    ]
    assert not result.warnings


def test_a_phase_counting_its_weeks_from_one_takes_the_weeks_its_heading_names() -> None:
    result = read("de-phasen-ab-woche-eins.md")
    assert weeks(result.plan) == [
        (1, "wed", "Lockeres Fahren", 30, 30),
        (1, "sun", "Ausfahrt", 90, 90),
        (2, "wed", "Lockeres Fahren", 40, 40),
        (2, "sun", "Ausfahrt", 90, 90),
        (3, "wed", "Intervalle", 45, 45),
        (3, "sun", "Ausfahrt", 120, 120),
        (4, "wed", "Intervalle", 50, 50),
        (4, "sun", "Ausfahrt", 120, 120),
    ]
    assert [day.title for day in result.plan.days[4:6]] == ["Intervalle", "Lange Ausfahrt"]


def test_an_active_rest_with_a_length_is_its_weekdays_block() -> None:
    result = read("es-descanso-activo.md")
    days = result.plan.days
    assert [(day.weekday, day.title) for day in days] == [("tue", "Martes"), ("wed", "Miércoles")]
    (walk,) = days[0].variants[0].blocks
    assert (walk.title, walk.min_minutes, walk.max_minutes) == (
        "Descanso activo (caminata suave)",
        20,
        30,
    )
    assert not result.warnings


def days_of(result: ReadResult) -> list[tuple[int | None, str | None, str, int]]:
    """Each day's week, weekday, title and minutes."""
    return [
        (d.week, d.weekday, d.title, sum(b.min_minutes for b in d.variants[0].blocks))
        for d in result.plan.days
    ]


def test_a_weekday_pattern_is_the_weekdays_and_a_weekend_length_is_given_once() -> None:
    result = read("en-weekday-pattern-weekend.md")
    workdays = ["mon", "tue", "wed", "thu", "fri"]
    assert days_of(result) == [
        *[(1, day, "Weekday Pattern", 60) for day in workdays],
        (1, "sat", "Weekend", 180),
        *[(2, day, "Weekdays", 60) for day in workdays],
        (2, "sat", "Weekend", 120),
        (2, "sun", "Weekend", 120),
    ]
    assert [(b.title, b.min_minutes) for b in result.plan.days[0].variants[0].blocks] == [
        ("Scales", 20),
        ("Chord changes", 40),
    ]
    assert [i.text for i in result.plan.days[5].variants[0].blocks[0].items] == [
        "Learn one full song",
        "Record yourself playing it",
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            9,
            '"Weekend (3 hours)" is the weekend\'s time as a whole: read once, on Saturday, '
            'and Sunday left free (write "per day" to give each day that long)',
        )
    ]


def test_a_weekend_length_per_day_is_each_days() -> None:
    result = read("de-wochenende-pro-tag.md")
    assert days_of(result) == [
        (None, "mon", "Montag", 60),
        (None, "sat", "Wochenende", 120),
        (None, "sun", "Wochenende", 120),
    ]
    assert not result.warnings


def test_a_spanish_weekday_routine_and_weekend_hours() -> None:
    result = read("es-rutina-entre-semana.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        *[(day, "Rutina entre semana") for day in ("mon", "tue", "wed", "thu", "fri")],
        ("sat", "Fin de semana"),
    ]
    assert days_of(result)[5][3] == 180
    assert [w.line for w in result.warnings] == [7]


def test_each_day_after_the_weekends_length_gives_both_days_it() -> None:
    result = read("fr-week-end-chaque-jour.md")
    assert days_of(result) == [
        (None, "tue", "Mardi", 45),
        (None, "sat", "Week-end", 60),
        (None, "sun", "Week-end", 60),
    ]
    assert result.plan.days[1].notes == ("chaque jour",)
    assert not result.warnings


def test_days_that_start_again_at_a_weekday_are_the_next_phase() -> None:
    result = read("en-repeated-weekdays-no-phase-headings.md")
    assert weeks(result.plan) == [
        (1, "tue", "Steady row", 20, 20),
        (1, "fri", "Core circuit", 15, 15),
        (2, "tue", "Steady row", 25, 25),
        (2, "fri", "Core circuit", 15, 15),
        (3, "tue", "Pieces", 30, 30),
        (3, "fri", "Core and mobility", 25, 25),
        (4, "tue", "Pieces", 35, 35),
        (4, "fri", "Core and mobility", 25, 25),
    ]
    assert not result.warnings
