"""Lines, headings and dates as unseen plans write them: agendas of `H:MM - Title` lines, lists
of weekdays, words before a weekday, numeric dates, lengths in words, weekday lines of a length."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import load, parse_markdown, read_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "heldout_lines"


def days(plan: Plan) -> list[tuple[int, str | None, dt.date | None, str]]:
    return [(d.number, d.weekday, d.date, d.title) for d in plan.days]


def blocks(plan: Plan, index: int) -> list[tuple[str, int, int, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.max_minutes, b.at) for b in variant.blocks]


def messages(name: str) -> list[str]:
    return [w.message for w in read_plan(PLANS / name).warnings]


def test_start_time_lines_are_an_agenda_and_the_bullets_under_one_describe_it() -> None:
    plan = load(PLANS / "agenda-start-lines-12h.md")
    assert len(plan.days) == 1
    # Each line lasts until the next start; "1:00" after the morning is 13:00; lunch is a gap;
    # "4:30 - Hackathon ends" ends the day and "4:30 - 5:15" after it is the afternoon.
    assert blocks(plan, 0) == [
        ("Doors open", 15, 15, "09:15"),
        ("Pitch ideas", 45, 45, "09:30"),
        ("Build", 105, 105, "10:15"),
        ("Build, second round", 150, 150, "13:00"),
        ("Demos", 60, 60, "15:30"),
        ("Judges meet", 45, 45, "16:30"),
    ]
    (variant,) = plan.days[0].variants
    # "About 30-45 minutes" says how long "Pitch ideas" takes: an item of it, never a block.
    assert [i.text for i in variant.blocks[1].items] == [
        "Each team gets two minutes",
        "About 30-45 minutes",
    ]
    assert not any(b.title.startswith("About") for b in variant.blocks)
    assert messages("agenda-start-lines-12h.md") == []


def test_a_span_with_no_half_of_the_day_and_nothing_before_it_is_the_afternoon_with_a_warning() -> (
    None
):
    plan = load(PLANS / "agenda-span-first-afternoon.md")
    assert blocks(plan, 0) == [
        ("Warm-up quiz", 45, 45, "14:00"),
        ("Case discussion", 75, 75, "14:45"),
        ("Q&A", 30, 30, "16:00"),
    ]
    assert messages("agenda-span-first-afternoon.md") == [
        '"2:00 - 2:45 Warm-up quiz" read as the afternoon: write am or pm'
    ]


def test_a_summary_heading_that_starts_with_weekday_adds_no_second_week() -> None:
    plan = load(PLANS / "weekday-summary-heading.md")
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert blocks(plan, 0) == [("Language course", 120, 120, "18:00")]
    assert messages("weekday-summary-heading.md") == [
        '"Weekday learning (2 hours total)" names days already read: a summary, not more days'
    ]


def test_a_heading_that_lists_weekdays_is_that_day_on_each_of_them_in_week_order() -> None:
    plan = load(PLANS / "weekday-list-headings.md")
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert [d.number for d in plan.days] == [1, 2, 3, 4, 5]
    gym = [("Álgebra", 120, 120, "08:00"), ("Gimnasio", 60, 60, "17:00")]
    assert blocks(plan, 0) == blocks(plan, 2) == blocks(plan, 4) == gym
    assert blocks(plan, 1) == blocks(plan, 3) == [("Programación", 180, 180, "09:00")]
    assert plan.days[1].title == "Rutina (Martes, Jueves)"


def test_a_word_before_the_weekday_still_names_the_day_when_a_date_follows() -> None:
    plan = load(PLANS / "day-heading-word-before-weekday.md")
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("fri", dt.date(2023, 11, 17)),
        ("sat", dt.date(2023, 11, 18)),  # the year from the plan's title
    ]
    assert blocks(plan, 1) == [("Sessions", 150, 150, "09:30")]


def test_numeric_dates_date_the_day() -> None:
    plan = load(PLANS / "numeric-dates.md")
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("mon", dt.date(2023, 3, 6)),
        ("tue", dt.date(2023, 3, 7)),
        ("wed", dt.date(2023, 3, 8)),
    ]


def test_a_numeric_date_that_disagrees_with_the_weekday_wins_with_a_warning() -> None:
    result = read_markdown("# P\n\n## Montag, 7.3.2023\n\n- 08:00 - 09:00 Mathe\n")
    assert [(d.weekday, d.date) for d in result.plan.days] == [("tue", dt.date(2023, 3, 7))]
    assert [w.message for w in result.warnings] == [
        '"Montag, 7.3.2023": 2023-03-07 is a Tuesday, not a Monday: read as Tuesday 2023-03-07'
    ]


def test_a_zero_length_item_is_skipped_with_a_warning_and_the_plan_reads() -> None:
    plan = load(PLANS / "zero-length-item.md")
    assert blocks(plan, 0) == [
        ("Videos of part 1", 70, 70, None),
        ("Videos of part 2", 55, 55, None),
    ]
    assert messages("zero-length-item.md") == [
        '"Videos of part 0 (intro only)" has a zero duration ("0 minutes"): skipped'
    ]


def test_a_backwards_span_is_still_an_error() -> None:
    with pytest.raises(PlanError, match="zero duration"):
        parse_markdown("# P\n\n## Day 1\n\n- 10:00 - 10:00 Nothing\n")


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("3 h et 56 minutes", 236),
        ("2 Std. 30 Min.", 150),
        ("1 hora y 20 minutos", 80),
        ("1 hour and 5 minutes", 65),
        ("2 h e 10 min", 130),
    ],
)
def test_hours_and_minutes_joined_by_a_word_are_one_length(text: str, minutes: int) -> None:
    plan = parse_markdown(f"# P\n\n## Day 1\n\n- Reading: {text}\n")
    assert blocks(plan, 0) == [("Reading", minutes, minutes, None)]


def test_lengths_in_words_in_a_plan() -> None:
    plan = load(PLANS / "lengths-in-words.md")
    assert [(t, lo) for t, lo, _, _ in blocks(plan, 0)] == [
        ("Lecture", 236),
        ("Übung", 150),
        ("Repaso", 80),
        ("Reading", 65),
    ]


def test_link_markup_never_stays_in_titles() -> None:
    plan = load(PLANS / "link-titles.md")
    assert [t for t, _, _, _ in blocks(plan, 0)] == ["Watch lesson 01", "Exercises from chapter 2"]


def test_dutch_weekday_abbreviations_in_dated_headings_are_days_in_their_weeks() -> None:
    plan = load(PLANS / "dutch-abbreviated-dated-headings.md")
    assert [(d.week, d.weekday, d.date) for d in plan.days] == [
        (1, "tue", dt.date(2015, 10, 6)),
        (1, "thu", dt.date(2015, 10, 8)),
        (2, "wed", dt.date(2015, 10, 14)),
    ]
    assert blocks(plan, 2) == [("Bouwen", 180, 180, None)]


def test_short_weekdays_before_a_day_and_month_are_days() -> None:
    plan = load(PLANS / "dutch-short-weekday-slash-date.md")
    # "6/5" gives no year: the weekday is read, the date is not guessed.
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("mon", None),
        ("wed", None),
        ("fri", None),
    ]


def test_vrij_alone_is_not_friday() -> None:
    plan = parse_markdown("# P\n\n## Vrij\n\n- Lezen (1 uur)\n")
    assert [d.weekday for d in plan.days] == [None]


def test_bold_weekday_lines_with_a_length_under_study_days_are_days() -> None:
    plan = load(PLANS / "bold-weekday-lines-study-days.md")
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Lunes"),
        ("tue", "Día de repaso"),
        ("thu", "Proyecto final"),
        ("fri", "Viernes"),
    ]
    assert blocks(plan, 1) == [("Día de repaso", 240, 240, None)]
    assert blocks(plan, 2) == [("Proyecto final", 120, 120, None)]
