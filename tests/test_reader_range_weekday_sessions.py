"""A heading of a range of days (`### Day 5-6 (Weekend)`) over sessions that each lead with one
weekday (`**Saturday Morning (2 hours)**`, `**Sunday Morning (90 minutes)**`): each day of the
range takes its own weekday's sessions, not all of them."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.range_weekday_blocks import _lead
from tests.paths import DATA

PLAN = DATA / "range_weekday_sessions" / "one-edge-case.md"


def test_each_day_of_the_range_takes_its_weekdays_sessions() -> None:
    plan = read_plan(PLAN).plan
    assert [
        (d.number, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ] == [
        (4, [("Evening Session", 60)]),
        (5, [("Saturday Morning", 120)]),
        (6, [("Sunday Morning", 90), ("Sunday Afternoon", 60)]),
    ]
    assert [item.text for item in plan.days[1].variants[0].blocks[0].items] == [
        "Dig the herb spiral",
        "Lay the stones",
    ]


def test_only_spelled_out_weekdays_lead() -> None:
    assert _lead("Saturday Morning") == "sat"
    assert _lead("**Domingo** tarde") == "sun"
    assert _lead("Mar review") is None  # "Mar" is no weekday's name here
    assert _lead("Evening Session") is None
