"""Weekday timetables and daily routines with clock times, as students write them."""

from __future__ import annotations

from planexport.reader import load, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "weekday_timetables"


def test_a_weekend_heading_under_a_summary_section_adds_no_saturday() -> None:
    # "### Weekend Study (4-5 hours total)" after "## Saturday" and "## Sunday": a sum of the
    # weekend already read, as "### Weekday Study" is of Monday to Friday
    plan = load(PLANS / "weekend-summary-heading.md")
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert day_blocks(plan)[5] == ("sat", [("Listening practice (podcasts)", 150, "09:00")])
    assert day_blocks(plan)[6] == ("sun", [("Writing an essay", 120, "10:00")])
    assert warnings(read_plan(PLANS / "weekend-summary-heading.md")) == [
        '20: "Weekday Study (2.5 hours total)" names days already read: a summary, not more days',
        '24: "Weekend Study (4-5 hours total)" names days already read: a summary, not more days',
    ]


def test_prose_under_a_section_that_mentions_a_break_is_its_note_not_a_break() -> None:
    # "Near the coffee break, pause at a clean point …" is about the review, not the break
    result = read_plan(PLANS / "section-note-mentions-break.md")
    (day,) = result.plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at) for b in variant.blocks] == [
        ("Morning pages", 30, "06:00"),
        ("Lecture review", 90, "06:30"),
        ("Problem set", 105, "08:15"),
    ]
    assert variant.blocks[1].note == (
        "Go back over yesterday's slides. Near the coffee break, pause at a clean point (the end "
        "of a proof or an example) so that you pick it up again easily."
    )
    assert [i.text for i in variant.blocks[1].items] == ["Rewrite the definitions"]
    assert warnings(result) == []


def test_a_span_titled_only_by_a_bracket_that_restates_its_length_takes_the_brackets_words() -> (
    None
):
    # "🛏️ (7.5 hours of sleep)": the night is "🛏️ sleep", never "🛏️ (of sleep)"
    result = read_plan(PLANS / "routine-night-bracket-length.md")
    (day,) = result.plan.days
    (variant,) = day.variants
    assert [(b.title, b.min_minutes, b.at) for b in variant.blocks] == [
        ("🛏️ sleep", 450, "23:00"),
        ("Shower, make the bed", 30, "06:30"),
        ("📘 Past papers (timed)", 120, "07:00"),
        ("📗 Flashcards and summaries", 160, "09:20"),
        ("📘 Group revision", 120, "18:00"),
        ("reading", 120, "20:30"),
    ]
    assert warnings(result) == []


def test_a_weekday_range_heading_over_start_times_is_those_days_not_a_template() -> None:
    # "## Monday – Friday" over "- 6:45 AM: Wake up and stretch" …: an agenda of start times,
    # each line lasting until the next, as under "## Monday" alone
    result = read_plan(PLANS / "weekday-range-start-list.md")
    weekday_blocks = [
        ("Wake up and stretch", 30, "06:45"),
        ("Lessons", 420, "08:30"),
        ("Homework", 90, "15:30"),
        ("Football training", 90, "17:00"),
        ("Revision", 90, "19:30"),
    ]
    weekend_blocks = [
        ("Lie-in and breakfast", 60, "09:00"),
        ("Piano practice", 60, "10:00"),
        ("Revision", 120, "11:00"),
    ]
    assert day_blocks(result.plan) == [
        *((name, weekday_blocks) for name in ("mon", "tue", "wed", "thu", "fri")),
        ("sat", weekend_blocks),
        ("sun", weekend_blocks),
    ]
    assert [d.title for d in result.plan.days] == 5 * ["Monday – Friday"] + 2 * [
        "Saturday & Sunday"
    ]
    assert warnings(result) == [
        '7: read "Bus to school" as busy time, not study',
        '8: "Lessons" has only a start time and the next one is 7h00 later: read as lasting '
        "until then (over 4 hours)",
        '13: "9:00 PM: Bed" has a start time but no length',
        '21: "2:00 PM: Free afternoon" has a start time but no length',
    ]


def test_a_weekdays_heading_over_a_table_of_start_times_is_monday_to_friday() -> None:
    result = read_plan(PLANS / "weekday-range-start-table.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert day_blocks(result.plan)[0] == (
        "mon",
        [("Morning run", 60, "06:00"), ("Certification course", 120, "19:30")],
    )
    # the office hours and the way home are busy time, kept as the day's notes
    assert result.plan.days[0].notes[:2] == ("08:00–17:30 Office", "17:30–18:30 Commute home")
    assert warnings(result) == [
        '9: read "Office" (and 1 more) as busy time, not study',
        '13: row "Wind down" has a start time but no length',
    ]


