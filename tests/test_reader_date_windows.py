"""A date heading with its hours or a note in brackets over the day's timed lines (`## March 10
(18:00 - 21:00)`): a day on that date, titled by the date, its lines the blocks."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

if TYPE_CHECKING:
    from pathlib import Path

FOLDER = DATA / "date_windows"


def test_each_dated_heading_is_a_day_of_its_own() -> None:
    plan = read_plan(FOLDER / "dated-evenings.md").plan
    assert days(plan) == [
        ("tue", dt.date(2026, 3, 10), "March 10"),
        ("thu", dt.date(2026, 3, 12), "March 12"),
        ("tue", dt.date(2026, 3, 17), "March 17 (room to be confirmed)"),
    ]
    assert pinned(plan, 0) == [
        ("Loading messy CSV files", 45, None),
        ("Missing values and defaults", 60, None),
        ("Exercise: the bike rental data", 75, None),
    ]
    assert pinned(plan, 1) == [
        ("Dates and time zones", 50, None),
        ("Reshaping long and wide", 70, None),
    ]
    assert pinned(plan, 2) == [("Project clinic", 120, None)]


def test_a_dated_span_over_untimed_lines_stays_one_block(tmp_path: Path) -> None:
    path = tmp_path / "evenings.md"
    path.write_text(
        "# Evenings\n\n## March 10 (18:00 - 21:00)\n- Loading\n- Cleaning\n\n"
        "## March 12 (18:00 - 20:00)\n- Reshaping\n",
        encoding="utf-8",
    )
    result = read_plan(path)
    assert days(result.plan) == [(None, None, "March 10"), (None, None, "March 12")]
    assert pinned(result.plan, 0) == [("Loading", 180, "18:00")]
    assert pinned(result.plan, 1) == [("Reshaping", 120, "18:00")]
    assert "the plan writes no year" in result.warnings[0].message
