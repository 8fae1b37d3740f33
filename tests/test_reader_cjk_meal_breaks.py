"""Meals and breaks written in Chinese, Japanese or Korean (`早餐`, `🍵 休息`, `享用午餐`,
`昼食`, `점심 식사`) are gaps between blocks, as `Breakfast` and `Lunch` are; a meal joined to
a chore (`晚饭、洗碗`) stays a block, as `Dinner and dishes` does."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.cjk_breaks import cjk_break
from tests.paths import DATA
from tests.reader_support import pinned

MEALS = DATA / "cjk_meal_breaks"


def test_the_meals_and_the_break_leave_the_study_blocks() -> None:
    plan = read_plan(MEALS / "one-edge-case.md").plan
    assert pinned(plan, 0) == [
        ("数学错题整理", 90, "08:30"),
        ("英语阅读", 90, "10:15"),
        ("物理实验报告", 90, "12:30"),
        ("晚饭、洗碗", 30, "18:00"),
    ]


def test_cjk_breaks_in_each_language() -> None:
    assert cjk_break("昼食")
    assert cjk_break("🍱 昼休み")
    assert cjk_break("점심 식사")
    assert cjk_break("享用晚餐")
    assert cjk_break("休息 (15分钟)")
    assert not cjk_break("午睡")
    assert not cjk_break("夕食、洗い物、風呂")
    assert not cjk_break("准备早餐 + 烧水")
    assert not cjk_break("Lunch")
