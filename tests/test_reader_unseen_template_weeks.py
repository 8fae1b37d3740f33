"""A weekly template in a plan that says it lasts N weeks: read as the one week it writes, with a
warning that names the weeks and how to schedule them all."""

from __future__ import annotations

import pytest

from planexport.reader import read_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "unseen"


def test_the_weeks_a_template_plan_states_are_named_in_a_warning() -> None:
    result = read_plan(PLANS / "weekly-template-n-weeks.md")
    assert [(d.weekday, d.week) for d in result.plan.days] == [
        ("mon", None),
        ("wed", None),
        ("sat", None),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            1,
            'the plan lasts 6 weeks ("6-week") and writes one week of 3 days: read as that one '
            "week (give the file 6 times to schedule every week)",
        )
    ]


@pytest.mark.parametrize(
    "line",
    ["Duration: 12 weeks", "Follow it for 8 weeks.", "Plan de 10 semanas", "Dauer: 4 Wochen"],
)
def test_the_weeks_may_be_stated_in_a_line_in_any_language(line: str) -> None:
    text = f"# Routine\n\n{line}\n\n## Monday\n\n- Run (30 min)\n\n## Friday\n\n- Swim (45 min)\n"
    (warning,) = read_markdown(text).warnings
    assert warning.line == 3
    assert warning.message.startswith("the plan lasts ")


def test_a_plan_written_in_weeks_or_a_single_day_gets_no_such_warning() -> None:
    weeks = "# 2-week plan\n\n## Week 1\n\n### Monday\n\n- Run (30 min)\n\n## Week 2\n\n"
    weeks += "### Monday\n\n- Run (40 min)\n"
    assert read_markdown(weeks).warnings == ()
    one = "# 6-week plan\n\n## Monday\n\n- Run (30 min)\n"
    assert read_markdown(one).warnings == ()
