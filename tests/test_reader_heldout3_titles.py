"""Titles around a span in brackets: taking the span out leaves no dangling separator."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings


def test_a_span_in_brackets_after_a_bold_label_leaves_a_clean_title() -> None:
    result = read_plan(DATA / "heldout3" / "span-in-parentheses-after-label.md")
    assert pinned(result.plan, 0) == [
        ("Sessie 1: Kennismaking", 75, "09:00"),
        ("Workshop - Git en GitHub", 90, "10:30"),
        ("Sessie 2, met mentor", 60, "13:00"),
    ]
    assert warnings(result) == []
