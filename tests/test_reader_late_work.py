"""Shifts named for the afternoon or evening in hours that look like the morning (`Late shift
2-10`, `Spätschicht 2-10`, `Turno de tarde 2-10`), and work or school in clock hours below 7
with no am or pm (`1:00-4:00 School`): busy in the afternoon, not at night."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.late_work import afternoon_work
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "late_work"


def _busy(name: str, day: int = 0) -> list[tuple[str, int, str]]:
    plan = read_plan(PLANS / name).plan
    return [(b.at, b.minutes, b.title) for b in plan.days[day].busy]


def test_late_and_evening_shifts_run_in_the_afternoon_and_evening() -> None:
    assert _busy("en-late-and-evening-shifts.md", 0) == [("14:00", 480, "Late shift")]
    assert _busy("en-late-and-evening-shifts.md", 1) == [("18:00", 240, "Evening shift")]
    result = read_plan(PLANS / "en-late-and-evening-shifts.md")
    assert pinned(result.plan, 0) == [("Anatomy flashcards", 90, "10:00")]
    assert [w.message for w in result.warnings] == [
        'read "Late shift" (and 1 more) as busy time, not study'
    ]


def test_a_german_spaetschicht_and_a_spanish_turno_de_tarde() -> None:
    assert _busy("de-spaetschicht.md") == [("14:00", 480, "Spätschicht")]
    assert _busy("es-turno-de-tarde.md") == [("14:00", 480, "Turno de tarde")]


def test_school_in_clock_hours_below_seven_is_the_afternoon() -> None:
    assert _busy("en-school-clock-hours.md") == [("13:00", 180, "School")]
    assert _busy("de-schule-uhrzeit.md") == [("13:00", 240, "Schule")]
    plan = read_plan(PLANS / "de-schule-uhrzeit.md").plan
    assert pinned(plan, 0) == [("Vokabeln", 60, "18:00")]


def test_night_and_early_shifts_keep_their_small_hours() -> None:
    assert _busy("en-night-and-early-stay.md") == [
        ("01:00", 300, "Night shift"),
        ("05:00", 360, "Early shift"),
    ]


@pytest.mark.parametrize(
    ("title", "start", "minutes", "read"),
    [
        ("Turno serale", 6 * 60, 240, 18 * 60),
        ("Poste du soir", 2 * 60, 480, 14 * 60),
        ("Avonddienst", 6 * 60, 240, 18 * 60),
        ("Turno da tarde", 2 * 60, 480, 14 * 60),
        ("Spätdienst", 2 * 60, 480, 14 * 60),
        ("Work", 60, 180, 13 * 60),
        ("Work", 6 * 60, 60, 6 * 60),  # 6-7: the morning
        ("Late reading", 2 * 60, 480, 2 * 60),  # no work
        ("Nachtdienst", 60, 300, 60),
        ("Turno de noche", 60, 300, 60),
        ("Schule", 9 * 60, 240, 9 * 60),
    ],
)
def test_when_a_span_of_work_starts(title: str, start: int, minutes: int, read: int) -> None:
    assert afternoon_work(title, start, minutes) == read
