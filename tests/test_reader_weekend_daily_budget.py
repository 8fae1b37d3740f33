"""A daily length stated once with the weekend's own (`> Study time: ~45 min/day weekdays, ~2
hours/day weekends`, in a quote or a plain line) over untimed days: each weekday is one block of
the first length, Saturday and Sunday of the second."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

PLAN = DATA / "weekend_daily_budget" / "one-edge-case.md"


def test_weekend_days_take_the_weekend_length() -> None:
    result = read_plan(PLAN)
    assert day_blocks(result.plan) == [
        ("mon", [("Malware types", 45, None)]),
        ("tue", [("Social engineering", 45, None)]),
        ("sat", [("Practice set A", 120, None)]),
    ]
    assert any("on Saturday and Sunday" in w.message for w in result.warnings)
