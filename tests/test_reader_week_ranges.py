"""Weeks headed by their dates (`## Woche vom 3. bis 9. März 2025`, `## Week of 6 - 12 January`):
weeks 1, 2 … and dates for their weekday days when every week's days fit its range."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.week_ranges import week_range
from tests.paths import DATA

WEEKS = DATA / "week-ranges"


def read(name: str) -> ReadResult:
    return read_plan(WEEKS / name)


def test_week_of_ranges_number_the_weeks_and_date_their_weekdays() -> None:
    plan = read("week-of-ranges-dated.md").plan
    assert [(d.week, d.weekday, d.date) for d in plan.days] == [
        (1, "mon", dt.date(2025, 3, 3)),
        (1, "thu", dt.date(2025, 3, 6)),
        (2, "tue", dt.date(2025, 3, 11)),
    ]


def test_a_range_its_days_do_not_fit_leaves_every_week_undated() -> None:
    plan = read("week-of-range-inconsistent.md").plan
    assert [(d.week, d.weekday, d.date) for d in plan.days] == [
        (1, "mon", None),
        (1, "fri", None),
        (2, "mon", None),
        (2, "wed", None),
    ]


@pytest.mark.parametrize(
    ("heading", "dates"),
    [
        ("Semaine du 6 au 12 janvier 2025", (dt.date(2025, 1, 6), dt.date(2025, 1, 12))),
        (
            "Woche vom 30. Dezember bis 5. Januar 2025",
            (dt.date(2024, 12, 30), dt.date(2025, 1, 5)),
        ),
        ("Semana del 3 al 9 de marzo de 2025", (dt.date(2025, 3, 3), dt.date(2025, 3, 9))),
        ("Week of 3 March 2025", (dt.date(2025, 3, 3), None)),
        ("Week 3", None),
        ("Week of review", None),
    ],
)
def test_week_ranges(heading: str, dates: tuple[dt.date | None, dt.date | None] | None) -> None:
    assert week_range(heading, None) == dates


def test_a_numbered_week_with_its_dates_dates_its_weekday_days() -> None:
    # "## Week 1 (Jan 5 – Jan 11, 2026)": the number, then the range in brackets
    plan = read("numbered-week-ranges.md").plan
    assert [(d.week, d.weekday, d.date) for d in plan.days] == [
        (1, "mon", dt.date(2026, 1, 5)),
        (1, "tue", dt.date(2026, 1, 6)),
        (2, "mon", dt.date(2026, 1, 12)),
    ]
