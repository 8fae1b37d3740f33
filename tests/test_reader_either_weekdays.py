"""A heading that offers two weekdays as a choice over untimed lines is one day, the first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days

if TYPE_CHECKING:
    from pathlib import Path

PLAN = DATA / "either_weekdays" / "one-edge-case.md"


def test_the_choice_is_a_day_of_its_own_on_the_first_weekday() -> None:
    plan = read_plan(PLAN).plan
    assert [(d.week, d.weekday) for d in plan.days] == [
        (1, "mon"),
        (1, "wed"),
        (1, "sat"),
        (2, "mon"),
        (2, "sat"),
    ]
    assert plan.days[2].title == "Saturday/Sunday - Mock round"


def test_the_stated_daily_length_reaches_the_choice_too() -> None:
    plan = read_plan(PLAN).plan
    review = plan.days[2].variants[0].blocks
    assert [(b.min_minutes, len(b.items)) for b in review] == [(90, 2)]
    assert [v.hours for d in plan.days for v in d.variants] == [1.5] * 5


def test_timed_lines_under_the_pair_stay_on_both_days(tmp_path: Path) -> None:
    path = tmp_path / "long-runs.md"
    path.write_text("# Runs\n\n### Saturday/Sunday\n- 09:00–11:00 Long run\n", encoding="utf-8")
    assert [w for w, _, _ in days(read_plan(path).plan)] == ["sat", "sun"]
