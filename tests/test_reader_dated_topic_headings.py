"""Day headings that write a full date and then the day's topic after a space alone (`##
**2026-05-16 Wheel basics**`, `## 13.06.2026 Sauerteig`), as summer-school programmes do: a
dated day titled by its topic. A date without its year before words (`### 3/4 of the deck`)
stays no day."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "dated_topic_headings"


def test_iso_date_then_topic_is_a_dated_day() -> None:
    result = read_plan(FOLDER / "iso-date-then-topic.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            dt.date(2026, 5, 16),
            "Wheel basics",
            [("Centring the clay with Ines", 150, "09:30"), ("Pulling walls", 150, "13:00")],
        ),
        (
            None,
            "sun",
            dt.date(2026, 5, 17),
            "Trimming and glazing",
            [("Trimming leather-hard pots", 150, "10:00"), ("Dipping glazes", 120, "14:00")],
        ),
    ]
    assert warnings(result) == []


def test_dotted_date_then_topic_is_a_dated_day() -> None:
    result = read_plan(FOLDER / "dotted-date-then-topic.md")
    assert [(d.date, d.weekday, d.title) for d in result.plan.days] == [
        (dt.date(2026, 6, 13), "sat", "Sauerteig"),
        (dt.date(2026, 6, 14), "sun", "Backen"),
    ]
    assert [b.at for d in result.plan.days for v in d.variants for b in v.blocks] == [
        "09:00",
        "11:15",
        "09:00",
        "10:45",
    ]
    assert warnings(result) == []


def test_a_date_without_its_year_before_words_is_no_day() -> None:
    result = read_plan(FOLDER / "yearless-date-then-words.md")
    assert [(d.title, d.date) for d in result.plan.days] == [("Day 1", None), ("Day 2", None)]
    assert [b.title for d in result.plan.days for v in d.variants for b in v.blocks] == [
        "Review the marked cards",
        "Timed recall",
    ]
