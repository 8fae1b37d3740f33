"""A class time stated once with am or pm above dated class rows (`Lectures are held on
Tuesdays and Thursdays, 1:30 - 2:45 PM`): each dated row is a class at 13:30 of 75 minutes, not
at half past one in the night; a first time with no am or pm of its own that fits before noon
keeps the morning (`from 11:00 to 12:30 p.m.` is 11:00)."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "meridiem_class_times"


def test_pm_after_the_span_makes_it_an_afternoon_class() -> None:
    result = read_plan(FOLDER / "pm-span-over-dated-rows.md")
    assert dated_days(result.plan) == [
        (None, "tue", dt.date(2025, 9, 2), "Sep 2", [("Tides and coastal zones", 75, "13:30")]),
        (None, "thu", dt.date(2025, 9, 4), "Sep 4", [("Plankton", 75, "13:30")]),
        (None, "tue", dt.date(2025, 9, 9), "Sep 9", [("Kelp forests", 75, "13:30")]),
    ]
    assert warnings(result) == [
        "3: the class time 13:30–14:45 is read as the time of every dated class below"
    ]


def test_a_start_before_noon_keeps_the_morning() -> None:
    result = read_plan(FOLDER / "morning-start-before-noon-end.md")
    assert [b for d in dated_days(result.plan) for b in d[4]] == [
        ("Contour lines", 90, "11:00"),
        ("Still life in charcoal", 90, "11:00"),
    ]
    assert warnings(result) == [
        "3: the class time 11:00–12:30 is read as the time of every dated class below"
    ]
