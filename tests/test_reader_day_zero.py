"""A `### Day 0` heading over prose with nothing timed is advice, not a day numbered 0."""

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
    # "Recomendamos al menos **90 min** de estudio.": a minimum recommended, no block
    assert 'the only length is advice, line 5: "90 min" as a minimum recommended' in message


def test_a_timed_day_zero_is_still_an_error() -> None:
    with pytest.raises(PlanError, match="day numbers start at 1"):
        read_plan(ZERO / "day-zero-timed.md")
