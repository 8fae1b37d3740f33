"""A table of past results is a record, not a plan; a row's words title its block."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

LOGS = DATA / "results_logs"


def test_a_plan_that_is_only_a_log_of_results_is_refused() -> None:
    with pytest.raises(PlanError, match="no timed blocks found") as caught:
        read_plan(LOGS / "log-only.md")
    assert caught.value.line == 3


def test_a_log_of_results_beside_a_plan_is_left_out_without_a_word() -> None:
    result = read_plan(LOGS / "plan-with-log.md")
    assert days(result.plan) == [("mon", None, "Monday")]
    assert pinned(result.plan, 0) == [
        ("Biology past paper", 90, "09:00"),
        ("Review mistakes", 60, "11:00"),
    ]
    assert result.warnings == ()


def test_a_dated_row_is_titled_by_its_words_never_block() -> None:
    plan = read_plan(LOGS / "dated-rows-untitled-column.md").plan
    assert days(plan) == [
        ("tue", dt.date(2026, 3, 3), "03.03.2026"),
        ("wed", dt.date(2026, 3, 4), "04.03.2026"),
    ]
    assert pinned(plan, 0) == [("Klavier", 45, None)]
    assert pinned(plan, 1) == [("Gitarre", 30, None)]
