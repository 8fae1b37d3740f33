"""A typical week written once under a template heading after the plan's own weeks
(`## Weekly Schedule Template` over `### Monday-Friday`): the weeks are the plan's days, the
template is said not to apply, never the plan read as the template's one week."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAN = DATA / "template_frames" / "one-edge-case.md"


def test_the_weeks_are_the_days_and_the_template_is_said() -> None:
    result = read_plan(PLAN)
    days = [
        (d.title, d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]
    core = [("Video lessons", 60), ("Console labs", 60)]
    assert days == [
        ("Week 1-2: Core Services", None, core),
        ("Week 1-2: Core Services", None, core),
        ("Week 3: Networking", None, [("VPC labs", 120)]),
    ]
    said = [w.message for w in result.warnings if "typical week" in w.message]
    assert said == [
        '"Weekly Schedule Template" writes a typical week: the plan\'s weeks are read as its '
        "days, the template is not applied to them"
    ]
