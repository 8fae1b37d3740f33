"""Dataview inline fields that give a task its length or time (`[duration:: 45 min]`, `(est::
2h)`, `[time:: 09:00-10:30]`): the task's length or span, its title its own words; other
fields (`[priority:: high]`, `[due:: 2027-03-01]`) stay as written."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "inline_fields"


def test_length_and_time_fields_are_the_blocks_lengths_and_spans() -> None:
    result = read_plan(PLANS / "dataview-length-fields-on-tasks.md")
    (day,) = result.plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at, b.done, b.note) for b in variant.blocks] == [
        ("Read chapter 4 of the methods book", 45, None, False, None),
        ("Essay introduction", 90, "09:00", False, None),
        ("Thesis figures", 120, "10:30", False, None),
        ("Anki reviews", 20, "12:30", True, "[priority:: high]"),
    ]
    assert day.notes == ("[ ] Renew the library card [due:: 2027-03-01]",)
    assert not result.warnings
