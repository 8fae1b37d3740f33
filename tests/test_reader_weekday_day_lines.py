"""Days written one a line: weekday checklists, weekday ranges with a span, lines of lengths and
parts of the day, each a day of that weekday."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

if TYPE_CHECKING:
    from planexport.model import Plan

PLANS = DATA / "weekday_day_lines"


def _days(plan: Plan) -> list[tuple[str | None, str]]:
    return [(d.weekday, d.title) for d in plan.days]


def _blocks(plan: Plan) -> list[tuple[str | None, str, int, bool]]:
    """Each block with its day's weekday: (weekday, title, minutes, done)."""
    return [
        (d.weekday, b.title, b.min_minutes, b.done)
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_a_checklist_of_weekday_lines_is_a_day_per_weekday_its_box_the_done_mark() -> None:
    result = read_plan(PLANS / "checklist-of-weekdays.md")
    plan = result.plan
    assert _days(plan) == [
        ("mon", "chapter 3, sections 1-2"),
        ("tue", "summary of chapter 3"),
        ("thu", "exercises 3.1-3.6"),
        ("fri", "flash cards"),
    ]
    assert _blocks(plan) == [
        ("mon", "chapter 3, sections 1-2", 50, False),
        ("tue", "summary of chapter 3", 25, True),
        ("thu", "exercises 3.1-3.6", 75, False),
        ("fri", "flash cards", 20, True),
    ]
    assert warnings(result) == []


def test_two_checklist_items_of_one_weekday_are_two_blocks_of_its_day() -> None:
    plan = read_plan(PLANS / "checklist-same-weekday-twice.md").plan
    assert _days(plan) == [("mon", "tema 4, teoría / tema 4, ejercicios"), ("wed", "tema 5")]
    assert _blocks(plan) == [
        ("mon", "tema 4, teoría", 40, True),
        ("mon", "tema 4, ejercicios", 35, False),
        ("wed", "tema 5", 60, False),
    ]


def test_two_letter_weekdays_in_a_checklist_with_a_capital_x() -> None:
    plan = read_plan(PLANS / "checklist-short-german-weekdays.md").plan
    assert _blocks(plan) == [
        ("mon", "Vokabeln Lektion 7", 30, False),
        ("tue", "Grammatik, Konjunktiv II", 45, True),
        ("wed", "Hörverstehen", 60, False),
    ]


def test_a_weekday_again_later_in_a_plain_list_joins_its_first_day() -> None:
    plan = read_plan(PLANS / "weekday-list-same-day-twice.md").plan
    assert _days(plan) == [("mon", "ripasso limiti / esercizi sui limiti"), ("tue", "derivate")]
    assert [(w, t, m) for w, t, m, _ in _blocks(plan)] == [
        ("mon", "ripasso limiti", 45),
        ("mon", "esercizi sui limiti", 30),
        ("tue", "derivate", 60),
    ]


def test_a_checklist_with_an_untimed_weekday_stays_a_reminder_list() -> None:
    plan = read_plan(PLANS / "checklist-weekday-without-length.md").plan
    assert [d.weekday for d in plan.days] == [None]
    assert [(t, m) for _, t, m, _ in _blocks(plan)] == [
        ("Tue: essay draft", 60),
        ("Wed: essay edits", 45),
    ]
