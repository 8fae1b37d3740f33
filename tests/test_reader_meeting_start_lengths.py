"""A weekly meeting's time said as a start and a length (`We meet on Thursdays at 4:00 PM …
We usually meet for an hour.`) is the time of every dated row below, as a class span is; dated
rows that write no year beside rows that write one are read undated, with a warning."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "meeting_start_lengths"


def test_a_start_and_an_hour_in_two_sentences_time_every_dated_row() -> None:
    result = read_plan(FOLDER / "start-and-hour-in-two-sentences.md")
    assert dated_days(result.plan) == [
        (None, "thu", dt.date(2026, 9, 24), "24 Sep", [("Attention is all you need", 60, "16:00")]),
        (None, "thu", dt.date(2026, 10, 1), "1 Oct", [("Deep residual learning", 60, "16:00")]),
        (None, "thu", dt.date(2026, 10, 8), "8 Oct", []),
    ]
    assert warnings(result) == [
        "3: the class time 16:00–17:00 is read as the time of every dated class below"
    ]


def test_rows_without_a_year_beside_rows_with_one_are_said_undated() -> None:
    result = read_plan(FOLDER / "archive-rows-with-years.md")
    assert dated_days(result.plan) == [
        (None, None, None, "3 Mar", [("Sampling designs", 90, "10:30")]),
        (None, None, None, "10 Mar", [("Mixed models", 90, "10:30")]),
        (None, "tue", dt.date(2020, 2, 4), "2020-02-04", [("Old session: surveys", 90, "10:30")]),
    ]
    assert warnings(result) == [
        "3: the class time 10:30–12:00 is read as the time of every dated class below",
        '7: 2 row(s) write a date with no year ("3 Mar") beside rows that write one: read in'
        " order, undated (write the year to date them)",
        '8: dates such as "3/10" can be day or month first: read month first, as in US'
        " English; write 2023-10-02 to be sure",
    ]
