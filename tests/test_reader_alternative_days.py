"""Days under an alternative's heading (`## Alternative schedule` over `### Saturday` again):
another way to spend weekdays the plan has already, said and not read as more days."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

FOLDER = DATA / "alternative_days"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_an_alternatives_weekdays_are_not_more_days() -> None:
    result = read("alternative-weekend.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Cloud concepts", 60, None)]),
        ("sat", [("Practice test", 90, None)]),
        ("sun", [("Review of wrong answers", 45, None)]),
    ]
    assert [(w.line, "alternative" in w.message) for w in result.warnings] == [(12, True)]
