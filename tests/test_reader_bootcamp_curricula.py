"""Bootcamp and self-taught curricula: weeks of `### Day 1 (2h) — Topic` days whose parts are
bold labels with their own length (`**Study + Hands-on (2h):**`) over untimed points, logs of
clock spans written as headings inside list items, and step headings with their length
(`### 1. Learn (40–60 minutes)`) over bold labels and points, one of them timed."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days, warnings

if TYPE_CHECKING:
    from planexport.model import Block

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


def items_of(block: Block) -> list[tuple[str, list[str]]]:
    """A block's items with the texts of their own items."""
    return [(i.text, [c.text for c in i.children]) for i in block.items]


def test_a_step_heading_keeps_its_length_over_one_timed_point() -> None:
    # "### 1. Learn (40–60 minutes)" over two points and "Optional: a short talk … (10–15 min)":
    # the step is the 40–60 minute block, the short talk one of its points, not the day's block.
    result = read_plan(PLANS / "step-heading-over-one-timed-point.md")
    assert blocks_with_items(result.plan) == [
        (
            "Learn",
            40,
            None,
            [
                "Single-file components",
                "Props down, events up",
                "Optional: a short talk on the reactivity system (10–15 min).",
            ],
        ),
        ("Build", 60, None, ["Scaffold the app with Vite", "Write a counter component"]),
    ]
    assert result.plan.days[0].variants[0].blocks[0].max_minutes == 60
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_bold_labels_under_a_step_heading_are_its_parts() -> None:
    # "**Concepts:**" and "**Read:**" over their points, under "### 1. Learn (30–45 minutes)":
    # parts of the Learn block with their points, not notes of the day.
    result = read_plan(PLANS / "step-heading-over-bold-labels.md")
    learn, build = result.plan.days[0].variants[0].blocks
    assert (learn.title, learn.min_minutes, learn.max_minutes) == ("Learn", 30, 45)
    assert items_of(learn) == [
        ("Concepts:", ["`ref` and `reactive`", "Computed values"]),
        ("Read:", ["The guide's page on reactivity fundamentals"]),
    ]
    assert (build.title, build.min_minutes) == ("Build", 60)
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_timed_points_that_fill_their_heading_stay_its_blocks() -> None:
    # Near miss: "### Katas (60 min)" over two 30-minute katas and nothing untimed: the katas
    # are the blocks, as before.
    result = read_plan(PLANS / "timed-points-filling-their-heading.md")
    assert dated_days(result.plan) == [
        (
            3,
            None,
            None,
            "Practice",
            [("Todo list kata", 30, None), ("Form validation kata", 30, None)],
        )
    ]
    assert warnings(result) == []


def test_a_part_of_the_day_over_mostly_untimed_points_is_one_block() -> None:
    # "### Morning (6:00-8:30 AM)" over a 90-minute lecture and two untimed points: the morning
    # is the block at 06:00, as the evening over its untimed points is; the lecture is a point
    # (each point as written, its box kept).
    result = read_plan(PLANS / "part-span-over-mostly-untimed-points.md")
    assert blocks_with_items(result.plan) == [
        (
            "Morning",
            150,
            "06:00",
            [
                "[ ] Lecture 1: Functions (90 min)",
                "[ ] Rewrite the lecture examples",
                "[ ] Summarise scope rules in the notebook",
            ],
        ),
        ("Evening", 120, "19:00", ["[ ] Problem set 1", "[ ] Push the code"]),
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_a_part_of_the_day_over_mostly_timed_points_still_groups_them() -> None:
    # Near miss: "### Afternoon (14:00-18:00)" over two 90-minute points and one untimed: the
    # timed points are the blocks, placed from 14:00; the untimed one is a note.
    result = read_plan(PLANS / "part-span-over-mostly-timed-points.md")
    assert dated_days(result.plan) == [
        (
            1,
            "tue",
            None,
            "Tuesday",
            [("Recursion drills", 90, "14:00"), ("Sorting kata", 90, "15:30")],
        )
    ]
    assert result.plan.days[0].notes == ("Tidy the notes",)
    assert warnings(result) == []


def test_a_date_in_a_code_span_after_the_topic_leaves_no_empty_span_in_the_title() -> None:
    # "## Day 1 | Python Fundamentals | `2024-03-11`": the date is the day's, and the title is
    # the topic, not "Python Fundamentals | ` `"; a code span that is no date stays in it.
    result = read_plan(PLANS / "date-in-code-span-after-topic.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2024, 3, 11),
            "Python Fundamentals",
            [("LeetCode warm-up", 60, "08:00"), ("Morning scrum", 15, "09:00")],
        ),
        (None, "tue", dt.date(2024, 3, 12), "`git rebase` drills", [("Rebase kata", 60, "08:00")]),
    ]
    assert warnings(result) == []


