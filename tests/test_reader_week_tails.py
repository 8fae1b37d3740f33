"""A week's hours after its last day (`**Estimated Hours:** 14-16 hours`): not that day's."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.blocks import is_total
from tests.paths import DATA
from tests.reader_support import blocks_with_items

TAILS = DATA / "week_tails"


def read(name: str) -> ReadResult:
    return read_plan(TAILS / name)


def test_a_weeks_estimate_after_its_last_day_leaves_that_day_its_own_length() -> None:
    result = read("estimate-after-last-day.md")
    assert [(d.week, d.title, [v.hours for v in d.variants]) for d in result.plan.days] == [
        (1, "Preterite forms", [0.67]),
        (1, "Imperfect forms", [0.5]),
        (1, "Mock reading", [1.17]),
        (2, "Formal letters", [0.75]),
        (2, "Opinion texts", [0.83]),
    ]


def test_a_length_said_to_be_the_total_is_the_days_length_not_a_block() -> None:
    result = read("estimate-after-last-day.md")
    assert blocks_with_items(result.plan)[2] == (
        "Mock reading",
        70,
        None,
        ["Tareas 1-3 under exam timing"],
    )
    assert is_total("150 minutes total")
    assert is_total("- 2 hours in total")
    assert not is_total("150 minutes of total recall")
    assert result.warnings == ()
