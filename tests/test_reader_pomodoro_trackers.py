"""A Pomodoro tracker's day (`**Time Started:** 09:00`, `**Focus Duration:** 25 minutes`,
`**Break Duration:** 5 minutes` over `- [x] Pomodoro 1` …) is its Pomodoros: each of the focus
length, the first at the start written and the next after the break, ticked ones done; with no
start, unpinned. The other fields stay the day's notes."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "pomodoro_trackers"


def test_a_started_day_pins_its_pomodoros_after_each_break() -> None:
    result = read_plan(FOLDER / "started-day-with-ticked-pomodoros.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [("Pomodoro 1", 25, "09:00"), ("Pomodoro 2", 25, "09:30"), ("Pomodoro 3", 25, "10:00")],
        ),
        (None, None, None, "Day 2", [("Pomodoro 1", 25, None), ("Pomodoro 2", 25, None)]),
    ]
    done = [[b.done for v in d.variants for b in v.blocks] for d in result.plan.days]
    assert done == [[True, True, False], [False, False]]
    assert [d.notes for d in result.plan.days] == [
        ("**Accomplishments:** Summarised three papers on river sediment",),
        ("Time Started:", "Accomplishments:"),
    ]
    assert warnings(result) == []


def test_fifty_minute_pomodoros_listed_beside_their_fields() -> None:
    result = read_plan(FOLDER / "long-pomodoros-top-level.md")
    assert dated_days(result.plan) == [
        (None, None, None, "Day 1", [("Pomodoro 1", 50, "14:30"), ("Pomodoro 2", 50, "15:30")])
    ]
    assert [d.notes for d in result.plan.days] == [("Notes: drafted the methods section",)]
    assert warnings(result) == []