def test_a_day_stating_its_length_over_a_checklist_with_one_timed_point_is_one_block() -> None:
    # "#### Day 1: Shell" over three points, one of them a "1-hour navigation tutorial", then
    # "**Time:** 2 hours": the day is one 2-hour block of its points, as day 2 (no timed point)
    # is, not a 60-minute tutorial with the other points as notes.
    result = read_plan(PLANS / "stated-day-length-over-checklist.md")
    assert blocks_with_items(result.plan) == [
        (
            "Shell",
            120,
            None,
            [
                "[ ] Read: the shell primer",
                "[ ] Install a terminal emulator",
                "[ ] Complete: 1-hour navigation tutorial",
            ],
        ),
        ("Permissions", 90, None, ["[ ] Read: file modes", "[ ] Practice: chmod and chown"]),
    ]
    assert [d.notes for d in result.plan.days] == [(), ()]
    assert warnings(result) == []


def test_a_day_stating_its_length_over_mostly_timed_points_keeps_them() -> None:
    # Near miss: two 60-minute points and one untimed under "**Time:** 2 hours": the timed
    # points are the day's blocks, as before; the untimed one a note.
    result = read_plan(PLANS / "stated-day-length-over-timed-points.md")
    assert dated_days(result.plan) == [
        (2, None, None, "Addressing", [("Subnetting drills", 60, None), ("Routing lab", 60, None)])
    ]
    assert result.plan.days[0].notes == ("[ ] Note the CIDR table",)
    assert warnings(result) == []


def test_a_day_range_stating_more_than_a_day_holds_shares_it_out() -> None:
    # "#### Day 78-80: Capstone Project" over "**Time:** 12-15 hours": no day holds 12 hours
    # of one block, so the three days share it, 4 to 5 hours each, and the reading says so.
    result = read_plan(PLANS / "day-range-time-more-than-a-day.md")
    assert [
        (d.number, [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [(n, [("Capstone Project", 240, 300)]) for n in (78, 79, 80)]
    assert warnings(result) == [
        '5: "Day 78-80: Capstone Project" gives 720–900 min for 3 days, more than a day holds: '
        "read as 240–300 min on each"
    ]


def test_a_day_range_stating_what_a_day_holds_gives_it_to_each_day() -> None:
    # Near miss: "#### Day 76-77: Weekend Review" over "**Time:** 3-4 hours": each day's, as before.
    result = read_plan(PLANS / "day-range-time-a-day-holds.md")
    assert [
        (d.number, [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [(n, [("Weekend Review", 180, 240)]) for n in (76, 77)]
    assert warnings(result) == []


def test_a_part_of_the_day_over_one_timed_and_one_untimed_point_is_one_block() -> None:
    # "### Morning (6:00-8:30 AM)" over a 90-minute lecture and one untimed practice: the
    # morning's 150 minutes hold both, as on a day of one timed point and two untimed ones.
    result = read_plan(PLANS / "part-span-over-one-timed-one-untimed.md")
    assert blocks_with_items(result.plan) == [
        (
            "Morning",
            150,
            "06:00",
            ["[ ] Lecture 2: Conditionals (90 min)", "[ ] Practice if/elif/else"],
        )
    ]
    assert warnings(result) == []
