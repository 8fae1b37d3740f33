"""A column of kinds beside the titles (`| Time | Kind | Title |` over `| 10:30 - 10:45 |
**Break** | Morning coffee and tea |`): a row of a break or a meal kind is a gap between blocks,
whatever its title says. A mode of rest (`| Walk and dinner | **Rest** |`) stays a block of the
routine."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "kind_column_breaks"


def test_break_and_meal_kinds_are_gaps() -> None:
    result = read_plan(FOLDER / "kind-column-breaks.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Writing for the ear", 60, "09:30"),
                ("Recording a first interview", 75, "10:45"),
                ("Editing the interview", 90, "13:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_rest_mode_stays_a_block() -> None:
    result = read_plan(FOLDER / "rest-mode-stays.md")
    assert [(t, m, a) for _, blocks in day_blocks(result.plan) for t, m, a in blocks] == [
        ("Walk and dinner", 45, "18:00"),
        ("Spanish flashcards", 75, "18:45"),
        ("Stretching", 30, "20:00"),
    ]
