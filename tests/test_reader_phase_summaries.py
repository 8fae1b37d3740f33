"""A dated table whose every length is longer than a day sums up phases: it is no run of days."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

PHASES = DATA / "phase_summaries"


def test_a_summary_of_phases_after_the_weeks_adds_no_days_of_many_hours() -> None:
    result = read_plan(PHASES / "weeks-then-phase-summary.md")
    assert days(result.plan) == [
        ("mon", dt.date(2026, 9, 7), "Mon Sep 7"),
        ("tue", dt.date(2026, 9, 8), "Tue Sep 8"),
    ]
    assert pinned(result.plan, 0) == [("Descriptive statistics", 180, None)]
    assert [(w.line, w.message) for w in result.warnings] == [
        (9, 'row "**Total**" skipped: no date read in it'),
        (
            13,
            "a table of dated rows each longer than a day (90 h, …): "
            "a summary of phases, not read as days",
        ),
    ]


def test_dated_rows_of_a_day_or_less_are_still_days() -> None:
    result = read_plan(PHASES / "dated-rows-of-a-day-or-less.md")
    assert days(result.plan) == [
        ("sun", dt.date(2026, 10, 18), "Oct 18, 2026"),
        ("mon", dt.date(2026, 10, 19), "Oct 19, 2026"),
    ]
    assert pinned(result.plan, 0) == [("Full mock exam", 360, None)]
    assert pinned(result.plan, 1) == [("Light review", 30, None)]
    assert result.warnings == ()
