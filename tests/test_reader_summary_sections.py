"""A summary section after the plan's days whose lines name weekdays (`## Overview` over
`**Rota A**: shifts on Monday, Thursday, Saturday`) restates the plan: no more days."""

from __future__ import annotations

from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA


def test_a_summary_after_the_days_adds_no_days_and_its_timed_line_is_warned_once() -> None:
    result = read_plan(DATA / "unseen" / "summary-naming-weekdays.md")
    days = result.plan.days
    assert [(d.weekday, d.title) for d in days] == [("mon", "shift"), ("wed", "off")]
    # Monday's shift beside its run is busy time: a note of the day, no block.
    assert [[(b.title, b.min_minutes, b.at) for b in d.variants[0].blocks] for d in days] == [
        [("Run", 60, "20:00")],
        [("Reading", 120, "09:00")],
    ]
    assert days[0].notes == ("07:00-19:00 - Shift",)
    assert [f"{w.line}: {w.message}" for w in result.warnings] == [
        '4: read "Shift" as busy time, not study',
        '13: "**Groceries**: every Friday 18:00-19:00" is in no day: not read',
    ]


def test_a_template_heading_over_a_weekday_line_is_still_days() -> None:
    plan = parse_markdown(
        "# P\n\n## Template A\n\n> Use this on: Monday, Tuesday\n\n- 09:00-10:00 Reading\n"
    )
    assert [d.weekday for d in plan.days] == ["mon", "tue"]
