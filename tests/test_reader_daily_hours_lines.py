"""Lines that state a day's hours (`**⏱️ Daily Hours:** 8–9 hours`, `**Study Hours:** 3 hours`,
`Hours per day: 2`) are the day's length, not a block of that length."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "daily-hours-lines"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def titled(result: ReadResult) -> list[list[tuple[str, int, str | None]]]:
    return [
        [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks]
        for d in result.plan.days
    ]


def test_daily_hours_under_a_timed_schedule_is_its_length_not_a_block() -> None:
    result = read("month-schedule-daily-hours.md")
    assert titled(result) == [
        [
            ("Organic chemistry reading", 120, "07:00"),
            ("Past-paper questions", 90, "10:00"),
            ("Formula flashcards", 60, "16:00"),
        ]
    ]
    assert result.plan.days[0].variants[0].hours == 5
    assert warnings(result) == []


def test_study_hours_and_hours_per_day_lines_are_the_days_lengths() -> None:
    result = read("day-study-hours-line.md")
    assert titled(result) == [
        [("Mechanics summary sheet", 90, None), ("Timed section of a mock paper", 90, None)],
        [("Optics recap", 60, None), ("Error log review", 60, None)],
    ]
    assert [d.variants[0].hours for d in result.plan.days] == [3, 2]


def test_near_miss_office_hours_stays_a_block() -> None:
    result = read("near-miss-hours-block.md")
    assert titled(result) == [[("Office hours", 60, None), ("Practice problems", 45, None)]]
