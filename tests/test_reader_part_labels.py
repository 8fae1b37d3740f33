"""A part of the day as the label of a timed line: the block's session, its title the text after
the length (`- Morning: 3 hrs sectional tests` is `sectional tests`, 180 minutes, Morning)."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "structure"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [
        (b.title, b.min_minutes, b.session) for d in plan.days for v in d.variants for b in v.blocks
    ]


def test_a_part_of_day_label_is_the_session_and_the_text_after_the_length_the_title() -> None:
    result = read_plan(PLANS / "part-of-day-labels.md")
    assert blocks(result.plan) == [
        ("simulacro completo (con tiempo)", 180, "Mañana"),
        ("repaso de los errores", 60, "Tarde"),
        ("lectura ligera", 30, "Noche"),
    ]
    assert result.warnings == ()


def test_a_part_of_day_label_with_nothing_after_the_length_stays_the_title() -> None:
    result = read_plan(PLANS / "part-of-day-label-alone.md")
    assert blocks(result.plan) == [("Ochtend", 120, None), ("Avond", 45, None)]


def test_a_label_that_is_no_part_of_the_day_is_read_as_before() -> None:
    result = read_plan(PLANS / "subject-label-not-a-part-of-day.md")
    assert blocks(result.plan) == [
        ("Grammatica", 60, None),
        ("lettura di un romanzo", 120, "Pomeriggio"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Afternoon: 1 hr review of wrong answers", ("review of wrong answers", 60, "Afternoon")),
        ("- Vormittag: 2 Std. Grammatik", ("Grammatik", 120, "Vormittag")),
        ("- Après-midi : 1h30 révision", ("révision", 90, "Après-midi")),
        ("- Sera: 45 minuti ripasso", ("ripasso", 45, "Sera")),
        ("- Manhã: 2 horas exercícios", ("exercícios", 120, "Manhã")),
        ("- Avond: 30 min woordjes", ("woordjes", 30, "Avond")),
        ("- Evening: ~40 min flashcards", ("flashcards", 40, "Evening")),
    ],
)
def test_parts_of_the_day_in_every_language(line: str, expected: tuple[str, int, str]) -> None:
    plan = read_markdown(f"# P\n\n## Saturday\n\n{line}\n").plan
    assert blocks(plan) == [expected]
