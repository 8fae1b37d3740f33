"""A day written twice with nothing timed in either (`## Día 2` copied at the plan's end): the
copy is skipped with a warning, so a plan with nothing timed is refused for that."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "untimed_copies"


def test_an_untimed_plan_with_a_copied_day_is_refused_as_untimed() -> None:
    with pytest.raises(PlanError, match=r"no timed blocks found \(2 days found, none with"):
        read_plan(PLANS / "es-last-day-copied-untimed.md")


def test_an_untimed_copy_in_a_timed_plan_is_skipped_with_a_warning() -> None:
    result = read_plan(PLANS / "de-copied-day-in-timed-plan.md")
    assert dated_days(result.plan) == [
        (None, None, None, "Day 1", []),
        (None, None, None, "Day 2", [("Vektoren", 45, None)]),
    ]
    assert warnings(result) == ["9: day 1 repeats line 3 with nothing timed (a summary): skipped"]


def test_a_timed_day_written_twice_is_still_an_error() -> None:
    with pytest.raises(PlanError, match=r":9: day 1 appears twice \(first at line 3\)"):
        read_plan(PLANS / "en-repeated-timed-day-still-an-error.md")
