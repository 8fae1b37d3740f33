"""A `### Day 0` heading over prose with nothing timed is advice, not a day numbered 0; over timed
lines it is the plan's first day, the days after it counted from it."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

ZERO = DATA / "day-zero"


def test_a_day_zero_over_prose_is_no_day_and_the_refusal_says_what_was_found() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan(ZERO / "day-zero-prose.md")
    message = str(caught.value)
    assert "day numbers start at 1" not in message
    # "Recomendamos al menos 90 min": the one length is a recommended minimum, and said so
    assert 'the only length is advice, line 5: "90 min" as a recommended minimum' in message


def test_a_timed_day_zero_is_the_first_day_and_the_days_are_counted_from_it() -> None:
    result = read_plan(ZERO / "day-zero-timed.md")
    assert [(d.number, d.title) for d in result.plan.days] == [(1, "Setup"), (2, "Basics")]
    assert [[b.title for v in d.variants for b in v.blocks] for d in result.plan.days] == [
        ["Install the tools"],
        ["Read chapter one"],
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            3,
            '"Day 0: Setup" is read as the plan\'s first day: its days are counted from it'
            " (Day 1 is day 2)",
        )
    ]


def test_an_untitled_day_after_day_zero_keeps_the_number_it_is_written_with() -> None:
    from planexport.reader import read_markdown

    text = "# P\n\n## Day 0\n- Setup (20 min)\n\n## Day 1\n- Loops (45 min)\n"
    days = read_markdown(text).plan.days
    assert [(d.number, d.title) for d in days] == [(1, "Day 0"), (2, "Day 1")]
