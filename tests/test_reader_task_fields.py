"""Obsidian Tasks fields after a timed task's title (`Thesis chapter 3 ⏳ 2027-03-08 ⏫`): the
title is the task's words, the fields its note; `✅ 2027-03-08` marks it done."""

from __future__ import annotations

import datetime

from planexport.reader import read_plan
from planexport.reader.task_fields import task_fields
from tests.paths import DATA

PLANS = DATA / "task_fields"


def test_task_fields_leave_the_title_for_the_note() -> None:
    result = read_plan(PLANS / "tasks-plugin-fields-after-titles.md")
    (day,) = result.plan.days
    assert day.date == datetime.date(2027, 3, 8)
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at, b.done, b.note) for b in variant.blocks] == [
        ("Thesis chapter 3", 90, "08:00", False, "⏳ 2027-03-08 ⏫"),
        ("Water the plants", 30, "09:30", False, "🔁 every week 📅 2027-03-08"),
        ("Lab meeting", 60, "10:00", True, "✅ 2027-03-08"),
        ("Reply to reviewers (draft first)", 45, "11:00", False, "🔼"),
    ]
    assert day.notes == ("[ ] Buy stamps 📅 2027-03-09",)  # untimed: a note as written
    assert not result.warnings


def test_a_title_that_is_only_fields_stays_as_written() -> None:
    assert task_fields("⏳ 2027-03-08") == ("⏳ 2027-03-08", None)
    assert task_fields("Gym") == ("Gym", None)
