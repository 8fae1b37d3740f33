"""A dated weekday line or heading that ends with the day's hours (`Samstag 14.11.2026 9-17
Uhr`, `## Sonntag 15.11.2026 (10:00-15:00)`): the day is titled by its weekday and date, the
hours no title of it."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from planexport.reader.clock_brackets import hours_only, without_clock_tail
from tests.paths import DATA
from tests.reader_support import days, pinned

PLAN = DATA / "day_hours_titles" / "weekend-course-hours.md"


def test_the_days_hours_are_no_title() -> None:
    plan = read_plan(PLAN).plan
    assert days(plan) == [
        ("sat", dt.date(2026, 11, 14), "Samstag 14.11.2026"),
        ("sun", dt.date(2026, 11, 15), "Sonntag 15.11.2026"),
    ]
    assert pinned(plan, 0) == [
        ("Ebenen und Masken", 90, "09:00"),
        ("Farbkorrektur", 105, "10:45"),
        ("Eigene Fotos bearbeiten", 210, "13:30"),
    ]
    assert pinned(plan, 1) == [("Retusche", 120, "10:00"), ("Export und Druck", 120, "13:00")]


def test_the_tail_rules() -> None:
    assert without_clock_tail("Samstag 10-18 Uhr") == "Samstag"
    assert without_clock_tail("Sonntag (10:00-16:00)") == "Sonntag"
    assert without_clock_tail("Monday 9:00–17:00") == "Monday"
    assert without_clock_tail("Vorlesungen") == "Vorlesungen"
    assert hours_only(" 10-18 Uhr")
    assert hours_only("(9:00 - 17:00)")
    assert not hours_only("Vorlesungen 9-17h")  # a busy time with its name: a title


def test_a_line_made_long_by_its_hours_is_still_a_days_label() -> None:
    plan = read_plan(DATA / "day_hours_titles" / "long-hours-lines.md").plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("sat", dt.date(2026, 6, 20)),
        ("sun", dt.date(2026, 6, 21)),
    ]
    assert plan.days[0].title == "Samstag 20.06.2026"
    assert pinned(plan, 1) == [("Abdrehen", 90, "10:00"), ("Glasieren", 165, "11:45")]
