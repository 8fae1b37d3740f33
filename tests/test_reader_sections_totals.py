"""A day's stated total is its hours, never a block; placeholders are no times."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import load, read_plan
from planexport.reader.blocks import is_total
from planexport.reader.durations import find_duration
from tests.paths import DATA

PLANS = DATA / "plans"


def summary(plan: Plan) -> list[tuple[float, list[tuple[str, int, int]]]]:
    out = []
    for day in plan.days:
        (variant,) = day.variants
        out.append(
            (variant.hours, [(b.title, b.min_minutes, b.max_minutes) for b in variant.blocks])
        )
    return out


def test_a_placeholder_slot_is_no_time_and_the_day_keeps_its_duration() -> None:
    result = read_plan(PLANS / "sections-placeholder-slot.md")
    assert summary(result.plan) == [
        (3.0, [("Theory Day", 120, 180)]),
        (2.0, [("Practice Day", 60, 120)]),
        # A link's text is no placeholder, even when it says "your".
        (1.25, [("Your first kata", 30, 30), ("Review notes", 45, 45)]),
    ]
    assert all(b.at is None for d in result.plan.days for v in d.variants for b in v.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "**Time Slot**: [Your preferred time, e.g., 7:00-9:00 PM]",
        "**Time Slot**: e.g. 7:00-9:00 PM",
        "**Zeitfenster**: z.B. 18:00-20:00",
        "**Horario**: p.ej. 18:00-20:00",
        "**Talk**: [TBD: 30-45 min]",
    ],
)
def test_placeholders_and_examples_hold_no_duration(line: str) -> None:
    assert find_duration(line) is None


def test_a_time_before_an_example_is_still_read() -> None:
    found = find_duration("Practice (e.g. Two Sum) – 45 min")
    assert found is not None
    assert (found.lo, found.hi, found.text) == (45, 45, "45 min")


def test_day_totals_in_every_language_are_the_days_hours_not_blocks() -> None:
    plan = load(PLANS / "sections-day-totals.md")
    assert summary(plan) == [
        (7.0, [("Project work", 300, 360)]),
        (2.0, [("Lectura", 90, 90)]),
        (1.0, [("Esercizi", 60, 60)]),
        (1.0, [("Grammatik", 45, 45)]),
        (1.0, [("Lecture", 60, 60)]),
        (1.0, [("Leitura", 60, 60)]),
        (1.0, [("Woordjes", 30, 30)]),
        (0.75, [("Reading", 30, 30)]),
        # A total below what the blocks need is not taken as the day's hours.
        (1.5, [("Reading", 90, 90)]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "**Estimated time:** 6-7 hours",
        "**⏱️ Tiempo Estimado:** 6-7 horas",
        "**Tiempo total estimado:** 2 horas",
        "Horas totales: 2 horas",
        "**Geschätzte Zeit:** 2 Stunden",
        "**Gesamtdauer:** 2 Stunden",
        "**Lernzeit:** 2 Stunden",
        "**Temps estimé :** 2 heures",
        "**Durée totale :** 2 heures",
        "**Tempo stimato:** 2 ore",
        "**Durata totale:** 2 ore",
        "**Tempo estimado:** 2 horas",
        "**Tempo de estudo:** 2 horas",
        "**Geschatte tijd:** 2 uur",
        "**Studietijd:** 2 uur",
        "Total: 2.5h",
    ],
)
def test_total_lines_are_recognised_in_every_language(line: str) -> None:
    assert is_total(line)


@pytest.mark.parametrize("line", ["**Review (30 min):** notes", "Total recall drill (20 min)"])
def test_blocks_are_not_totals(line: str) -> None:
    assert not is_total(line)
