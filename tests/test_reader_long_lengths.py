"""A length longer than a day (`after 48 hours`) is a rule about when, never a block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "long_lengths"


def _days(name: str) -> list[list[tuple[str, int]]]:
    plan = read_plan(PLANS / name).plan
    return [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]


def test_a_prose_rule_with_a_length_over_a_day_is_skipped_with_a_warning() -> None:
    result = read_plan(PLANS / "prose-rule-in-day.md")
    assert _days("prose-rule-in-day.md") == [
        [("Arrays", 60), ("Linked lists", 45)],
        [("Trees", 90)],
    ]
    assert result.plan.days[1].notes == ("Wiederholung nach 2-3 Tagen",)
    assert warnings(result) == [
        '4: "Revisit missed flashcards after" lasts "48 hours", longer than a day: skipped'
    ]


def test_a_heading_over_a_day_long_is_no_block_and_its_lines_are_notes() -> None:
    result = read_plan(PLANS / "rule-heading-over-a-day.md")
    assert _days("rule-heading-over-a-day.md") == [[("Repaso", 30), ("Lectura", 45)]]
    assert result.plan.days[0].notes == ("entrega el viernes",)
    assert warnings(result) == ['6: "Proyecto final" lasts "36 horas", longer than a day: skipped']
