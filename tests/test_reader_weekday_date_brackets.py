"""A day heading that dates itself in a bracket with its weekday (`Day 1: Descriptive
Statistics (Thursday, May 29, 2025)`): the date and weekday are the day's, and no `(Thursday)`
is left in its title; a weekday the date does not fall on stays where it is written."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from planexport.reader.own_weekday_titles import without_weekday_bracket
from tests.paths import DATA

PLAN = DATA / "weekday_date_brackets" / "one-edge-case.md"


def test_the_weekday_leaves_the_title_with_the_date() -> None:
    plan = read_plan(PLAN).plan
    assert [(d.weekday, d.date, d.title) for d in plan.days] == [
        ("thu", dt.date(2025, 5, 29), "Descriptive Statistics"),
        ("fri", dt.date(2025, 5, 30), "Probability Rules"),
        ("sat", dt.date(2025, 5, 31), "Distributions (Monday)"),  # not that date's weekday
    ]


def test_the_bracket_rule() -> None:
    assert without_weekday_bracket("Distributions (Saturday)", "sat") == "Distributions"
    assert without_weekday_bracket("Review (Mon,)", "mon") == "Review"
    assert without_weekday_bracket("Review (Monday)", "sat") == "Review (Monday)"
    assert without_weekday_bracket("Review (part 2)", "sat") == "Review (part 2)"
