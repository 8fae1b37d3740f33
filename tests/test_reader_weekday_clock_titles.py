"""A weekday heading whose title starts with a clock span or time and a mark (`## Monday
18:30-20:00 — Statistics`): the words after the mark are the day's title, not the span."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.clock_brackets import without_clock_lead
from tests.paths import DATA

PLAN = DATA / "weekday_clock_titles" / "one-edge-case.md"


def test_the_words_after_the_clock_are_the_title() -> None:
    plan = read_plan(PLAN).plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Statistics"),
        ("thu", "Spanish"),
        ("sat", "Long review"),
    ]
    assert [b.min_minutes for v in plan.days[0].variants for b in v.blocks] == [45, 45]


def test_a_clock_without_a_mark_after_it_is_left_as_written() -> None:
    assert without_clock_lead("18:00-20:00 Algebra") == "18:00-20:00 Algebra"
    assert without_clock_lead("Algebra 18:00-20:00") == "Algebra 18:00-20:00"
    assert without_clock_lead("18:00 – 20:00") == "18:00 – 20:00"