def test_a_grid_of_twelve_hour_rows_without_am_or_pm_goes_on_into_the_afternoon() -> None:
    # "| 1:00–2:30 |" under "| 12:00–1:00 |" is 13:00, not one in the night
    result = read_plan(PLANS / "grid-twelve-hour-rows.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert day_blocks(result.plan)[0] == (
        "mon",
        [
            ("Statistics", 120, "08:00"),
            ("French", 90, "10:30"),
            ("Lab hours", 90, "13:00"),
            ("Reading", 90, "18:30"),
        ],
    )
    assert day_blocks(result.plan)[4] == (
        "fri",
        [("Statistics", 120, "08:00"), ("French", 90, "10:30")],
    )
    # the job is busy time, at its afternoon hours
    assert result.plan.days[0].notes == ("15:00–17:00 Part-time job",)
    assert warnings(result) == [
        '8: row "1:00–2:30" read as starting at 13:00, after the row before',
        '9: row "3:00–5:00" read as starting at 15:00, after the row before',
        '9: read "Part-time job" as busy time, not study',
        '10: row "6:30–8:00" read as starting at 18:30, after the row before',
    ]


def test_bold_meal_starts_among_spans_are_each_one_note_of_the_day() -> None:
    # "**12:30 PM** – Lunch": a gap, noted once as "12:30 PM – Lunch", not again with its "**"
    result = read_plan(PLANS / "bold-meal-starts-among-spans.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("History essay plan", 150, "07:30"),
                ("Geography case studies", 135, "10:15"),
                ("Maths past paper", 150, "13:30"),
            ],
        )
    ]
    assert result.plan.days[0].notes == (
        "7:00 AM – Breakfast",
        "12:30 PM – Lunch",
        "6:00 PM – Dinner with family",
    )
    assert warnings(result) == [
        '9: "**6:00 PM** – Dinner with family" has a start time but no length: kept as a note'
    ]


def test_a_weekday_line_of_several_spans_gives_a_block_per_span() -> None:
    # "- Monday: 9:00-11:00 Organic chemistry, 14:00-15:30 Statistics tutorial": two blocks,
    # never one titled "Organic chemistry, 14:00-15:30 Statistics tutorial"
    result = read_plan(PLANS / "weekday-lines-several-spans.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Organic chemistry", 120, "09:00"), ("Statistics tutorial", 90, "14:00")]),
        ("tue", [("Lab practical", 120, "10:00")]),
        (
            "wed",
            [("Seminar", 60, "09:00"), ("Library session", 120, "13:00"), ("Choir", 60, "18:00")],
        ),
        # a part that is no span and title ("room 3") leaves the line as written
        ("thu", [("Lecture, room 3", 60, "09:00")]),
    ]
    assert [d.title for d in result.plan.days][:2] == [
        "Organic chemistry, Statistics tutorial",
        "Lab practical",
    ]
    assert warnings(result) == []


def test_a_line_of_several_spans_under_a_day_heading_gives_a_block_per_span() -> None:
    result = read_plan(PLANS / "day-line-several-spans.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("essay plan", 120, "08:00"),
                ("flashcards", 120, "11:00"),
                ("past paper", 120, "15:00"),
            ],
        ),
        # the break between is a gap
        ("tue", [("Vocabulary", 90, "09:00"), ("Listening", 75, "10:45")]),
    ]
    assert warnings(result) == []


def test_a_school_grid_of_periods_goes_on_past_noon_without_am_or_pm() -> None:
    # "| 6 | 1:05 - 1:50 |" after "| 5 | 12:15 - 1:00 |": 13:05, the sixth period
    result = read_plan(PLANS / "school-periods-after-noon.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue", "wed"]
    assert day_blocks(result.plan)[0][1][-2:] == [("History", 45, "12:15"), ("PE", 45, "13:05")]
    assert warnings(result) == [
        '12: row "1:05 - 1:50" read as starting at 13:05, after the row before'
    ]


def test_a_weekend_in_the_documents_title_is_the_events_name_not_two_days() -> None:
    # "# Robotics weekend" over a Start | End agenda: one day of that agenda, as before the
    # weekday-range headings over start times were read
    result = read_plan(PLANS / "weekend-in-the-title-over-an-agenda.md")
    assert [(d.weekday, len(d.variants[0].blocks)) for d in result.plan.days] == [(None, 2)]
    assert [(b.title, b.min_minutes, b.at) for b in result.plan.days[0].variants[0].blocks] == [
        ("Build the chassis", 180, "09:00"),
        ("Field trials", 120, "13:00"),
    ]
