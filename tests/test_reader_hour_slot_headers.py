"""Weekday-by-slot grids whose slot columns are headed by bare hours (`09-11`, `9–11h`,
`9-11 Uhr`, `9-11 uur`): each column the span of its hours."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "hour_slot_headers"


def grid(plan: Plan) -> list[tuple[str | None, list[tuple[str, int, str | None, str | None]]]]:
    return [
        (
            d.weekday,
            [(b.title, b.min_minutes, b.at, b.session) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def test_italian_bare_hours_over_weekday_rows() -> None:
    result = read_plan(PLANS / "orario-ore-nude.md")
    assert grid(result.plan) == [
        ("mon", [("Analisi 2", 120, "08:00", "08:00-10:00")]),
        (
            "wed",
            [
                ("Fisica (aula B)", 120, "10:00", "10:00-12:00"),
                ("Laboratorio", 120, "15:00", "15:00-17:00"),
            ],
        ),
        ("fri", [("Analisi 2", 120, "08:00", "08:00-10:00")]),
    ]
    assert result.warnings == ()


def test_german_hours_with_uhr() -> None:
    result = read_plan(PLANS / "stundenplan-uhr.md")
    assert grid(result.plan) == [
        (
            "mon",
            [
                ("Lineare Algebra", 120, "08:00", "08:00-10:00"),
                ("Tutorium", 120, "14:00", "14:00-16:00"),
            ],
        ),
        ("tue", [("Programmieren", 120, "10:00", "10:00-12:00")]),
    ]
    assert result.warnings == ()


def test_french_hours_with_h_are_spans_not_lengths() -> None:
    result = read_plan(PLANS / "emploi-du-temps-h.md")
    assert grid(result.plan) == [
        (
            "tue",
            [
                ("Chimie", 120, "09:00", "09:00-11:00"),
                ("TP de physique", 180, "14:00", "14:00-17:00"),
            ],
        ),
        ("thu", [("Anglais", 120, "11:00", "11:00-13:00")]),
    ]


def test_dutch_hours_with_uur() -> None:
    plan = read_plan(PLANS / "rooster-uur.md").plan
    assert grid(plan) == [
        (
            "mon",
            [
                ("Statistiek", 120, "09:00", "09:00-11:00"),
                ("Werkcollege", 120, "13:00", "13:00-15:00"),
            ],
        ),
        ("wed", [("Biologie", 120, "09:00", "09:00-11:00")]),
    ]


def test_hours_out_of_order_are_not_read_as_slots() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / "hours-out-of-order.md")
