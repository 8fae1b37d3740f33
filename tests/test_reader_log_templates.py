"""A routine followed by the blank form of its log (`## Daily Log Template` over `- Time
spent: 50 min`): the form is a record to fill in, left out with a warning like a log, not
blocks added to the routine. A template of the plan itself (`## Weekly Template`) is read."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings


def _blocks(name: str) -> list[tuple[str, int, str | None]]:
    result = read_plan(DATA / "log_templates" / name)
    return [(title, minutes, at) for title, minutes, at, _ in blocks_with_items(result.plan)]


def test_a_log_template_after_the_routine_is_left_out() -> None:
    result = read_plan(DATA / "log_templates" / "routine-then-log-template.md")
    assert _blocks("routine-then-log-template.md") == [
        ("Gesture drawings", 15, None),
        ("Perspective boxes", 20, None),
        ("Copy of a master drawing", 25, None),
    ]
    assert warnings(result) == [
        '9: "Daily Log Template" is read as a log of what was done, not as the plan: skipped'
    ]


def test_a_log_sheet_of_lengths_is_left_out_too() -> None:
    result = read_plan(DATA / "log_templates" / "log-sheet-with-lengths.md")
    assert _blocks("log-sheet-with-lengths.md") == [
        ("Long tones", 10, None),
        ("Étude of the week", 20, None),
    ]
    assert warnings(result) == [
        '8: "Session Log Sheet" is read as a log of what was done, not as the plan: skipped'
    ]


def test_a_template_of_the_plan_is_read() -> None:
    assert _blocks("template-of-the-plan.md") == [
        ("Novel chapter", 30, None),
        ("Poem read aloud", 10, None),
    ]
