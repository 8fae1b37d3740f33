"""A day's `**Time Allocation: 2 hours**` line over its timed parts states the day's total: the
parts are its blocks, not one block titled `Time Allocation` with the parts as its items."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings


def test_time_allocation_is_the_total_of_the_parts_below() -> None:
    result = read_plan(DATA / "time_allocation_totals" / "day-allocation-over-its-parts.md")
    assert day_blocks(result.plan) == [
        (None, [("Autolyse and slap-and-fold", 60, None), ("Stretch and folds", 60, None)]),
        (None, [("Theory", 30, None), ("Practice", 60, None)]),
    ]
    first = result.plan.days[0].variants[0].blocks
    assert [b.session for b in first] == ["Morning", "Afternoon"]
    assert [v.hours for d in result.plan.days for v in d.variants] == [2.0, 1.5]
    assert warnings(result) == []
