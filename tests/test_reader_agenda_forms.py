"""Start-only lines next to spans, lengths restated in a title's bracket, and honest refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from planexport.reader.emphasis import plain
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "agenda_forms"


def test_a_start_only_line_right_before_a_span_lasts_until_the_span_starts() -> None:
    result = read_plan(PLANS / "start-before-span.md")
    assert pinned(result.plan, 0) == [
        ("Welcome and coffee", 30, "09:00"),
        ("Talks in the main hall", 90, "09:30"),
        ("Panel", 60, "11:00"),
        # "12:00 Lunch" is a gap; "13:00 Hands-on workshop" lasts until "15:00-16:00 Wrap-up".
        ("Hands-on workshop", 120, "13:00"),
        ("Wrap-up", 60, "15:00"),
    ]
    assert warnings(result) == []


def test_the_same_in_italian_with_a_coffee_break_between() -> None:
    result = read_plan(PLANS / "it-start-before-span.md")
    assert pinned(result.plan, 0) == [
        ("Registrazione", 30, "08:30"),
        ("Relazioni", 90, "09:00"),
        ("Tavola rotonda", 90, "11:00"),
    ]


def test_a_length_restated_in_brackets_leaves_no_empty_bracket_or_stray_word() -> None:
    plan = read_plan(PLANS / "length-qualifier-in-bracket.md").plan
    assert pinned(plan, 0) == [("Python course", 60, "21:00"), ("Notes (chapter 3)", 30, "22:00")]
    assert pinned(plan, 1) == [("Lesen", 90, "19:00")]


def test_a_refusal_counts_spans_apart_from_times_of_day_without_an_end() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / "spans-in-prose-only.md")
    message = str(caught.value)
    assert message.startswith(f"{PLANS / 'spans-in-prose-only.md'}:1: no timed blocks found")
    assert message.endswith(
        "none with a length; 2 lines give a span of clock time in a form not read as a block "
        '(line 3: "17:30-19:00"); 1 line gives a time of day but no length or end time)'
    )


def test_a_moment_before_a_span_stays_a_note_and_a_meal_a_gap() -> None:
    result = read_plan(PLANS / "moment-before-span.md")
    assert pinned(result.plan, 0) == [("Gimnasio", 60, "07:00"), ("Estudio", 180, "09:00")]
    # The meal between the spans is a gap, its line kept as the day's note: never dropped unsaid.
    assert result.plan.days[0].notes == ("06:30 - Despertar", "08:30 - Desayuno")
    assert warnings(result) == []


def _days(result: ReadResult) -> list[tuple[int | None, str | None, str]]:
    return [(d.week, d.weekday, d.title) for d in result.plan.days]


def test_a_weekday_heading_with_a_trailing_from_word_is_that_day() -> None:
    result = read_plan(PLANS / "en-weekday-from-heading-italic-times.md")
    assert days(result.plan) == [
        ("thu", None, "Thursday"),
        ("fri", None, "Friday"),
        ("sat", dt.date(2026, 5, 16), "Saturday, 16 May"),  # no title "CEST"
    ]
    # "_from 14:00_" is a start in italics whose "from" says it runs on: until the next start,
    # four hours later, past the three hours a bare start-only line is taken to last.
    assert pinned(result.plan, 0) == [
        ("Early workshops", 240, "14:00"),
        ("Welcome round", 60, "18:00"),
    ]
    assert not any(w.line == 4 for w in result.warnings)
    assert pinned(result.plan, 1) == [
        ("Registration", 30, "09:00"),
        ("Talks", 150, "09:30"),
        ("Workshops", 180, "13:00"),
        ("Closing panel", 60, "16:00"),
    ]
    # A time in words stays a note, without the italics that marked it.
    assert result.plan.days[1].notes == ("morning Coffee in the hall",)
    assert pinned(result.plan, 2) == [("Members' meeting", 120, "10:00")]


def test_a_dutch_weekday_heading_with_vanaf_is_that_day() -> None:
    plan = read_plan(PLANS / "nl-weekday-from-heading.md").plan
    assert days(plan) == [("wed", None, "Woensdag"), ("thu", None, "Donderdag")]
    assert pinned(plan, 0) == [
        ("Aankomst en tenten opzetten", 120, "15:00"),
        ("Kennismaking", 60, "17:00"),
    ]


def test_weekday_lines_under_a_weekday_range_are_days_and_untimed_ones_are_not() -> None:
    result = read_plan(PLANS / "weekday-range-abbrev-lines.md")
    assert _days(result) == [
        (1, "tue", "Reading (novel chapters)"),
        (1, "thu", "Essay"),
        (1, "sat", "Saturday"),
        # "- Fri: Check-in (20 min)" at the end of Saturday's list is Friday's, its checklist
        # the block's items (its "2-3 hours" is no block).
        (1, "fri", "Check-in"),
        (2, "tue", "Vokabeln"),
    ]
    assert [
        (b.title, b.min_minutes, b.max_minutes) for b in result.plan.days[0].variants[0].blocks
    ] == [("Reading (novel chapters)", 60, 90)]
    (check_in,) = result.plan.days[3].variants[0].blocks
    assert (check_in.title, check_in.min_minutes) == ("Check-in", 20)
    assert [c.text for c in check_in.items[0].children] == [
        "[ ] 2-3 hours done?",
        "[ ] Essay sent?",
    ]
    assert warnings(result) == ['11: "Subtotal: 2-3 hours" is in no day: not read']


def test_emphasis_around_a_time_or_a_whole_line_does_not_stay_in_notes() -> None:
    plan = read_plan(PLANS / "emphasis-in-notes.md").plan
    assert pinned(plan, 0) == [("Anmeldung", 30, "08:30"), ("Vorträge", 180, "09:00")]
    assert plan.days[0].notes == (
        "nachmittags Exkursion in die Stadt",
        "Alle Räume im Erdgeschoss",
        "Abendessen im Hof 19:00",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Goal:** learn the basics", "**Goal:** learn the basics"),
        ("*Dois*: Numeral cardinal.", "*Dois*: Numeral cardinal."),
        ("*y = 2x* → *x = y/2*", "*y = 2x* → *x = y/2*"),
        (
            "**24.02.** **Ruhetag** 0h **Früh ins Bett**",
            "**24.02.** **Ruhetag** 0h **Früh ins Bett**",
        ),
        ("snake_case and foo_bar", "snake_case and foo_bar"),
        ("**10:30 PM**: Bedtime", "10:30 PM: Bedtime"),
        ("Read chapter 3 *(30 min)*", "Read chapter 3 (30 min)"),
        ("_after lunch_ Walk", "after lunch Walk"),
        ("**0-15 min**: review", "**0-15 min**: review"),
    ],
)
def test_emphasis_that_means_something_stays(text: str, expected: str) -> None:
    assert plain(text) == expected
