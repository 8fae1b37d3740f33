"""Weekdays written in Japanese, Korean or Chinese (`## 月曜日`, `### 목요일`, `**星期三**：听力`,
`## 土曜日〜日曜日`) read as the weekdays they are; the same characters inside a sentence
(`一周一次`, `毎週月曜日に`) stay words."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days, warnings

PLANS = DATA / "cjk_weekdays"


def test_japanese_weekday_headings_with_and_without_their_day_character() -> None:
    result = read_plan(PLANS / "japanese-weekday-headings.md")
    assert day_blocks(result.plan) == [
        ("mon", [("単語", 30, None), ("聴解", 60, None)]),
        ("tue", [("文法ドリル", 45, None)]),
        ("wed", [("多読", 60, None)]),
    ]
    assert [d.title for d in result.plan.days] == ["Monday", "文法", "Wednesday"]
    assert warnings(result) == []


def test_korean_weekday_headings() -> None:
    result = read_plan(PLANS / "korean-weekday-headings.md")
    assert day_blocks(result.plan) == [
        ("thu", [("단어", 30, None), ("듣기", 60, None)]),
        ("fri", [("쓰기", 40, None)]),
    ]
    assert warnings(result) == []


def test_chinese_bold_weekday_labels_with_a_wide_colon() -> None:
    result = read_plan(PLANS / "chinese-bold-labels.md")
    assert day_blocks(result.plan) == [
        ("wed", [("听力", 30, None)]),
        ("thu", [("阅读", 60, None)]),
        ("sun", [("口语", 30, None)]),
    ]
    assert warnings(result) == []


def test_a_range_of_weekdays_with_a_wave_dash_gives_each_day() -> None:
    plan = read_plan(PLANS / "weekend-range-heading.md").plan
    assert day_blocks(plan) == [("sat", [("模試", 120, None)]), ("sun", [("模試", 120, None)])]


def test_weekday_characters_inside_a_sentence_stay_words() -> None:
    plan = read_plan(PLANS / "near-miss-sentence-words.md").plan
    assert days(plan) == [(None, None, "Day 1")]
    assert day_blocks(plan) == [
        (None, [("一周一次 复习", 20, None), ("毎週月曜日に 単語", 30, None)])
    ]


def test_a_chinese_range_of_weekdays_with_zhi_gives_each_weekday() -> None:
    plan = read_plan(PLANS / "chinese-weekday-range.md").plan
    assert day_blocks(plan) == [
        *[(day, [("听力", 30, None)]) for day in ("mon", "tue", "wed", "thu", "fri")],
        ("sat", [("模拟考试", 120, None)]),
    ]
