"""Hours and minutes joined by a comma (`— 2 hrs, 30 mins.`, `1 hour, 5 minutes`), as course
calendars print them, are one length; a comma before anything but minutes of an hour is not."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "comma-lengths"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def lengths(result: ReadResult) -> list[list[tuple[str, int]]]:
    return [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ]


def test_hours_comma_minutes_is_one_length() -> None:
    result = read("session-items-hours-comma-minutes.md")
    assert lengths(result) == [
        [
            ("Evidence lecture and handout", 150),
            ("Hearsay drill set (34 questions)", 100),
            ("Attack outline touch-up", 15),
        ],
        [("Timed essay: Remedies", 65), ("Graded essay review", 60)],
    ]
    assert [d.weekday for d in result.plan.days] == ["mon", "tue"]
    assert warnings(result) == []


def test_a_comma_before_a_count_or_words_keeps_the_hours() -> None:
    result = read("near-miss-comma-not-minutes.md")
    assert lengths(result) == [[("Full mock paper", 120), ("Marking with the scheme", 60)]]


def test_minutes_past_an_hour_after_a_comma_are_not_joined() -> None:
    found = find_duration("Essay 2 hrs, 75 mins")
    assert found is not None
    assert found.lo == 120
    joined = find_duration("Essay 2 hrs, 45 mins")
    assert joined is not None
    assert joined.lo == 165
