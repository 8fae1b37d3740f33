"""A weekday heading that adds only a clock time or span (`## Tuesday (19:00–20:30)`, `## Thursday,
7pm-8pm`): the day is titled by its weekday, not by the time; words in the bracket (`## Saturday
(Café meetup)`) still title it."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.clock_brackets import clock_only
from tests.paths import DATA
from tests.reader_support import days, pinned

BRACKETS = DATA / "clock_bracket_days"


def test_days_are_titled_by_their_weekdays_not_their_times() -> None:
    plan = read_plan(BRACKETS / "one-edge-case.md").plan
    assert days(plan) == [
        ("tue", None, "Tuesday"),
        ("thu", None, "Thursday"),
        ("sat", None, "Café meetup"),
    ]
    assert pinned(plan, 0) == [
        ("Role-play dialogues", 40, None),
        ("Pronunciation drills", 30, None),
    ]


def test_only_a_time_or_a_span_alone_is_no_title() -> None:
    assert clock_only("19:00–20:30")
    assert clock_only("**18:00**")
    assert clock_only("9h - 11h")
    assert not clock_only("18:00 – Intro")
    assert not clock_only("2 hours")
    assert not clock_only("Office day")
    assert not clock_only(None)
