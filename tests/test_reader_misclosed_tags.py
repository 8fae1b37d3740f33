"""A closing HTML tag written with its slash last (`# <center> Exam Term Routine <center/>`,
`Flashcards <p/>`) and `<center>` around a table cell's title: markup, gone from the title as
`</center>` is, never part of it."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days

MISCLOSED = DATA / "misclosed_tags"


def read(name: str) -> ReadResult:
    return read_plan(MISCLOSED / name)


def test_the_plan_and_day_titles_lose_the_misclosed_tags() -> None:
    result = read("one-edge-case.md")
    assert result.plan.title == "Exam Term Routine"
    assert days(result.plan) == [("mon", None, "Monday"), ("thu", None, "Thursday")]


def test_block_titles_in_lists_and_tables_lose_them_too() -> None:
    assert day_blocks(read("one-edge-case.md").plan) == [
        (
            "mon",
            [("Past papers: mechanics", 90, "07:30"), ("Flashcards", 45, "09:15")],
        ),
        ("thu", [("Essay plan", 90, "16:00"), ("Vocabulary", 30, "17:30")]),
    ]
