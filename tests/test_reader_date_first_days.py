"""Day headings that start with a date (`### 2026-12-07 (Mon)`, `### 07.12. Montag`, `### 7 dic
(lun)`, `### 2026-12-07 – Arrays`), dates without a year beside a weekday (`### Monday,
December 7`), and date-only headings beside dated weekday headings."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import parse_markdown, read_markdown, read_plan, weekday_years
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "date_first_days"
MON, WED = dt.date(2026, 12, 7), dt.date(2026, 12, 9)


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        ("en-iso-date-then-weekday.md", ["2026-12-07 (Mon)", "2026-12-09 (Wed)"]),
        ("de-dotted-date-then-weekday.md", ["07.12. Montag", "09.12. Mittwoch"]),
        ("es-short-month-paren-weekday.md", ["7 dic (lun)", "9 dic (mié)"]),
        ("nl-month-abbrev-paren-weekday.md", ["7 dec (ma)", "9 dec (wo)"]),
        (
            "pt-month-name-dash-weekday.md",
            ["7 de dezembro – segunda-feira", "9 de dezembro – quarta-feira"],
        ),
        ("en-bold-date-weekday-lines.md", ["2026-12-07 (Mon)", "Labs"]),
        ("de-list-items-dated-labels.md", ["07.12. Montag", "09.12. Mittwoch"]),
        ("it-plain-list-items-dated-labels.md", ["7 dicembre, lunedì", "9 dicembre, mercoledì"]),
        ("nl-plain-lines-date-then-weekday.md", ["7 december maandag", "9 december woensdag"]),
    ],
)
def test_a_heading_that_starts_with_a_date_and_its_weekday_is_a_dated_day(
    name: str, titles: list[str]
) -> None:
    result = read_plan(PLANS / name)
    assert days(result.plan) == [("mon", MON, titles[0]), ("wed", WED, titles[1])]
    assert pinned(result.plan, 0)[0][1:] == (120, "09:00")
    assert pinned(result.plan, 1)[0][2] == "10:00"
    assert warnings(result) == []


def test_the_blocks_under_a_date_first_heading_are_its_own() -> None:
    plan = read_plan(PLANS / "en-iso-date-then-weekday.md").plan
    assert pinned(plan, 0) == [("Maths", 120, "09:00"), ("Statistics", 60, "11:30")]
    assert pinned(plan, 1) == [("Physics", 60, "10:00")]


def test_a_topic_after_the_date_or_its_weekday_is_the_days_title() -> None:
    plan = read_plan(PLANS / "en-iso-date-then-topic.md").plan
    assert days(plan) == [("mon", MON, "Arrays"), ("tue", dt.date(2026, 12, 8), "Graphs")]
    assert pinned(plan, 0) == [("Two pointers", 90, "09:00"), ("Sliding window", 60, "11:00")]


def test_a_weekday_that_is_not_the_dates_is_warned_about_and_the_date_wins() -> None:
    result = read_plan(PLANS / "en-date-weekday-mismatch.md")
    assert days(result.plan)[0] == ("tue", dt.date(2026, 12, 8), "2026-12-08 (Mon)")
    assert warnings(result) == [
        '3: "2026-12-08 (Mon)": 2026-12-08 is a Tuesday, not a Monday: read as Tuesday 2026-12-08'
    ]


def test_a_slashed_date_before_its_weekday_takes_the_order_the_weekday_shows() -> None:
    result = read_plan(PLANS / "fr-slash-date-dash-weekday.md")
    assert days(result.plan) == [
        ("mon", MON, "07/12 – Lundi"),
        ("wed", WED, "09/12 – Mercredi"),
    ]
    assert warnings(result) == [
        '3: "07/12 – Lundi": 07/12 can be day or month first: read day first, as 2026-12-07 '
        "is a Monday; write 2026-12-07 to be sure"
    ]


def test_a_weekday_and_a_topic_after_a_slashed_date() -> None:
    result = read_plan(PLANS / "it-slash-date-weekday-topic.md")
    assert days(result.plan) == [("mon", MON, "Algebra"), ("wed", WED, "Geometria")]
    assert pinned(result.plan, 0) == [("Esercizi", 120, "09:00"), ("Ripasso", 60, "11:30")]
    assert len(warnings(result)) == 1  # the order, said once for the plan


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        ("en-weekday-month-day-no-year.md", ["Monday, December 7", "Wednesday, December 9"]),
        ("es-weekday-long-date-no-year.md", ["Lunes 7 de diciembre", "Miércoles 9 de diciembre"]),
        ("de-short-weekday-then-dotted-date.md", ["Mo, 07.12", "Mi, 09.12"]),
    ],
)
def test_a_date_without_a_year_beside_its_weekday_takes_the_year_it_falls_on_it(
    name: str, titles: list[str]
) -> None:
    result = read_plan(PLANS / name)
    assert days(result.plan) == [("mon", MON, titles[0]), ("wed", WED, titles[1])]
    assert warnings(result) == []


def test_a_weekday_date_near_today_is_one_to_come_or_of_these_two_weeks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # December 7 is a Monday in 2020 and in 2026.
    monkeypatch.setattr(weekday_years, "today", lambda: dt.date(2026, 12, 16))
    plan = read_plan(PLANS / "en-weekday-month-day-no-year.md").plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("mon", dt.date(2026, 12, 7)),
        ("wed", dt.date(2026, 12, 9)),
    ]


def test_a_weekday_date_long_past_today_is_left_undated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The nearest Monday, December 7 to March 2021 is three months back: a plan of its own
    # year, never scheduled into the past by a year the plan does not write.
    monkeypatch.setattr(weekday_years, "today", lambda: dt.date(2021, 3, 1))
    plan = read_plan(PLANS / "en-weekday-month-day-no-year.md").plan
    assert [(d.weekday, d.date) for d in plan.days] == [("mon", None), ("wed", None)]


def test_a_weekday_date_in_no_year_near_today_is_left_undated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(weekday_years, "today", lambda: dt.date(2029, 3, 1))
    plan = read_plan(PLANS / "en-weekday-month-day-no-year.md").plan
    assert [(d.weekday, d.date) for d in plan.days] == [("mon", None), ("wed", None)]


def test_the_weekday_picks_day_or_month_first_and_says_so() -> None:
    result = read_plan(PLANS / "en-weekday-slash-date-order.md")
    assert days(result.plan) == [("mon", MON, "7/12"), ("wed", WED, "9/12")]
    assert warnings(result) == [
        '3: "Monday 7/12": 7/12 can be day or month first: read day first, as 2026-12-07 is a '
        "Monday; write 2026-12-07 to be sure"
    ]


def test_a_us_plan_reads_month_first_when_the_weekday_agrees() -> None:
    result = read_plan(PLANS / "en-us-weekday-slash-date.md")
    assert days(result.plan) == [("mon", MON, "12/7"), ("wed", WED, "12/9")]
    assert warnings(result) == [
        '5: "Monday 12/7": 12/7 can be day or month first: read month first, as 2026-12-07 is a '
        "Monday; write 2026-12-07 to be sure"
    ]


def test_a_date_after_a_dated_day_takes_the_year_near_it_across_new_year() -> None:
    plan = read_plan(PLANS / "fr-year-crossing-near-dated-day.md").plan
    assert days(plan) == [
        ("mon", dt.date(2026, 12, 28), "2026-12-28 (lundi)"),
        ("mon", dt.date(2027, 1, 4), "4 janv. (lundi)"),
    ]
    assert [d.number for d in plan.days] == [1, 2]


def test_one_date_on_no_such_weekday_leaves_every_day_undated_with_a_warning() -> None:
    result = read_plan(PLANS / "de-wrong-weekday-no-year.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [("mon", None), ("fri", None)]
    assert warnings(result) == [
        '7: "09.12. Freitag": 09.12. is no Friday within a year of the plan\'s dates or today: '
        "its weekday is read, its date is not"
    ]


@pytest.mark.parametrize(
    "name", ["en-weekday-date-then-date-only.md", "en-date-weekday-then-date-only.md"]
)
def test_a_date_only_heading_beside_a_dated_weekday_heading_is_a_day_too(name: str) -> None:
    result = read_plan(PLANS / name)
    assert [(d.number, d.weekday, d.date) for d in result.plan.days] == [
        (1, "mon", MON),
        (2, "wed", WED),
    ]
    assert pinned(result.plan, 1) == [("Physics", 60, "10:00")]
    assert warnings(result) == []


def test_a_date_then_another_date_is_a_range_not_a_day() -> None:
    text = "# P\n\n### 2026-12-07 – 2026-12-13\n\n- 09:00–10:00 Maths\n"
    with pytest.raises(PlanError, match="not read as days"):
        parse_markdown(text + "\n### 2026-12-14 – 2026-12-20\n\n- 09:00–10:00 Physics\n")


def test_a_topic_may_start_with_a_short_weekday_name() -> None:
    plan = parse_markdown("# P\n\n## 2026-12-07 – Do the exercises\n\n- 09:00–10:00 Maths\n")
    assert days(plan) == [("mon", MON, "Do the exercises")]


def test_a_date_only_heading_under_another_level_joins_no_weekday_days() -> None:
    text = (
        "# P\n\n## Mon 2026-12-07\n\n- 09:00–10:00 Maths\n\n### 2026-12-01\n\n- Notes\n\n"
        "## Wed 2026-12-09\n\n- 10:00–11:00 Physics\n"
    )
    plan = parse_markdown(text)
    assert [(d.weekday, d.date) for d in plan.days] == [("mon", MON), ("wed", WED)]


def test_a_date_first_heading_mixed_in_with_a_wrong_weekday_is_warned_about() -> None:
    text = (
        "# P\n\n## Mon 2026-12-07\n\n- 09:00–10:00 Maths\n\n"
        "## 2026-12-10 (Wed)\n\n- 10:00–11:00 Physics\n\n## Notes\n\n2026-12-11 (Wed)\n"
    )
    result = read_markdown(text)
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", MON),
        ("thu", dt.date(2026, 12, 10)),
    ]
    assert warnings(result) == [
        '7: "2026-12-10 (Wed)": 2026-12-10 is a Thursday, not a Wednesday: read as Thursday '
        "2026-12-10"
    ]


def test_a_hyphenated_weekday_before_a_date_without_a_year_dates_the_day() -> None:
    result = read_plan(PLANS / "pt-hyphenated-weekday-slash-date.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [("mon", MON), ("wed", WED)]
    assert warnings(result) == [
        '3: "Segunda-feira 7/12": 7/12 can be day or month first: read day first, as '
        "2026-12-07 is a Monday; write 2026-12-07 to be sure"
    ]


def test_bold_date_first_and_weekday_first_lines_are_each_their_own_day() -> None:
    result = read_plan(PLANS / "en-bold-date-first-then-weekday-first.md")
    assert days(result.plan) == [("mon", MON, "2026-12-07 (Mon)"), ("wed", WED, "Wednesday")]
    assert pinned(result.plan, 0) == [("Maths mock", 120, "09:00")]
    assert pinned(result.plan, 1) == [("Physics mock", 60, "10:00")]
    assert warnings(result) == []


def test_a_section_number_with_dots_before_a_topic_is_no_date() -> None:
    text = "# Course\n\n## 1.2. – Setup\n\n- 09:00–10:00 Install\n\n## 1.3. – Basics\n\n"
    # Not 1 February and 1 March: two numbered sections of one day, its times carrying on.
    plan = parse_markdown(text + "- 10:00–11:00 Syntax\n")
    assert [(d.weekday, d.date) for d in plan.days] == [(None, None)]
    assert pinned(plan, 0) == [("Install", 60, "09:00"), ("Syntax", 60, "10:00")]


def test_a_one_day_plan_titled_by_a_weekday_and_a_date_takes_its_year_too() -> None:
    plan = read_plan(PLANS / "es-one-day-title-weekday-date.md").plan
    assert [(d.weekday, d.date) for d in plan.days] == [("mon", MON)]
    assert pinned(plan, 0) == [("Matemáticas", 120, "09:00"), ("Historia", 60, "11:30")]


def test_a_weekday_after_a_full_numeric_date_picks_its_order() -> None:
    # Day first, 12/07/2026 would be a Sunday: the Monday the heading names is 7 December.
    result = read_plan(PLANS / "es-numeric-date-order-by-weekday.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [("mon", MON), ("wed", WED)]
    assert warnings(result) == []


def test_numbers_that_can_only_be_a_day_and_a_month_before_a_topic_are_dated_days() -> None:
    plan = read_plan(PLANS / "en-day-month-numbers-then-topic.md").plan
    blocks = [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]
    assert [(d.weekday, d.date, d.title) for d in plan.days] == [
        ("wed", dt.date(2027, 4, 14), "Algebra"),
        ("thu", dt.date(2027, 4, 15), "Geometry"),
    ]
    assert blocks == [[("Past paper", 120)], [("Flashcards", 45)]]


def test_small_numbers_before_a_topic_stay_section_numbers() -> None:
    plan = read_plan(PLANS / "en-small-numbers-then-topic-stay.md").plan
    assert [(d.date, [b.title for v in d.variants for b in v.blocks]) for d in plan.days] == [
        (None, ["1/2 – Setup", "3/4 – Practice"])
    ]


def test_a_weekday_heading_dated_by_its_weekday_is_titled_by_its_topic_not_its_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(weekday_years, "today", lambda: dt.date(2026, 11, 30))
    plan = parse_markdown("# R\n\n## Monday 7/12 – Algebra\n- Past paper (2h)\n")
    assert [(d.weekday, d.date, d.title) for d in plan.days] == [
        ("mon", dt.date(2026, 12, 7), "Algebra")
    ]
