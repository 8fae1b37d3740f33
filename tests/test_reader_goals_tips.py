"""A tip on when to eat or drink (`Light snack 2-3h before`, `Essen 1-2 Std. vorher`) is never a
block: a day whose only lengths are such tips is refused, and beside a block the tip is a note."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "goals_tips"


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("tip-en-dated-runs-in-distances.md", 14, "2-3h"),
        ("tip-de-montag-essen-vorher.md", 6, "1-2 Std"),
        ("tip-es-lunes-comer-antes.md", 6, "1-2 h"),
    ],
)
def test_a_day_whose_only_lengths_are_meal_tips_is_refused(
    name: str, line: int, length: str
) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert "no timed blocks found (1 day found, no block with a length or a clock time" in message
    said = f'the only lengths are tips, line {line}: "{length}" says when to eat or drink'
    assert said in message


@pytest.mark.parametrize(
    ("name", "title", "minutes", "note"),
    [
        ("tip-fr-beside-a-run.md", "Footing", 40, "Manger 2 h avant la course"),
        ("tip-it-beside-a-run.md", "Corsa lenta", 35, "Bere acqua entro 30 minuti dopo"),
        ("tip-pt-beside-a-run.md", "Corrida leve", 45, "Lanche 1 h antes da corrida"),
        ("tip-nl-beside-a-run.md", "Rustige duurloop", 50, "Eten 1-2 uur voor het lopen"),
    ],
)
def test_a_meal_tip_beside_a_block_is_a_note(
    name: str, title: str, minutes: int, note: str
) -> None:
    result = read_plan(PLANS / name)
    plan = result.plan
    assert [b[:2] for b in blocks_with_items(plan)] == [(title, minutes)]
    assert note in plan.days[0].notes
    assert not result.warnings


def test_a_length_of_its_own_or_food_after_the_length_stays_a_block() -> None:
    plan = read_plan(PLANS / "lunch-length-stays.md").plan
    assert [b[:2] for b in blocks_with_items(plan)] == [
        ("Deep work", 90),
        ("Snack prep", 15),
        ("Run", 20),
    ]
