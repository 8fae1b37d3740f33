"""Lists of dated weekday lines not in bold (`- Mon 12/04/2027 — Organic chemistry past paper
(2h)`): a dated day a line, titled by its topic, its length its block; a list of dated reminders
with no length stays as written."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "plain_dated_lines"


def test_abbreviated_weekdays_with_dates_and_a_rest_day() -> None:
    result = read_plan(PLANS / "en-abbreviated-weekdays-with-years.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2027, 4, 12), "Organic chemistry past paper",
         [("Organic chemistry past paper", 120, None)]),
        (None, "tue", dt.date(2027, 4, 13), "Thermodynamics flashcards",
         [("Thermodynamics flashcards", 45, None)]),
        (None, "wed", dt.date(2027, 4, 14), "Rest", []),
        (None, "thu", dt.date(2027, 4, 15), "Mock exam", [("Mock exam", 180, None)]),
    ]  # fmt: skip
    assert warnings(result) == []


def test_spanish_dates_in_words() -> None:
    assert dated_days(read_plan(PLANS / "es-dates-in-words.md").plan) == [
        (None, "mon", dt.date(2027, 4, 12), "Derivadas", [("Derivadas", 60, None)]),
        (None, "tue", dt.date(2027, 4, 13), "Integrales", [("Integrales", 90, None)]),
    ]


def test_ticked_boxes_mark_their_block_done() -> None:
    plan = read_plan(PLANS / "en-boxes.md").plan
    assert [(d.title, [b.done for v in d.variants for b in v.blocks]) for d in plan.days] == [
        ("Cell biology notes", [True]),
        ("Genetics problems", [False]),
    ]


def test_dated_reminders_with_no_length_are_no_days() -> None:
    plan = read_plan(PLANS / "en-dated-reminders-stay.md").plan
    assert [(d.date, d.title) for d in plan.days] == [(None, "Arrays"), (None, "Strings")]
