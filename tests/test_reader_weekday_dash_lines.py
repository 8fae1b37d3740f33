"""Weekday list items whose weekday is followed by a spaced dash instead of a colon (`**Mon** —
Algebra 1h · Essay 30m`, `Mo – Vokabeln 30 Min. • Grammatik 45 Min.`): a day per weekday, its
activities split at middle dots and bullets as at commas."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "weekday_dash_lines"


def _days(name: str) -> list[tuple[str | None, list[tuple[str, int]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_a_dash_after_the_weekday_opens_its_day() -> None:
    assert _days("en-dash-after-weekday.md") == [
        ("mon", [("Algebra", 60), ("Essay", 30)]),
        ("tue", [("Physics", 90), ("Flashcards", 20)]),
        ("thu", [("Algebra", 60), ("Physics", 45)]),
    ]


def test_short_german_weekdays_with_a_dash_and_bullets() -> None:
    assert _days("de-dash-after-weekday.md") == [
        ("mon", [("Vokabeln", 30), ("Grammatik", 45)]),
        ("wed", [("Lesen", 60)]),
        ("fri", [("Probetest", 90)]),
    ]


def test_a_subject_before_the_dash_is_no_day() -> None:
    assert _days("en-subject-before-dash-stays.md") == [
        (None, [("Maths — Algebra", 60), ("Physics — Optics", 45)])
    ]
