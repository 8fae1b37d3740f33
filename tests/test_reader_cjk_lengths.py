"""Lengths written in Japanese, Korean or Chinese (`単語 30分`, `듣기 1시간`, `听力 30分钟`) read
as minutes and hours, and clock times written with their words (`9時〜10時半`) read as spans."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "cjk_lengths"


def _ranges(path: str) -> list[list[tuple[str, int, int]]]:
    plan = read_plan(PLANS / path).plan
    return [
        [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks]
        for d in plan.days
    ]


def test_japanese_minutes_hours_ranges_and_half_hours() -> None:
    result = read_plan(PLANS / "japanese-minutes-hours.md")
    assert _ranges("japanese-minutes-hours.md") == [
        [("Anki", 20, 20), ("単語", 30, 30), ("聴解", 60, 60), ("文法", 20, 30)],
        [("多読", 90, 90), ("聴解", 75, 75), ("シャドーイング", 15, 15)],
    ]
    assert warnings(result) == []


def test_korean_minutes_and_hours_with_each_and_about() -> None:
    result = read_plan(PLANS / "korean-minutes-hours.md")
    assert _ranges("korean-minutes-hours.md") == [
        [("단어", 30, 30), ("듣기", 60, 60), ("쉐도잉", 15, 15)],
        [("문법", 90, 90), ("읽기", 20, 20)],
    ]
    assert warnings(result) == []


def test_chinese_fenzhong_and_hours_but_bare_fen_is_points() -> None:
    plan = read_plan(PLANS / "chinese-fenzhong-and-points.md").plan
    assert _ranges("chinese-fenzhong-and-points.md") == [
        [("听力", 30, 30), ("阅读", 60, 60), ("口语", 30, 30)]
    ]
    assert list(plan.days[0].notes) == ["目标：HSK4 180分"]  # a score, not three hours


def test_clock_words_and_wave_dash_spans_are_pinned() -> None:
    result = read_plan(PLANS / "clock-words-spans.md")
    assert day_blocks(result.plan) == [
        ("sat", [("文法", 90, "09:00"), ("聴解", 60, "14:00"), ("Anki", 30, "19:00")])
    ]
    assert warnings(result) == []


def test_a_fraction_is_no_length_and_a_lone_start_stays_a_note() -> None:
    result = read_plan(PLANS / "fraction-and-lone-start.md")
    assert _ranges("fraction-and-lone-start.md") == [[("精読", 45, 45)]]
    assert list(result.plan.days[0].notes) == ["9:30 朝会", "教科書の30分の1を読む"]
    assert len(warnings(result)) == 1
    assert "9:30 朝会" in warnings(result)[0]
