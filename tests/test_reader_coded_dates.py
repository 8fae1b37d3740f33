"""A heading's date written as code (`## Monday` then `2024-03-11` in backticks): the day's date and
weekday, as written without the marks; other code in a heading (`1.20`, `npm test`) stays code
and is no date."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "coded_dates"


def _days(name: str) -> list[tuple[str, str | None, dt.date | None, list[tuple[str, int]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (
            day.title,
            day.weekday,
            day.date,
            [(b.title, b.min_minutes) for v in day.variants for b in v.blocks],
        )
        for day in plan.days
    ]


def test_iso_dates_in_code_after_weekdays_are_the_days_dates() -> None:
    assert _days("en-weekday-iso-dates-in-code.md") == [
        ("Graphs", "mon", dt.date(2024, 3, 11), [("BFS drills", 45), ("Notes", 15)]),
        ("Trees", "tue", dt.date(2024, 3, 12), [("DFS drills", 60)]),
    ]
    assert warnings(read_plan(PLANS / "en-weekday-iso-dates-in-code.md")) == []


def test_dotted_dates_in_code_after_german_weekdays() -> None:
    days = _days("de-weekday-dotted-dates-in-code.md")
    assert [(d[1], d[2]) for d in days] == [
        ("wed", dt.date(2024, 3, 13)),
        ("thu", dt.date(2024, 3, 14)),
    ]
    assert days[0][3] == [("Analysis", 90), ("Übungen", 60)]


def test_versions_and_commands_in_code_stay_code_and_date_nothing() -> None:
    assert _days("en-version-in-code-near-miss.md") == [
        ("Upgrade to `1.20`", "mon", None, [("Read the changelog", 30)]),
        ("`npm test` on `2.0.1`", "tue", None, [("Run the suite", 60)]),
    ]
