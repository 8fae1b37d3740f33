"""A template whose quote names a range of weekdays (`> Use on: Monday–Thursday`): every
weekday of the range holds it, not only the two ends."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "template_range_quotes"


def test_a_weekday_range_in_the_quote_gives_every_day_of_it() -> None:
    result = read_plan(PLANS / "en-use-on-weekday-range.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    for day in range(4):
        assert plan.days[day].title == "Template A: Full study day"
        assert pinned(plan, day) == [("Algebra drills", 60, "07:00"), ("Reading", 45, "08:15")]
    assert (plan.days[4].title, pinned(plan, 4)) == (
        "Template B: Test day",
        [("Practice test", 120, "09:00")],
    )
    assert warnings(result) == []


def test_two_listed_weekdays_stay_those_two() -> None:
    result = read_plan(PLANS / "en-use-on-listed-ends.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["tue", "thu", "sat", "sun"]
    assert pinned(plan, 0) == pinned(plan, 1) == [("Lab report", 90, "14:00")]
    assert pinned(plan, 2) == pinned(plan, 3) == [("Review", 60, "10:00")]
    assert warnings(result) == []
