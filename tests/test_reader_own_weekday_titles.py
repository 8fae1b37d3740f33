"""A block line that opens with its own day's weekday (`- Sunday: Full mock (3 hrs)` under
`## Sunday`): the name repeats the day, and the block is titled by what follows it. Another
weekday's name says something of its own and stays in the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "own_weekday_titles"


def _days(name: str) -> list[tuple[str | None, list[tuple[str, int]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (day.weekday, [(b.title, b.min_minutes) for v in day.variants for b in v.blocks])
        for day in plan.days
    ]


def test_the_days_own_weekday_before_a_colon_leaves_the_title() -> None:
    assert _days("en-weekday-repeated-before-title.md") == [
        ("sat", [("Revision of weak topics", 120), ("Formula sheet", 30)]),
        ("sun", [("Full mock", 180), ("Analysis", 60)]),
    ]
    assert warnings(read_plan(PLANS / "en-weekday-repeated-before-title.md")) == []


def test_short_german_weekdays_with_and_without_a_dot() -> None:
    assert _days("de-short-weekday-repeated.md") == [
        ("mon", [("Mathe", 60), ("Physik", 45)]),
        ("tue", [("Chemie", 60)]),
    ]


def test_another_weekdays_name_stays_in_the_title() -> None:
    assert _days("en-other-weekday-near-miss.md") == [
        ("sun", [("Monday: prepare the week's list", 20), ("Review notes", 40)]),
    ]
