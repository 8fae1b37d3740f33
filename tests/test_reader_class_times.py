"""Dated class rows with no time take the class time that one sentence above them states."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "class_times"


def _days(name: str) -> list[tuple[str | None, dt.date | None, list[tuple[str, int, str | None]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.weekday, d.date, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_each_dated_row_on_a_named_weekday_is_a_class_and_a_holiday_is_none() -> None:
    result = read_plan(PLANS / "german-weekdays-holiday.md")
    assert _days("german-weekdays-holiday.md") == [
        ("tue", dt.date(2025, 3, 4), [("Einführung", 120, "18:00")]),
        ("thu", dt.date(2025, 3, 6), [("Grundlagen", 120, "18:00")]),
        ("mon", dt.date(2025, 3, 10), []),
        ("tue", dt.date(2025, 3, 11), []),
        ("thu", dt.date(2025, 3, 13), [("Übung 1", 120, "18:00")]),
    ]
    assert warnings(result) == [
        "3: the class time 18:00–20:00 is read as the time of every dated class below",
        '9: "10.03.2025" is not on a weekday the class time names: no class',
    ]


def test_a_french_sentence_with_hours_written_14h00() -> None:
    assert _days("french-one-weekday.md") == [
        ("wed", dt.date(2025, 3, 5), [("Introduction", 180, "14:00")]),
        ("wed", dt.date(2025, 3, 12), [("Les tableaux", 180, "14:00")]),
    ]


def test_two_sentences_with_different_times_are_no_class_time() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / "two-times-refused.md")
    assert caught.value.line == 3
    assert "this sentence gives a time, 09:00 to 11:00, but not as any day's" in str(caught.value)


def test_a_class_titled_by_its_row_keeps_no_note_that_repeats_the_title() -> None:
    plan = read_plan(PLANS / "french-one-weekday.md").plan
    assert [(d.variants[0].blocks[0].title, list(d.notes)) for d in plan.days] == [
        ("Introduction", []),
        ("Les tableaux", []),
    ]
