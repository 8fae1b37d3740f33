"""Weekday headings at the fifth level (`##### Tuesday`, `##### **Monday 3rd**`) under a course's
or workshop's title are its days when no shallower heading names a day."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "deep_weekday_headings"


def test_level_five_weekday_headings_are_the_days() -> None:
    result = read_plan(PLANS / "h5-weekdays-under-title.md")
    assert days(result.plan) == [("tue", None, "Tuesday"), ("wed", None, "Wednesday")]
    assert pinned(result.plan, 0) == [
        ("Talk: Sequencing basics", 60, "10:00"),
        ("Practical: Reading quality reports", 75, "11:15"),
    ]
    assert pinned(result.plan, 1) == [
        ("Talk: Variant calling", 75, "09:30"),
        ("Practical: Filtering variants", 60, "11:00"),
    ]
    assert warnings(result) == []


def test_bold_weekday_with_day_of_month_at_level_five_is_a_day() -> None:
    result = read_plan(PLANS / "h5-bold-weekday-dates.md")
    assert [(w, t) for w, _, t in days(result.plan)] == [
        ("mon", "Monday 3rd"),
        ("tue", "Tuesday 4th"),
    ]
    assert pinned(result.plan, 1) == [("Hands-on: scaling up", 90, "13:00")]
    assert warnings(result) == []


def test_level_five_weekdays_under_a_numbered_day_stay_its_notes() -> None:
    result = read_plan(PLANS / "near-miss-h5-weekday-under-day.md")
    assert [t for _, _, t in days(result.plan)] == ["Algebra"]
    assert pinned(result.plan, 0) == [
        ("Linear equations", 60, "09:00"),
        ("Quadratics", 60, "10:00"),
    ]


def test_one_level_five_weekday_heading_is_no_day() -> None:
    result = read_plan(PLANS / "near-miss-one-h5-weekday.md")
    assert len(result.plan.days) == 1
    assert result.plan.days[0].weekday is None
    assert [b for b, _, _ in pinned(result.plan, 0)] == ["Flashcards", "Past paper"]
