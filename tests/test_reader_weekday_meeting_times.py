"""A course's weekly meeting times as list items of weekdays and a span alone (`- Mondays,
09:00-10:30`, `- Tuesdays and Thursdays, 2:00-3:15 PM`): a day per weekday named, each a block
pinned to the span and titled by the heading above (the course's name), not one undated day of
blocks titled `Mondays`."""

from __future__ import annotations

from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "weekday_meeting_times"


def test_plural_weekdays_are_weekly_days_titled_by_the_course() -> None:
    result = read_plan(FOLDER / "plural-weekdays-comma-span.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Seminar in Soil Ecology", 90, "09:00")]),
        ("wed", [("Seminar in Soil Ecology", 90, "09:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["Seminar in Soil Ecology"] * 2
    assert warnings(result) == []


def test_two_weekdays_on_one_line_beside_a_titled_entry() -> None:
    result = read_plan(FOLDER / "two-weekdays-one-line.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Studio time", 75, "14:00")]),
        ("thu", [("Studio time", 75, "14:00")]),
        ("fri", [("Open studio", 60, "16:00")]),
    ]
    assert warnings(result) == []


def test_a_weekday_run_together_with_its_plural_is_no_meeting_and_no_crash() -> None:
    # "Saturday****Saturdays": the plural's "s" is no word's end, so there is nothing to drop;
    # the names were asked about again and again until Python's recursion limit.
    text = "# Weekend\n\n- Flashcards (20 min)\n\n**Saturday****Saturdays**\n- Past paper (2 h)\n"
    result = parse_markdown(text)
    assert [(b.title, b.min_minutes) for d in result.days for v in d.variants for b in v.blocks][
        :1
    ] == [("Flashcards", 20)]
