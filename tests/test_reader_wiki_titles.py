"""Wiki links as notes apps write them: a block titled by an aliased one (`[[Courses/Week 4|
Regression exercises]] (90 min)`) is titled by its label; a weekly note's day headings that
link to daily notes (`## [[Daily/2027-02-15|Monday]]`) are those weekdays and dates."""

from __future__ import annotations

import datetime

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "wiki_titles"


def test_an_aliased_wiki_link_that_opens_a_title_is_its_label() -> None:
    result = read_plan(PLANS / "aliased-wiki-links-in-block-titles.md")
    (day,) = result.plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at) for b in variant.blocks] == [
        ("Regression exercises", 90, None),
        ("Call with Ana about the project", 60, "14:00"),
        ("Spanish vocabulary", 30, "15:00"),
    ]
    assert not result.warnings


def test_day_headings_that_link_to_daily_notes_are_those_dated_days() -> None:
    result = read_plan(PLANS / "weekly-note-linked-day-headings.md")
    days = [
        (
            d.date,
            d.weekday,
            d.title,
            [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]
    assert days == [
        (
            datetime.date(2027, 2, 15),
            "mon",
            "Monday 2027-02-15",  # the label, then the date the link targets
            [("Literature review: two papers", 90, "08:30"), ("German vocabulary", 30, "10:00")],
        ),
        (datetime.date(2027, 2, 16), "tue", "2027-02-16 Tuesday", [("Lab session", 120, "14:00")]),
        (datetime.date(2027, 2, 17), "wed", "Wed 2027-02-17", [("Write the summary", 90, None)]),
    ]
    assert not result.warnings
