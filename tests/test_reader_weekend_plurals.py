"""The weekend named in the plural (`**Weekends**`, `### Weekends`, `Wochenenden`, `weekenden`)
beside `**Weekdays**`: Saturday's and Sunday's plan, not more lines of the weekdays'."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

PLURALS = DATA / "weekend_plurals"


def test_weekends_is_saturday_and_sunday_beside_the_weekdays() -> None:
    plan = read_plan(PLURALS / "one-edge-case.md").plan
    weekday = [("Flashcards", 45, "07:15"), ("Past papers", 90, "17:30")]
    weekend = [("Mock exam", 150, "10:00"), ("Error log review", 60, "16:00")]
    assert day_blocks(plan) == [
        ("mon", weekday),
        ("tue", weekday),
        ("wed", weekday),
        ("thu", weekday),
        ("fri", weekday),
        ("sat", weekend),
        ("sun", weekend),
    ]
    assert [day.title for day in plan.days][-2:] == ["Weekends", "Weekends"]
