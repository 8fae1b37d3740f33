"""Work named by when in the day it runs, before bare hours (`Late work 11-7`, `Work (late)
11–19`, `Evening work 6-10`, `Trabajo de tarde 15-21`, `Travail du soir 18-22`): busy time, as
`Work 9-5` is, and a clock span of such a title (`18:00-20:00 Evening work`) stays a block."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.when_work import work_by_when
from tests.paths import DATA
from tests.reader_support import pinned, warnings

WHEN = DATA / "when_work"


def read(name: str) -> ReadResult:
    return read_plan(WHEN / name)


def busy(result: ReadResult) -> list[list[tuple[str, int, str]]]:
    return [[(b.at, b.minutes, b.title) for b in day.busy] for day in result.plan.days]


def test_late_work_in_bare_hours_is_busy_time_as_work_9_5_is() -> None:
    result = read("en-late-work-bare-hours.md")
    assert busy(result) == [
        [("11:00", 480, "Late work")],
        [("11:00", 480, "Work (late)")],
        [("14:00", 480, "Late work")],  # "Late work 2-10": the afternoon, as "Late shift 2-10"
    ]
    assert [pinned(result.plan, i) for i in range(3)] == [
        [("Anatomy flashcards", 90, "08:00")],
        [("Pharmacology reading", 90, "08:30")],
        [("Case studies", 90, "09:00")],
    ]
    assert result.plan.days[0].notes == ("Late work 11-7",)
    assert warnings(result) == ['4: read "Late work" (and 2 more) as busy time, not study']


def test_a_late_shift_in_24_hours_and_evening_work() -> None:
    result = read("en-late-shift-and-evening-work.md")
    assert busy(result) == [[("13:00", 480, "Late shift")], [("18:00", 240, "Evening work")]]
    assert pinned(result.plan, 1) == [("Essay plan", 90, "14:00")]


def test_german_and_spanish_late_work() -> None:
    result = read("de-es-spaet-und-tarde.md")
    assert busy(result) == [
        [("14:00", 480, "Spätschicht")],
        [("14:00", 480, "Turno tarde")],
        [("15:00", 360, "Trabajo de tarde")],
    ]
    assert warnings(result) == ['4: read "Spätschicht" (and 2 more) as busy time, not study']


def test_french_italian_and_dutch_evening_work() -> None:
    result = read("fr-it-nl-evening-work.md")
    assert busy(result) == [
        [("18:00", 240, "Travail du soir")],
        [("18:00", 300, "Lavoro serale")],
        [("18:00", 240, "Werk (avond)")],
    ]


def test_morning_work_and_a_clock_span_of_evening_work_stay_as_they_were() -> None:
    result = read("en-morning-work-and-clock-spans-stay.md")
    assert busy(result) == [[]]
    assert pinned(result.plan, 0) == [("Reading", 60, "14:00"), ("Evening work", 120, "18:00")]
    assert result.plan.days[0].notes == ("Morning work 9-12", "Late homework 1-3")
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("title", "read_as_work"),
    [
        ("Late work", True),
        ("Work (late)", True),
        ("Arbeit (abends)", True),
        ("Trabajo de tarde", True),
        ("Travail du soir", True),
        ("Lavoro serale", True),
        ("Trabalho à tarde", True),
        ("Werk (avond)", True),
        ("Night work", True),
        ("Morning work", False),
        ("Late homework", False),
        ("Evening work on essays", False),
        ("Late review", False),
        ("Work", False),
    ],
)
def test_work_by_when(title: str, read_as_work: bool) -> None:
    assert work_by_when(title) is read_as_work
