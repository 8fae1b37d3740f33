"""A quote that names weekdays in a sentence is no list of the days a table is for."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.day_headings import scattered_weekdays
from tests.paths import DATA
from tests.reader_support import days, pinned

QUOTES = DATA / "quoted_weekday_sentences"


def test_a_weekday_grid_under_a_motto_naming_weekdays_keeps_its_seven_columns() -> None:
    result = read_plan(QUOTES / "grid-under-motto.md")
    assert [(weekday, title) for weekday, _, title in days(result.plan)] == [
        ("mon", "Mon"),
        ("tue", "Tue"),
        ("wed", "Wed"),
        ("thu", "Thu"),
        ("fri", "Fri"),
        ("sat", "Sat"),
        ("sun", "Sun"),
    ]
    assert pinned(result.plan, 0) == [
        ("Algebra", 90, "09:00"),
        ("Tea", 30, "10:30"),
        ("Reading", 60, "11:00"),
    ]
    assert pinned(result.plan, 6) == [
        ("Walk", 90, "09:00"),
        ("Tea", 30, "10:30"),
        ("Walk", 60, "11:00"),
    ]
    assert result.warnings == ()


def test_a_quote_listing_weekdays_still_gives_the_days_of_its_template() -> None:
    result = read_plan(QUOTES / "listed-under-template.md")
    assert days(result.plan) == [
        ("tue", None, "Long Day"),
        ("thu", None, "Long Day"),
        ("sat", None, "Long Day"),
    ]
    assert pinned(result.plan, 2) == [("Deep reading", 120, "08:00"), ("Problem sets", 90, "10:15")]


def test_a_sentence_naming_two_weekdays_over_one_day_table_is_one_day() -> None:
    result = read_plan(QUOTES / "sentence-over-day-table.md")
    assert days(result.plan) == [(None, None, "Day 1")]
    assert pinned(result.plan, 0) == [("Past paper", 90, "09:00"), ("Marking", 75, "10:45")]
    assert result.warnings == ()


def test_weekdays_joined_by_list_words_are_listed_not_scattered() -> None:
    assert not scattered_weekdays("Use this on: Monday, Tuesday, Wednesday and Friday")
    assert not scattered_weekdays("Monday to Friday")
    assert not scattered_weekdays("Saturday (light) or Sunday")
    assert scattered_weekdays("peak on Saturday, full rest on Sunday")
