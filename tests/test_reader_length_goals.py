"""A bold label with a length inside a day (`- **Time target**: 3 hours`) is the day's length."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "length_goals"


def _items(name: str, day: int) -> list[list[str]]:
    plan = read_plan(PLANS / name).plan
    return [[i.text for i in b.items] for v in plan.days[day].variants for b in v.blocks]


def test_a_time_target_is_the_days_length_and_the_checklist_its_items() -> None:
    result = read_plan(PLANS / "time-target-checklist.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue"]
    assert pinned(result.plan, 0) == [("Linear Algebra", 120, None)]
    assert pinned(result.plan, 1) == [("Probability", 60, None)]
    assert result.plan.days[1].variants[0].blocks[0].max_minutes == 120
    assert _items("time-target-checklist.md", 0) == [
        ["[ ] Three matrix exercises", "[ ] Re-read chapter 2"]
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_german_goal_labels_give_the_length_of_the_day() -> None:
    result = read_plan(PLANS / "zielzeit-tag.md")
    assert pinned(result.plan, 0) == [("Thermodynamik", 180, None)]
    assert pinned(result.plan, 1) == [("Strömungslehre", 90, None)]
    assert _items("zielzeit-tag.md", 1) == [["Bernoulli-Aufgaben"]]


def test_a_spanish_target_time_is_no_block_title() -> None:
    result = read_plan(PLANS / "tiempo-objetivo.md")
    assert pinned(result.plan, 0) == [("Verbos irregulares", 45, None)]
    assert _items("tiempo-objetivo.md", 0) == [["Lista de 30 verbos", "Dictado corto"]]


def test_each_session_with_its_own_duration_label_is_a_block() -> None:
    result = read_plan(PLANS / "session-duration.md")
    day = result.plan.days[0]
    assert pinned(result.plan, 0) == [("Morning", 180, None), ("Afternoon", 120, None)]
    assert [b.session for b in day.variants[0].blocks] == ["Morning", "Afternoon"]
    assert _items("session-duration.md", 0) == [["Branches and merges"], ["Rebasing practice"]]


def test_a_timed_line_named_reading_time_stays_a_block() -> None:
    result = read_plan(PLANS / "reading-time-block.md")
    assert pinned(result.plan, 0) == [("Reading time", 30, None), ("Essay outline", 45, None)]
