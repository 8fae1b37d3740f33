"""A group of weekdays over untimed lines beside a week written day by day (`## Saturday &
Sunday` over `- No class: rest, …`): those days, untimed, the lines their notes, as a single
weekday heading over the same line reads; a group whose weekdays have days of their own is not."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "untimed_groups"


def test_a_weekend_heading_over_a_free_line_is_two_untimed_days() -> None:
    result = read_plan(PLANS / "weekend-heading-over-a-free-line.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Throwing practice", 90, "18:00")]),
        ("wed", [("Glazing", 60, "18:00")]),
        ("sat", []),
        ("sun", []),
    ]
    weekend = result.plan.days[2:]
    assert [d.notes for d in weekend] == [("No class: rest, or visit the open studio",)] * 2
    assert [d.title for d in weekend] == ["Saturday & Sunday"] * 2
    assert warnings(result) == []


def test_samstag_und_sonntag_frei_in_german() -> None:
    result = read_plan(PLANS / "samstag-und-sonntag-frei.md")
    assert [(d.weekday, d.notes) for d in result.plan.days] == [
        ("mon", ()),
        ("tue", ()),
        ("sat", ("frei",)),
        ("sun", ("frei",)),
    ]


def test_a_group_of_weekdays_that_have_their_own_days_is_no_more_days() -> None:
    result = read_plan(PLANS / "weekday-tips-beside-the-days.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Long tones", 45, "19:00")]),
        ("tue", [("Scales", 30, "19:00")]),
    ]


def test_a_bold_label_of_the_weekend_over_a_free_line_is_two_untimed_days() -> None:
    # As "**SAMSTAG**" over "Ganztags frei" is Saturday, titled by its words.
    result = read_plan(PLANS / "bold-label-weekend-line.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "MONTAG"),
        ("wed", "MITTWOCH"),
        ("sat", "Ganztags frei"),
        ("sun", "Ganztags frei"),
    ]
    assert day_blocks(result.plan)[2:] == [("sat", []), ("sun", [])]
    assert warnings(result) == []


def test_a_bold_label_of_weekdays_that_have_their_days_stays_a_note() -> None:
    result = read_plan(PLANS / "bold-label-over-own-days.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "thu"]
    assert result.plan.days[1].notes == ("**Monday & Thursday:** bring water",)
