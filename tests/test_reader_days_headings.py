"""Day headings in the shapes real plans use: pairs, ranges, week prefixes, weekdays, dates."""

from __future__ import annotations

import datetime as dt

from planexport.model import Plan
from planexport.reader import load
from tests.paths import DATA

PLANS = DATA / "plans"


def days(plan: Plan) -> list[tuple[int | None, int, str | None, dt.date | None, str]]:
    return [(d.week, d.number, d.weekday, d.date, d.title) for d in plan.days]


def minutes(plan: Plan) -> list[list[tuple[str, int]]]:
    return [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]


def test_a_pair_of_days_and_a_range_with_a_length_per_day() -> None:
    plan = load(PLANS / "days-pair-and-range-per-day.md")
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Day 1"),
        (2, "Day 2"),
        (3, "Practice"),
        (4, "Practice"),
    ]
    # "(2h/day)" is each day's length, with the bullets as the block's items.
    assert minutes(plan) == [
        [("Basics", 60)],
        [("Basics", 60)],
        [("Practice", 120)],
        [("Practice", 120)],
    ]
    items = plan.days[3].variants[0].blocks[0].items
    assert [i.text for i in items] == ["Past papers", "Flashcards"]


def test_week_prefixes_give_week_and_day() -> None:
    plan = load(PLANS / "days-week-prefix-forms.md")
    assert [(d.week, d.number, d.title) for d in plan.days] == [
        (2, 3, "Day 3"),  # "Week 2 – Day 3"
        (2, 4, "Trees"),  # "W2D4: Trees"
        (3, 1, "Day 1"),  # "Semana 3 · Día 1"
        (3, 2, "Hashing"),  # "Woche 3, Tag 2: Hashing"
    ]


def test_a_weekday_with_a_day_number_under_a_week_gets_that_week() -> None:
    plan = load(PLANS / "days-weekday-with-day-number-in-week.md")
    assert days(plan) == [
        (1, 5, "fri", None, "Day 5"),
        (1, 6, "sat", None, "Day 6"),
        (2, 1, "mon", None, "Day 1"),
    ]


def test_a_weekday_with_its_week_in_brackets() -> None:
    plan = load(PLANS / "days-weekday-week-in-paren.md")
    assert days(plan) == [
        (1, 1, "mon", None, "Monday"),
        (1, 2, "wed", None, "Wednesday"),
        (2, 3, "mon", None, "Monday"),
    ]


def test_a_numbered_day_with_its_weekday_in_brackets_or_after_a_dash() -> None:
    tag = load(PLANS / "days-tag-with-weekday.md")
    assert [(d.number, d.weekday) for d in tag.days] == [(1, "mon"), (2, "tue")]
    dia = load(PLANS / "days-dia-weekday-date.md")
    assert [(d.number, d.weekday, d.date) for d in dia.days] == [
        (1, "mon", dt.date(2026, 3, 2)),
        (2, "tue", dt.date(2026, 3, 3)),
    ]


def test_iso_and_numeric_dates_read_in_the_plans_language() -> None:
    iso = load(PLANS / "days-iso-dates.md")
    assert [(d.weekday, d.date) for d in iso.days] == [
        ("mon", dt.date(2026, 3, 2)),
        ("tue", dt.date(2026, 3, 3)),
    ]
    # French: day first. "02/03/2026" is 2 March.
    french = load(PLANS / "days-numeric-dates-european.md")
    assert [d.date for d in french.days] == [dt.date(2026, 3, 2), dt.date(2026, 3, 3)]
    # English: month first, with the year from the title. "3/2" is March 2, a Monday.
    english = load(PLANS / "days-numeric-dates-us.md")
    assert [(d.weekday, d.date) for d in english.days] == [
        ("mon", dt.date(2026, 3, 2)),
        ("tue", dt.date(2026, 3, 3)),
    ]


def test_a_one_day_plan_takes_the_weekday_and_date_its_title_names() -> None:
    agenda = load(PLANS / "days-one-day-front-matter-date.md")
    # "Jueves 06 de noviembre" with no year anywhere: Thursday, and no guessed date.
    assert days(agenda) == [(None, 1, "thu", None, "Apertura")]
    workshop = load(PLANS / "days-one-day-title-date-year.md")
    # The title is a heading of its day too: a word before the weekday, then the date.
    assert days(workshop) == [(None, 1, "tue", dt.date(2026, 3, 3), "Workshop day: Tuesday")]


def test_a_fraction_in_a_day_title_is_no_date() -> None:
    plan = load(PLANS / "days-fraction-not-a-date.md")
    assert days(plan) == [
        (None, 1, None, None, "Read 1/2 of the notes"),
        (None, 2, None, None, "Read 2/2 of the notes"),
    ]
