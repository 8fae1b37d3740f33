"""Titles, dates and warnings: a dated day's topic given elsewhere in the plan, a daily rate
beside a length (`30 min per day of reading`), dashed dates (`24-03-2025`), and one warning for
day headings whose weekdays are all off their dates by the same days."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "dated_topics"
MON, TUE = dt.date(2026, 12, 7), dt.date(2026, 12, 8)


def test_a_dated_day_with_only_a_length_is_titled_by_the_topic_of_the_plans_list() -> None:
    result = read_plan(PLANS / "fr-dated-heading-length-topic-list.md")
    assert days(result.plan) == [
        ("mon", MON, "Lundi 7 décembre 2026"),
        ("tue", TUE, "Mardi 8 décembre 2026"),
    ]
    # the list before the days wins over the two bold words of the day's text
    assert pinned(result.plan, 0) == [("suites numériques", 60, None)]
    assert pinned(result.plan, 1) == [("géométrie dans l'espace", 45, None)]


def test_a_dated_day_is_titled_by_the_one_bold_phrase_of_its_text() -> None:
    result = read_plan(PLANS / "de-dated-heading-length-bold-topic.md")
    assert pinned(result.plan, 0) == [("Graphentheorie", 60, None)]
    assert pinned(result.plan, 1) == [("Satz des Pythagoras", 30, None)]
    assert days(result.plan)[0] == ("mon", MON, "Montag, 7. Dezember 2026")


def test_a_dated_day_with_no_single_topic_is_titled_by_its_weekday() -> None:
    result = read_plan(PLANS / "en-dated-heading-length-two-bold.md")
    assert pinned(result.plan, 0) == [("Monday", 60, None)]  # a date is no block's title
    assert pinned(result.plan, 1) == [("Tuesday", 60, None)]
    assert [d.title for d in result.plan.days] == [
        "Monday 7 December 2026",
        "Tuesday 8 December 2026",
    ]


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        ("en-rate-per-day-of-reading.md", [("reading", 30), ("writing", 20)]),
        ("de-rate-taeglich-before-length.md", [("Lesen", 30), ("Vokabeln", 45)]),
        ("es-rate-al-dia.md", [("lectura", 60), ("gramática", 30)]),
        ("it-rate-al-giorno.md", [("ripasso", 40), ("esercizi", 20)]),
        ("pt-rate-por-dia.md", [("leitura", 30), ("exercícios", 60)]),
        ("nl-rate-per-dag.md", [("lezen", 60), ("woordjes", 20)]),
    ],
)
def test_a_daily_rate_beside_a_length_goes_with_the_length(
    name: str, titles: list[tuple[str, int]]
) -> None:
    result = read_plan(PLANS / name)
    assert [(title, minutes) for title, minutes, _ in pinned(result.plan, 0)] == titles
    assert result.warnings == ()


def test_a_rate_away_from_the_length_or_alone_stays() -> None:
    result = read_plan(PLANS / "en-rate-not-beside-length.md")
    assert pinned(result.plan, 0) == [("Daily review", 10, None), ("per day", 30, None)]


def test_dashed_dates_with_their_year_are_dates_day_first() -> None:
    result = read_plan(PLANS / "nl-dashed-dates.md")
    assert days(result.plan) == [
        ("mon", dt.date(2025, 3, 24), "Maandag 24-03-2025"),
        ("tue", dt.date(2025, 3, 25), "Dinsdag 25-3-2025"),
    ]
    assert pinned(result.plan, 0) == [("Wiskunde", 60, "09:00")]
    assert result.warnings == ()


def test_a_heading_that_starts_with_a_dashed_date_gives_its_topic() -> None:
    result = read_plan(PLANS / "nl-dashed-date-first-topic.md")
    assert days(result.plan) == [
        ("mon", dt.date(2025, 3, 24), "Wiskunde"),
        ("wed", dt.date(2025, 3, 26), "Engels"),
    ]


def test_iso_dates_and_hour_ranges_are_not_dashed_dates() -> None:
    result = read_plan(PLANS / "en-dashed-ranges-kept.md")
    assert days(result.plan) == [("mon", dt.date(2025, 3, 24), "2025-03-24")]
    assert pinned(result.plan, 0) == [("Maths", 120, "09:00"), ("Physics", 60, "14:00")]


def test_many_headings_a_day_off_their_dates_are_warned_once() -> None:
    result = read_plan(PLANS / "de-weekdays-shifted-one-day.md")
    assert [d.weekday for d in result.plan.days] == ["tue", "wed", "thu", "fri"]
    assert result.plan.days[0].date == TUE
    assert warnings(result) == [
        "3: 4 headings name the weekday before their date (lines 3, 6, 9 …): the dates are read"
    ]


def test_two_headings_off_their_dates_are_each_warned() -> None:
    result = read_plan(PLANS / "es-weekdays-shifted-two-only.md")
    assert warnings(result) == [
        '3: "Lunes 8 de diciembre de 2026": 2026-12-08 is a Tuesday, not a Monday: '
        "read as Tuesday 2026-12-08",
        '6: "Martes 9 de diciembre de 2026": 2026-12-09 is a Wednesday, not a Tuesday: '
        "read as Wednesday 2026-12-09",
    ]


def test_a_heading_off_by_other_days_keeps_its_own_warning() -> None:
    result = read_plan(PLANS / "it-weekdays-shifted-mixed.md")
    said = [w for w in warnings(result) if "day or month first" not in w]
    assert said == [
        "3: 3 headings name the weekday before their date (lines 3, 6, 9): the dates are read",
        '12: "Domenica 12/12/2026": 2026-12-12 is a Saturday, not a Sunday: '
        "read as Saturday 2026-12-12",
    ]


def test_a_shift_after_the_date_or_of_two_days_is_named_so() -> None:
    from planexport.reader.result import ReadWarning
    from planexport.reader.weekday_shifts import shifted_weekdays

    def one(line: int, real: str, written: str) -> ReadWarning:
        text = f'"{written} heading": 2026-12-0{line} is a {real}, not a {written}: '
        return ReadWarning("p.md", line, f"{text}read as {real} 2026-12-0{line}")

    after = [
        one(1, "Monday", "Tuesday"),
        one(2, "Tuesday", "Wednesday"),
        one(3, "Sunday", "Monday"),
    ]
    assert [w.message for w in shifted_weekdays(after)] == [
        "3 headings name the weekday after their date (lines 1, 2, 3): the dates are read"
    ]
    two = [one(1, "Monday", "Saturday"), one(2, "Tuesday", "Sunday"), one(3, "Friday", "Wednesday")]
    assert [w.message for w in shifted_weekdays(two)] == [
        "3 headings name a weekday 2 days before their date (lines 1, 2, 3): the dates are read"
    ]
