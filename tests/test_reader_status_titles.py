"""A status in a day heading (`(done)`, `(feito)`, `✅`) is not part of the day's title."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, warnings

PLANS = DATA / "status_titles"


def test_status_words_and_marks_leave_numbered_day_titles() -> None:
    result = read_plan(PLANS / "numbered-days.md")
    # "(Part 2)" is a title's own bracket; "(done)", "✅" and "(today)" say where the reader is.
    assert [d.title for d in result.plan.days] == ["Arrays", "Day 2", "Graphs", "Trees (Part 2)"]
    assert [b.title for d in result.plan.days for v in d.variants for b in v.blocks] == [
        "Two pointers",
        "Hashing",
        "BFS",
        "DFS",
    ]
    assert warnings(result) == []


def test_status_words_leave_weekday_and_dated_day_titles() -> None:
    result = read_plan(PLANS / "weekday-dated.md")
    assert days(result.plan) == [
        ("mon", dt.date(2025, 3, 3), "Montag, 03.03"),
        ("tue", dt.date(2025, 3, 4), "Dienstag, 04.03"),
        ("wed", None, "Mittwoch"),
    ]
    assert warnings(result) == []
