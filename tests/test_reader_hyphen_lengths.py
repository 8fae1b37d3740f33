"""Lengths joined by a hyphen to what they qualify (`10-minute stretch`, `a 40-min mock`,
`20‑min debrief`) are lengths, the phrase whole in the title; `the 3-hour plan`, `50-minute
blocks` and `a 30-minute time limit` name a plan, a way of working or a limit, no activity."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "interview_prep_days"


def test_hyphen_joined_lengths_are_read_and_kept_in_the_title() -> None:
    result = read_plan(PLANS / "hyphen-joined-lengths.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("10-minute stretch and tea", 10, None),
                ("Run a 40-min coding mock with a friend", 40, None),
                # a non-breaking hyphen as a plain one; the start pinned as written
                ("Write a 20\u2011min debrief", 20, "14:00"),
            ],
        )
    ]
    # "the 3-hour plan" is no block: a note of the day
    assert result.plan.days[0].notes == ("Review the 3-hour plan below if time is left",)
    assert warnings(result) == []


def test_blocks_breaks_clocks_and_limits_are_no_activities() -> None:
    result = read_plan(PLANS / "hyphen-lengths-not-activities.md")
    assert day_blocks(result.plan) == [("mon", [("Flash cards", 25, None)])]
    assert result.plan.days[0].notes == ("Redo one graph problem under a 30-minute time limit",)
    assert warnings(result) == []
