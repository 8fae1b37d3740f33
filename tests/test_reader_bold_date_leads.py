"""Weekday headings whose bold lead holds the date and whose title follows the bold:
`### **Monday, March 2, 2026** - Cloud concepts` is dated 2026-03-02 and titled `Cloud concepts`."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "bold_date_leads"


def test_a_bold_dated_lead_dates_the_day_and_leaves_the_title_after_it() -> None:
    result = read_plan(PLANS / "dated-lead-with-year.md")
    assert days(result.plan) == [
        ("mon", dt.date(2026, 3, 2), "Cloud concepts"),
        ("tue", dt.date(2026, 3, 3), "Core services"),
    ]
    assert pinned(result.plan, 0) == [
        ("Microsoft Learn module 1", 45, None),
        ("Practice questions", 30, None),
    ]
    assert pinned(result.plan, 1) == [("Microsoft Learn module 2", 60, None)]
    assert warnings(result) == []


def test_a_bold_lead_of_weekday_and_month_day_leaves_no_date_in_the_title() -> None:
    plan = read_plan(PLANS / "dated-lead-no-year.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [("sat", "DAY 12"), ("sun", "DAY 13 ⏰")]
    assert pinned(plan, 0) == [("Section 4.1 videos", 120, None), ("Flashcards", 30, None)]
    assert pinned(plan, 1) == [("Practice exam #1 (90 questions)", 90, None)]


def test_a_bold_weekday_with_no_date_keeps_the_numbers_of_its_title() -> None:
    result = read_plan(PLANS / "undated-bold-lead.md")
    assert days(result.plan) == [("mon", None, "3 labs"), ("tue", None, "2 drills")]
    assert pinned(result.plan, 0) == [("Pods and probes", 40, None)]
    assert pinned(result.plan, 1) == [("ClusterIP and NodePort drills", 25, None)]
    assert warnings(result) == []
