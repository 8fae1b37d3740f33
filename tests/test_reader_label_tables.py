"""A table of timed rows under a bold label with its own length (`**Morning (2 hrs) - Fresh
Problems:**` over `| 1 | Number of Islands | Medium | 30 min |`): the rows are the label's
block's items, as a list under it is, not time beside it; under a label with no length
(`**Problems:**`) the rows are blocks, and the label, which only named them, is no note."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

LABELS = DATA / "label_tables"


def read(name: str) -> ReadResult:
    return read_plan(LABELS / name)


def test_rows_under_a_timed_label_are_its_items() -> None:
    result = read("en-session-label-over-problem-rows.md")
    assert blocks_with_items(result.plan) == [
        (
            "Morning - Fresh Problems",
            120,
            None,
            [
                "Number of Islands (30 min)",
                "Clone Graph (30 min)",
                "Course Schedule (40 min)",
            ],
        ),
        (
            "Afternoon - Notes",
            90,
            None,
            ["Write down the BFS and DFS templates", "Compare them on one problem"],
        ),
        ("Rotting Oranges", 35, None, []),
        ("Word Ladder", 45, None, []),
    ]
    assert [v.hours for d in result.plan.days for v in d.variants] == [3.5, 1.33]
    assert list(result.plan.days[1].notes) == []  # "**Problems:**" only named its rows
    assert warnings(result) == []
