"""Lengths written in square brackets after a title (`- Long walk [1h15m]`, `- 练字 [40 min]`):
the title keeps no empty `[ ]` where the length was, which would read as an open task box."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "square_bracket_lengths"


def test_bracketed_lengths_leave_no_empty_brackets() -> None:
    result = read_plan(PLANS / "en-bracketed-lengths.md")
    assert pinned(result.plan, 0) == [
        ("Long walk", 75, None),
        ("Watercolour practice", 45, None),
        ("Sketch [still life]", 30, None),
    ]
    assert warnings(result) == []


def test_chinese_titles_with_a_bracketed_hours_and_minutes_length() -> None:
    result = read_plan(PLANS / "zh-summary-lines.md")
    assert pinned(result.plan, 0) == [
        ("阅读时间", 90, None),
        ("练字", 40, None),
        ("整理房间", 25, None),
    ]
    assert warnings(result) == []


def test_brackets_with_words_in_them_and_task_boxes_read_as_before() -> None:
    result = read_plan(PLANS / "kept-brackets-near-miss.md")
    assert pinned(result.plan, 0) == [
        ("Read [chapter 3]", 30, None),
        ("Review the flashcards", 20, None),
        ("Quiz [set B]", 15, None),
    ]
    assert warnings(result) == []
