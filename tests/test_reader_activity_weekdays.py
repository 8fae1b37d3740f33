"""A weekly timetable written by activity (`## Judo` / `### Mardi`, `## Karaté` / `### Mardi`):
each weekday once, its classes in time order, the activity their session."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "activity_weekdays"


def _classes(name: str) -> list[tuple[str | None, list[tuple[str, int, str | None, str | None]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (
            d.weekday,
            [(b.title, b.min_minutes, b.at, b.session) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def test_a_weekday_under_two_activities_is_one_day_in_time_order() -> None:
    result = read_plan(PLANS / "sports-club-weekdays.md")
    assert [(d.week, d.weekday, d.title) for d in result.plan.days] == [
        (None, "mon", "Montag"),
        (None, "wed", "Mittwoch"),
    ]
    assert _classes("sports-club-weekdays.md") == [
        (
            "mon",
            [
                ("Anfänger", 60, "15:30", "Tennis"),
                ("Kinder", 60, "17:00", "Schwimmen"),
                ("Erwachsene", 60, "18:00", "Schwimmen"),
            ],
        ),
        ("wed", [("Fortgeschrittene", 90, "16:00", "Tennis")]),
    ]
    assert warnings(result) == []  # no "second Monday"; the notes after the timetable stay out


def test_a_heading_of_two_weekdays_gives_both_and_an_untitled_span_the_activity() -> None:
    assert _classes("two-weekdays-one-heading.md") == [
        (
            "tue",
            [("life drawing", 60, "16:00", "Drawing"), ("Pottery", 120, "18:00", "Pottery")],
        ),
        ("thu", [("Pottery", 120, "18:00", "Pottery")]),
    ]


def test_numbered_weeks_over_weekdays_stay_weeks() -> None:
    plan = read_plan(PLANS / "numbered-weeks-stay-weeks.md").plan
    assert [(d.week, d.weekday) for d in plan.days] == [(1, "mon"), (1, "wed"), (2, "mon")]
    assert [b.session for d in plan.days for v in d.variants for b in v.blocks] == [None] * 3


def test_versions_of_one_week_are_not_activities_of_it() -> None:
    plan = read_plan(PLANS / "versions-of-a-week-stay-apart.md").plan
    assert [b.session for d in plan.days for v in d.variants for b in v.blocks] == [None, None]
    assert [[b.title for b in d.variants[0].blocks] for d in plan.days] == [["Run"], ["Swim"]]
