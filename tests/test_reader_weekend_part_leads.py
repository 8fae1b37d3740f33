"""A heading of several weekdays (`## Weekend — Bake-off`) over bold leads that name one of its
weekdays with a part of the day (`**Saturday Morning (2 hours)**`, `**Sunday Evening (45
min)**`): each lead and its lines on its own weekday, not every lead on both days."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAN = DATA / "weekend_part_leads" / "one-edge-case.md"


def test_each_weekday_keeps_its_own_parts() -> None:
    plan = read_plan(PLAN).plan
    assert [
        (d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ] == [
        ("fri", [("Evening", 90)]),
        ("sat", [("Saturday Morning", 120), ("Saturday Afternoon", 60)]),
        ("sun", [("Sunday Evening", 45)]),
    ]
