"""Paragraph lines of clock spans that each open with an emoji (`📚 07:00 – 08:30 — Flashcards`):
a timetable, read as the same lines bulleted or without the emoji are."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "emoji_span_lines"


def test_an_emoji_before_each_span_is_a_mark_of_the_line() -> None:
    result = read_plan(PLANS / "en-emoji-before-each-span.md")
    day = result.plan.days[0]
    blocks = [(b.title, b.min_minutes, b.at) for b in day.variants[0].blocks]
    assert blocks == [
        ("📚 Flashcards + reading", 90, "07:00"),
        ("💻 Past papers", 180, "09:00"),
        ("📝 Essay plans", 120, "13:00"),
    ]
    assert [w.line for w in result.warnings] == [3]  # the wake-up time has no end: a note
    assert "06:30 — Wake up" in " ".join(day.notes)


def test_words_before_the_spans_keep_the_lines_remarks() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / "en-words-before-the-span-stay.md")
