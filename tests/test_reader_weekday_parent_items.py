"""Weekday list items over bullets of their own (`- Montag, 02.03.2026` over `- 1.5h Lernblock:
…`, `- **Monday**` over `- Scales (20 min)`): a day per item, its timed bullets the blocks."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, days, warnings

PLANS = DATA / "weekday_parent_items"


def test_weekday_and_date_items_over_hour_bullets_are_dated_days() -> None:
    result = read_plan(PLANS / "de-weekday-date-over-hour-bullets.md")
    assert dated_days(result.plan) == [
        (
            1,
            "mon",
            dt.date(2026, 3, 2),
            "Montag",
            [("Lernblock", 90, None), ("Lernblock", 30, None)],
        ),
        (1, "tue", dt.date(2026, 3, 3), "nach der Arbeit", [("Lernblock", 120, None)]),
        (1, "wed", dt.date(2026, 3, 4), "Mittwoch", []),
    ]
    assert result.plan.days[2].notes == ("Nur Karteikarten, kein fester Block",)
    assert [w.line for w in result.warnings] == [10]
    assert "has nothing timed" in warnings(result)[0]


def test_bold_weekday_items_are_days_of_their_bullets() -> None:
    result = read_plan(PLANS / "en-bold-weekday-over-bullets.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "Monday", [("Scales", 20, None), ("Chord changes", 25, None)]),
        (None, "wed", None, "Wednesday", [("Song: Blackbird", 40, None)]),
        (None, "sat", None, "Saturday", [("Jam with the backing track", 60, None)]),
    ]
    assert warnings(result) == []


def test_numbered_weekday_items_read_the_same() -> None:
    plan = read_plan(PLANS / "it-numbered-weekday-over-bullets.md").plan
    assert dated_days(plan) == [
        (
            None,
            "mon",
            None,
            "Lunedì",
            [("Stechiometria", 45, None), ("Esercizi del capitolo 3", 30, None)],
        ),
        (None, "thu", None, "Giovedì", [("Legami chimici", 60, None)]),
    ]


def test_a_topic_after_the_weekday_titles_its_day() -> None:
    plan = read_plan(PLANS / "pt-weekday-topic-over-bullets.md").plan
    assert days(plan) == [("mon", None, "Álgebra"), ("wed", None, "Física")]
    assert [b.min_minutes for v in plan.days[0].variants for b in v.blocks] == [50, 40]


def test_weekday_items_over_untimed_bullets_stay_reminders() -> None:
    result = read_plan(PLANS / "es-untimed-weekday-reminders.md")
    assert days(result.plan) == [(None, None, "Day 1")]
    assert warnings(result) == []
