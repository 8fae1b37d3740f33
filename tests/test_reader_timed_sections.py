"""A plan with no day headings written in sections of one level whose clock times carry on from
one section to the next (`## Chemistry` 08:30–11:00, `## Biology` from 11:30): one day, each
section its blocks' part; times that start again in the next section are no such day."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "timed_sections"


def test_sections_whose_times_carry_on_are_parts_of_one_day() -> None:
    result = read_plan(PLANS / "subject-sections.md")
    assert len(result.plan.days) == 1
    day = result.plan.days[0]
    assert [(b.session, b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Chemistry", "Organic mechanisms paper", 90, "08:30"),
        ("Chemistry", "Mark and correct", 45, "10:15"),
        ("Biology", "Cell biology flashcards", 60, "11:30"),
        ("Biology", "Genetics long answers", 90, "13:30"),
        ("Evening", "Write tomorrow's list", 45, "19:00"),
    ]


def test_times_that_start_again_are_not_one_day() -> None:
    # Two sections from 16:00 each: days in words the reader does not know, refused as such.
    with pytest.raises(PlanError, match=r'2 headings over timed lines .*"Chemie", "Biologie"'):
        read_plan(PLANS / "times-start-again.md")
