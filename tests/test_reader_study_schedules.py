"""Exam and certification study schedules: week date ranges that cross a month over day tables,
plain lines of 12-hour clock spans with `AM`/`PM` in capitals, and span lines with their
description on the lines under them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

if TYPE_CHECKING:
    from planexport.model import Plan

PLANS = DATA / "study_schedules"


def notes(plan: Plan) -> list[str | None]:
    return [b.note for d in plan.days for v in d.variants for b in v.blocks]


def test_week_ranges_across_months_are_no_days_and_the_day_tables_are_read() -> None:
    # "**October 26 - November 1, 2026**" under "## Week 1" is the week's range, not a day of
    # November 1 that takes every table after it; its year dates the rows' `Oct 26`.
    result = read_plan(PLANS / "en-week-ranges-across-months-over-day-tables.md")
    assert dated_days(result.plan) == [
        (1, "mon", dt.date(2026, 10, 26), "Mon", [("OSI layers and encapsulation", 60, None)]),
        (1, "wed", dt.date(2026, 10, 28), "Wed", [("Copper and fibre standards", 60, None)]),
        (1, "sat", dt.date(2026, 10, 31), "Sat", [("Build a small lab network", 180, None)]),
        (2, "tue", dt.date(2026, 11, 3), "Tue", [("Subnetting drills", 60, None)]),
        (2, "sun", dt.date(2026, 11, 8), "Sun", [("Practice quiz on addressing", 120, None)]),
        (3, "mon", dt.date(2026, 11, 9), "Mon", [("Static and default routes", 60, None)]),
        (3, "fri", dt.date(2026, 11, 13), "Fri", []),
        (3, "sat", dt.date(2026, 11, 14), "Sat", [("Full mock exam", 90, None)]),
    ]
    assert warnings(result) == []


def test_a_week_range_across_the_new_year_is_no_day_either() -> None:
    # "**December 28, 2026 - January 3, 2027**": two full dates, one week.
    result = read_plan(PLANS / "en-week-range-across-new-year-over-day-table.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Monday", [("Offer and acceptance outline", 120, None)]),
        (1, "thu", None, "Thursday", [("Remedies practice essay", 90, None)]),
        (2, "tue", None, "Tuesday", [("Negligence flashcards", 45, None)]),
        (2, "sat", None, "Saturday", [("Timed torts essay", 120, None)]),
    ]
    assert warnings(result) == []


def test_plain_lines_of_capital_am_pm_spans_are_blocks() -> None:
    # "07:00 AM - 09:00 AM: Chemistry past paper" reads as "07:00 - 09:00: …" does; breakfast is
    # a gap; the title's "Saturday" makes the day a Saturday.
    result = read_plan(PLANS / "en-twelve-hour-lines-upper-case.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            None,
            "Day 1",
            [
                ("Wake up and stretch", 30, "06:30"),
                ("Chemistry past paper", 120, "07:00"),
                ("Physics derivations", 120, "09:30"),
                ("Flashcards for organic reactions", 45, "11:45"),
            ],
        )
    ]
    assert warnings(result) == []


def test_capital_pm_spans_in_one_paragraph_are_a_block_a_line() -> None:
    result = read_plan(PLANS / "en-twelve-hour-lines-one-paragraph.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [
                ("History essay plan", 90, "17:00"),
                ("Maths problem set", 90, "19:15"),
                ("Vocabulary review", 30, "20:45"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_span_line_over_its_description_is_the_block_and_the_description_its_note() -> None:
    # "08:30 AM - 11:30 AM: Paper 1 under exam conditions" over "Phone in another room. …" in
    # one paragraph: the sentences are the block's note, not more words of its title; lunch is
    # a gap and "about 20 min" in a note is no length of the block.
    result = read_plan(PLANS / "en-span-line-over-its-description.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [
                ("Formula sheet warm-up", 30, "08:00"),
                ("Paper 1 under exam conditions", 180, "08:30"),
                ("Mark Paper 1", 90, "12:15"),
            ],
        )
    ]
    assert notes(result.plan) == [
        "Read it once, slowly, then put it away.",
        "Phone in another room. Use the official answer sheet.",
        "Write every wrong answer in the error log, about 20 min for the log alone.",
    ]
    assert warnings(result) == []


def test_a_bulleted_span_over_its_description_reads_the_same() -> None:
    result = read_plan(PLANS / "en-bulleted-span-over-its-description.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [
                ("Organic chemistry mechanisms", 90, "09:00"),
                ("Statistics past questions", 75, "10:45"),
                ("Spaced repetition cards", 45, "13:00"),
            ],
        )
    ]
    assert notes(result.plan) == [
        "Redraw each mechanism from memory, then check.",
        "Only the long questions this time.",
        "Clear the due pile first.",
    ]
    assert warnings(result) == []


def test_plain_labels_over_described_spans_are_the_sections_of_a_plan_with_no_headings() -> None:
    # "Weekday Routine" and "Weekend Routine (Saturday & Sunday)", each a line right above a
    # span's line and its description, head their sections as "## …" headings would: the
    # weekend's days are Saturday and Sunday, the routine's the other five.
    result = read_plan(PLANS / "en-plain-labels-over-described-spans.md")
    weekday = [
        ("Wake up and water", 30, "06:30"),
        ("Deep study block", 120, "07:00"),
        ("Practice questions", 90, "17:00"),
    ]
    weekend = [("Full mock paper", 180, "08:00"), ("Review the mock", 90, "11:30")]
    assert dated_days(result.plan) == [
        *[(None, day, None, "Weekday Routine", weekday) for day in ("mon", "tue", "wed", "thu")],
        (None, "fri", None, "Weekday Routine", weekday),
        *[
            (None, day, None, "Weekend Routine (Saturday & Sunday)", weekend)
            for day in ("sat", "sun")
        ],
    ]
    assert result.plan.days[-1].notes == ("Notes Adjust after the first week.",)
    assert warnings(result) == []


def test_a_title_wrapped_onto_the_next_line_stays_one_title() -> None:
    # "… on graphs and" / "trees, then summarise it": the line goes on, in lower case.
    result = read_plan(PLANS / "en-wrapped-title-stays-one-title.md")
    assert dated_days(result.plan)[0][4] == [
        ("Read the chapter on graphs and trees, then summarise it", 90, "09:00"),
        ("Past paper questions on shortest paths", 75, "10:45"),
    ]
    assert notes(result.plan) == [None, None]


def test_pomodoro_break_rows_with_a_dash_are_gaps() -> None:
    # "☕ Short Break – Walk to the window" is the short break, what to do in it after the dash.
    result = read_plan(PLANS / "en-pomodoro-table-break-rows-with-a-dash.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [
                ("🍅 Pomodoro 1 – Cell division notes", 25, "16:00"),
                ("🍅 Pomodoro 2 – Genetics problems", 25, "16:30"),
                ("🍅 Pomodoro 3 – Past paper question 4", 25, "17:00"),
                ("🍅 Pomodoro 4 – Mark and correct", 25, "17:45"),
            ],
        )
    ]
    assert warnings(result) == []


def test_break_lines_with_a_dash_are_gaps_in_a_list_too() -> None:
    result = read_plan(PLANS / "en-pomodoro-list-break-lines-with-a-dash.md")
    assert dated_days(result.plan)[0][4] == [
        ("Essay introduction", 25, "19:00"),
        ("Essay body paragraphs", 25, "19:30"),
        ("Proofread the essay", 25, "20:00"),
    ]
    assert warnings(result) == []


def test_a_name_that_only_ends_in_break_stays_a_block() -> None:
    from planexport.reader.blocks import is_break

    assert is_break("☕ Short Break – Stretch or hydrate")
    assert not is_break("Spring Break - revision week")
    assert not is_break("Lucky Break – film club")


def test_two_bold_spans_at_a_cells_ends_leave_no_marks_in_the_title() -> None:
    # "**1.1** to **1.6**" is two bold spans, not one bold text "1.1** to **1.6".
    result = read_plan(PLANS / "en-day-table-cells-with-two-bold-spans.md")
    assert dated_days(result.plan) == [
        (None, None, None, "1.1 to 1.6", [("1.1 to 1.6", 35, None)]),
        (None, None, None, "2.1 to 2.14", [("2.1 to 2.14", 120, None)]),
        (None, None, None, "3.1 to 3.9 (hashing)", [("3.1 to 3.9 (hashing)", 80, None)]),
        (None, None, None, "practice test A", [("practice test A", 90, None)]),
    ]
    assert warnings(result) == []


def test_two_bold_spans_in_a_list_line_read_the_same() -> None:
    result = read_plan(PLANS / "en-list-line-with-two-bold-spans.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            None,
            "Saturday",
            [("Chapter 4 and Chapter 5", 90, None), ("Flashcards then quiz", 30, None)],
        )
    ]


def test_unwrap_keeps_marks_that_close_inside_the_text() -> None:
    from planexport.reader.outline import unwrap

    assert unwrap("**1.1** to **1.6**") == "**1.1** to **1.6**"
    assert unwrap("*a* and *b*") == "*a* and *b*"
    assert unwrap("**Read *Dune* now**") == "Read *Dune* now"
    assert unwrap("_my_var_") == "my_var"


def test_early_late_and_mid_parts_of_the_day_are_sessions_not_words_of_the_title() -> None:
    # "**Late Morning:** 20 MBE questions (1 hour)" is as "**Morning:** …" is: the part of the
    # day is the block's session; "Late Morning/Afternoon" too.
    result = read_plan(PLANS / "en-early-and-late-part-of-day-labels.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            None,
            "Monday",
            [
                ("Evidence outline", 120, None),
                ("20 MBE questions on hearsay", 60, None),
                ("Write a practice essay", 90, None),
                ("Flashcards", 30, None),
            ],
        ),
        (
            None,
            "tue",
            None,
            "Tuesday",
            [("100 MBE questions, timed", 180, None), ("Review the wrong answers", 60, None)],
        ),
    ]
    sessions = [b.session for d in result.plan.days for v in d.variants for b in v.blocks]
    assert sessions == [
        "Morning",
        "Late Morning",
        "Early Afternoon",
        "Mid-Morning",
        "Late Morning/Afternoon",
        "Early Evening",
    ]
    assert warnings(result) == []


def test_weekday_rows_no_day_takes_are_warned_by_their_own_titles() -> None:
    # Week 2's rows once quoted week 1's titles ("Upper limb muscles" at line 14).
    result = read_plan(PLANS / "en-unread-weekday-rows-warned-by-their-own-titles.md")
    assert warnings(result) == [
        '7: "Upper limb muscles" is for a weekday that is no day of the plan: not read',
        '8: "Brachial plexus sketch" is for a weekday that is no day of the plan: not read',
        '14: "Lower limb muscles" is for a weekday that is no day of the plan: not read',
        '15: "Lumbar plexus sketch" is for a weekday that is no day of the plan: not read',
    ]


def test_an_emoji_before_a_length_first_line_is_no_title() -> None:
    # "🍅 25 min — Thermodynamics notes": the tomato marks the line; the title is after the
    # length, as in "25 min — Thermodynamics notes"; "☕ 5 min break" is a gap.
    result = read_plan(PLANS / "en-pomodoro-emoji-before-the-length.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [
                ("Thermodynamics notes", 25, None),
                ("Thermodynamics problems", 25, None),
                ("Past paper question 3", 25, None),
                ("Mark the paper", 25, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_session_spans_pin_their_lines_of_lengths_from_their_start() -> None:
    # "### Morning Session (6:00 AM – 9:00 AM)" over "- Physics: … (1.5 hrs)": 06:00, then the
    # next line when it ends; the night's lines run past its hour, said once.
    result = read_plan(PLANS / "en-session-spans-over-lengths.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            None,
            "Monday",
            [
                ("Physics: rotational motion", 90, "06:00"),
                ("Maths: integration drill", 90, "07:30"),
                ("Chemistry: named reactions", 120, "17:00"),
                ("Formula sheet revision", 45, "19:00"),
                ("Mock paper section A", 50, "21:00"),
                ("Mock paper section B", 30, "21:50"),
            ],
        )
    ]
    sessions = [b.session for d in result.plan.days for v in d.variants for b in v.blocks]
    assert sessions == ["Morning Session"] * 2 + ["Evening Session"] * 2 + ["Night Session"] * 2
    assert warnings(result) == [
        '13: "Night Session (9:00 PM – 10:00 PM)" holds 80 min of blocks, more than its span '
        '"9:00 PM – 10:00 PM": read one after the other from its start'
    ]


def test_a_week_column_before_the_day_column_gives_each_week_its_days() -> None:
    # "| 2 | Mon | Services and Ingress |" is week 2's Monday, not a second block on week 1's;
    # an empty week cell is the week above.
    result = read_plan(PLANS / "en-week-and-day-columns-table.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Mon", [("Pod design and labels", 150, None)]),
        (1, "wed", None, "Wed", [("ConfigMaps and Secrets", 90, None)]),
        (2, "mon", None, "Mon", [("Services and Ingress", 120, None)]),
        (2, "thu", None, "Thu", [("Network policies", 45, None)]),
        (2, "sat", None, "Sat", [("Timed mock exam", 120, None)]),
    ]
    assert warnings(result) == []


def test_a_week_column_over_no_weekdays_stays_a_table_of_weekly_hours() -> None:
    result = read_plan(PLANS / "en-week-column-of-hours-stays-weekly.md")
    assert [(d.week, d.weekday) for d in result.plan.days][:2] == [(1, "mon"), (1, "tue")]
    assert len(result.plan.days) == 15


def test_a_one_row_week_under_part_of_day_lengths_is_that_weekdays_day() -> None:
    # Week 2's table has one row: it was left out without a word.
    result = read_plan(PLANS / "en-one-row-week-under-part-lengths.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Mon", [("EC2 instance types", 120, None), ("EC2 quiz", 60, None)]),
        (1, "thu", None, "Thu", [("EBS volume types", 120, None), ("Flashcards", 60, None)]),
        (2, "tue", None, "Tue", [("S3 storage classes", 120, None), ("S3 quiz", 60, None)]),
    ]
    assert warnings(result) == []


def test_bold_dated_weekday_lines_without_bullets_are_a_dated_day_each() -> None:
    # The lines read as they do bulleted: a day a line, dated in the year Dec 14 is a Monday,
    # a block a length; "Rest" is a day with nothing to do.
    result = read_plan(PLANS / "en-bold-dated-weekday-lines-as-paragraphs.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2026, 12, 14),
            "Mon 14 Dec",
            [("Full mock paper", 180, None), ("marking", 60, None)],
        ),
        (None, "tue", dt.date(2026, 12, 15), "Tue 15 Dec", [("Weak topics: vectors", 120, None)]),
        (None, "wed", dt.date(2026, 12, 16), "Wed 16 Dec", []),
        (
            None,
            "thu",
            dt.date(2026, 12, 17),
            "Thu 17 Dec",
            [("Formula sheet", 45, None), ("past paper 2", 120, None)],
        ),
    ]
    assert warnings(result) == []
