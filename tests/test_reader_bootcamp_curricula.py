"""Bootcamp and self-taught curricula: weeks of `### Day 1 (2h) — Topic` days whose parts are
bold labels with their own length (`**Study + Hands-on (2h):**`) over untimed points."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days, warnings

PLANS = DATA / "bootcamp_curricula"


def test_a_plus_label_with_its_own_hours_is_a_block_not_an_add_intro() -> None:
    # "**Reading + Exercises (2h):**" joins two words with "+": the bracket is the block's own
    # length, so it adds nothing to a plan; its points ("Add a note …") are its items.
    result = read_plan(PLANS / "plus-label-with-own-length.md")
    assert dated_days(result.plan) == [
        (1, None, None, "Borrowing", [("Reading", 30, None), ("Exercises", 90, None)]),
        (1, None, None, "Lifetimes", [("Reading + Exercises", 120, None)]),
    ]
    assert [v.hours for d in result.plan.days for v in d.variants] == [2, 2]
    assert blocks_with_items(result.plan)[2] == (
        "Reading + Exercises",
        120,
        None,
        ["Chapter 10.3, then the `lifetimes` kata", "Add a note on each error you met"],
    )
    assert warnings(result) == []


def test_an_intro_naming_the_shorter_plan_still_adds_to_it() -> None:
    # Near miss: "Everything in the 1-hour plan, plus:" has no length of its own in a bracket.
    result = read_plan(PLANS / "plus-intro-still-adds.md")
    day = result.plan.days[0]
    assert [(v.hours, [(b.title, b.min_minutes) for b in v.blocks]) for v in day.variants] == [
        (1, [("Trait objects", 60)]),
        (2, [("Trait objects", 60), ("Generic bounds kata", 60)]),
    ]
    assert warnings(result) == []


def test_clock_spans_written_as_headings_inside_list_items_are_blocks() -> None:
    # "- ##### `9:00 am - 9:30 am`" over "  - Stand-up with the cohort": a heading that starts a
    # list item is the item's text, so the span times the point under it; "## `Day 1` | Git"
    # is day 1 titled "Git and the shell", without the code span's backtick.
    result = read_plan(PLANS / "heading-spans-in-list-items.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Git and the shell",
            [
                ("Stand-up with the cohort", 30, "09:00"),
                ("Shell exercises, part 1", 150, "09:30"),
                ("Git branching lab", 90, "13:00"),
            ],
        ),
        (None, None, None, "Branches", [("Merge conflicts drill", 90, "09:00")]),
    ]
    assert warnings(result) == []


def test_an_untimed_heading_inside_a_list_item_makes_no_block() -> None:
    # Near miss: "- #### Reading list" over a book gives no length: notes of the day, not a block.
    result = read_plan(PLANS / "untimed-heading-in-list-item.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Install the toolchain", 60, "09:00")
    ]
    assert day.notes == ("Reading list", "The Pro Git book, chapter 1")
    assert warnings(result) == []
