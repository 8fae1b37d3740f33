"""Day rows with a column headed as the length (`| Tag | Fokus | Übungen | Sätze | Dauer |`): one
block a row, titled by the first text column, the other cells its items."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "length_rows"


def blocks(plan: Plan, index: int) -> list[tuple[str, int, int]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.max_minutes) for b in variant.blocks]


def items(plan: Plan, index: int) -> list[str]:
    (variant,) = plan.days[index].variants
    return [item.text for block in variant.blocks for item in block.items]


def test_each_day_row_is_one_block_titled_by_its_focus_never_by_the_length_header() -> None:
    plan = load(PLANS / "es-enfoque-ejercicios-duracion.md")
    assert [day.weekday for day in plan.days] == ["mon", "wed", "fri"]
    # "caminata en cinta (20 min)" is part of the 50 minutes, not a block of its own.
    assert blocks(plan, 0) == [("Piernas y glúteos", 50, 50)]
    assert blocks(plan, 1) == [("Espalda", 40, 40)]
    assert items(plan, 0) == [
        "sentadillas (12 x 4)",
        "caminata en cinta (20 min)",
        "zancadas",
        "Series: 4",
    ]
    (variant,) = plan.days[0].variants
    assert variant.blocks[0].note == "Calentar antes"
    # "variable" is no length: Friday has no block, and nothing is warned.
    assert plan.days[2].variants == ()
    assert read_plan(PLANS / "es-enfoque-ejercicios-duracion.md").warnings == ()


def test_a_count_column_before_the_topic_is_no_title() -> None:
    plan = load(PLANS / "en-count-column-before-topic.md")
    assert blocks(plan, 0) == [("Kettlebell circuit", 35, 35)]
    assert blocks(plan, 1) == [("Mobility flow", 30, 30)]
    assert items(plan, 1) == ["Rounds: 3", "hip openers (10 min)", "thoracic rotations"]


def test_a_table_with_only_its_length_column_timed_reads_as_before() -> None:
    plan = load(PLANS / "fr-duree-seule-colonne-minutee.md")
    assert [day.weekday for day in plan.days] == ["mon", "thu"]
    assert blocks(plan, 0) == [("Footing léger", 40, 40)]
    assert blocks(plan, 1) == [("Fractionné", 50, 50)]
    assert items(plan, 0) == []


def test_a_date_column_before_the_topic_is_no_title() -> None:
    plan = load(PLANS / "de-datum-vor-thema.md")
    assert [day.weekday for day in plan.days] == ["mon", "wed"]
    assert blocks(plan, 0) == [("Graphen", 120, 120)]
    # "(90 min)" in the goal is part of the two hours, an item of the block.
    assert items(plan, 0) == ["Dijkstra nachvollziehen (90 min)"]
    assert blocks(plan, 1) == [("Bäume", 90, 90)]
