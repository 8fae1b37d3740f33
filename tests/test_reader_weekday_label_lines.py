"""Bold lines of weekdays right under the document's title (`# Exam Season Routine` over
`**Monday / Wednesday / Friday**`): each is a day label of its own, the title stays the plan's."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings


def test_weekday_labels_under_the_title_are_days_of_their_own() -> None:
    result = read_plan(DATA / "weekday_label_lines" / "title-over-weekday-labels.md")
    plan = result.plan
    assert plan.title == "Exam Season Routine"
    assert [
        (d.weekday, d.title, [b.title for v in d.variants for b in v.blocks]) for d in plan.days
    ] == [
        ("mon", "Monday / Wednesday / Friday", ["Calculus", "Mechanics"]),
        ("tue", "Tuesday & Thursday", ["Organic chemistry"]),
        ("wed", "Monday / Wednesday / Friday", ["Calculus", "Mechanics"]),
        ("thu", "Tuesday & Thursday", ["Organic chemistry"]),
        ("fri", "Monday / Wednesday / Friday", ["Calculus", "Mechanics"]),
        ("sat", "Saturday", ["Past paper"]),
    ]
    assert warnings(result) == []
