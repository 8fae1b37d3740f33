"""A Japanese timetable in a code block whose spans use the wave dash (`6:30～7:00　ストレッチ`):
each line a block of its span, as outside the block; nothing else in code blocks is rewritten."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.cjk_lengths import cjk_lengths
from tests.paths import DATA
from tests.reader_support import pinned

WAVE = DATA / "fenced_wave_spans"


def test_each_fenced_wave_dash_span_is_a_block() -> None:
    plan = read_plan(WAVE / "one-edge-case.md").plan
    assert pinned(plan, 0) == [
        ("ストレッチ", 30, "06:30"),
        ("英単語", 90, "07:00"),
        ("数学の問題集", 120, "09:00"),
    ]


def test_only_the_spans_of_a_code_block_are_rewritten() -> None:
    text = "```\n6:30～7:00 ストレッチ 30分\n```\n7:00～8:00 英単語 30分"
    assert cjk_lengths(text) == "```\n6:30–7:00 ストレッチ 30分\n```\n7:00–8:00 英単語 30 min"
