"""Mermaid gantt charts beyond a task's own start and length: a last task with a start alone
(`Sleep :21:00`) ends where the next section or the chart's day starts, else it is warned
about; a chart of dates keeps each task's section as its session."""

from __future__ import annotations

from planexport.model import Day
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "gantt_ends"


def _blocks(day: Day) -> list[tuple[str | None, int, str, str | None, bool]]:
    return [
        (b.at, b.min_minutes, b.title, b.session, b.done) for v in day.variants for b in v.blocks
    ]


def test_a_last_start_lasts_until_the_chart_starts_again_the_next_morning() -> None:
    # "Slapen :23:00" last in "section Avond"; the chart's first task is "Opstaan :07:00"
    result = read_plan(PLANS / "nl-sleep-until-the-first-task.md")
    plan = result.plan
    assert [(d.title, d.weekday) for d in plan.days] == [("Dinsdag", "tue")]
    assert _blocks(plan.days[0]) == [
        ("07:00", 45, "Opstaan en ontbijt", "Ochtend", False),
        ("08:00", 180, "Statistiek", "Ochtend", False),
        ("19:00", 120, "Samenvatten", "Avond", False),
        ("23:00", 480, "Slapen", "Avond", False),
    ]
    assert warnings(result) == [
        '14: gantt task "Slapen" has a start time but no length: read until 07:00, where the '
        "chart's day starts again"
    ]


def test_a_last_start_in_its_section_lasts_until_the_next_section_starts() -> None:
    # "Repaso de fórmulas :11:00" closes "section Mañana"; "section Tarde" starts at 13:00
    result = read_plan(PLANS / "es-lone-task-until-next-section.md")
    assert _blocks(result.plan.days[0]) == [
        ("09:00", 90, "Apuntes de química", "Mañana", False),
        ("11:00", 120, "Repaso de fórmulas", "Mañana", False),
        ("13:00", 120, "Laboratorio", "Tarde", False),
        ("15:30", 60, "Ejercicios", "Tarde", False),
    ]
    assert warnings(result) == [
        '10: gantt task "Repaso de fórmulas" has a start time but no length: read until 13:00, '
        "where the next section starts"
    ]


def test_a_last_start_that_another_task_runs_past_is_still_warned_not_read() -> None:
    # "Altklausur :20:30, 2h" runs until 22:30, past "Schlafen :22:00"
    result = read_plan(PLANS / "de-lone-task-overlapped.md")
    assert _blocks(result.plan.days[0]) == [
        ("08:00", 120, "Karteikarten", "Lernen", False),
        ("20:30", 120, "Altklausur", "Lernen", False),
    ]
    assert warnings(result) == [
        '12: gantt task "Schlafen" has a start time but no length: not read'
    ]


def test_a_last_start_far_from_the_next_morning_is_still_warned_not_read() -> None:
    # "Exercices :16:00" would run 14 hours to "Lecture du cours :06:00"; the section before
    # "Après-midi" starts earlier, so no section ends it either
    result = read_plan(PLANS / "fr-lone-task-long-after-the-first.md")
    assert _blocks(result.plan.days[0]) == [
        ("06:00", 120, "Lecture du cours", "Matin", False),
        ("14:00", 60, "Fiches", "Après-midi", False),
    ]
    assert warnings(result) == [
        '13: gantt task "Exercices" has a start time but no length: not read'
    ]


def test_a_chart_of_dates_keeps_each_tasks_section_as_its_session() -> None:
    # "section Study" and "section Exercise" over tasks of two dates each
    result = read_plan(PLANS / "en-dated-sections.md")
    plan = result.plan
    assert [(str(d.date), d.weekday) for d in plan.days] == [
        ("2026-12-07", "mon"),
        ("2026-12-08", "tue"),
    ]
    assert [_blocks(d) for d in plan.days] == [
        [
            ("09:00", 120, "Organic chemistry", "Study", False),
            ("18:00", 45, "Swimming", "Exercise", False),
        ],
        [
            ("09:00", 180, "Past paper", "Study", False),
            ("17:00", 60, "Long walk", "Exercise", True),
        ],
    ]
    assert warnings(result) == []
