"""A weekday section that comes back later with its date: the same day, read once."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days

SMALL = DATA / "weekday_returns"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def messages(result: ReadResult) -> list[str]:
    return [f"{w.line}: {w.message}" for w in result.warnings]


def test_a_weekday_again_with_its_date_joins_the_first_and_dates_it() -> None:
    result = read("en-sunday-again-with-date.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            None,
            "Saturday",
            [("Training", 120, "10:00"), ("Video review", 60, "14:00")],
        ),
        (
            None,
            "sun",
            dt.date(2026, 6, 7),
            "Sunday",
            [
                ("Tournament", 120, "09:00"),
                ("Coaches' talk", 60, "11:30"),
                ("Prize giving", 60, "15:00"),
            ],
        ),
    ]
    assert [d.number for d in result.plan.days] == [1, 2]
    assert messages(result) == [
        '13: "Sunday, 7 June" is the day of "Sunday" (line 7) again: read as one day, '
        "2026-06-07, its blocks joined"
    ]
    # Each block keeps the line it was read from, in the joined day's order.
    assert result.block_lines[(1, 0, 0)] == 8
    assert result.block_lines[(1, 0, 1)] == 15
    assert result.block_lines[(1, 0, 2)] == 9


def test_a_german_weekday_again_with_its_date_is_one_day() -> None:
    result = read("de-samstag-again-with-date.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            dt.date(2026, 6, 13),
            "Samstag",
            [
                ("Versammlung", 120, "09:00"),
                ("Kassenbericht", 60, "11:00"),
                ("Ausflug", 120, "14:00"),
            ],
        )
    ]
    assert result.plan.days[0].variants[0].hours == 5
    assert len(messages(result)) == 1


def test_the_same_weekday_under_two_weeks_stays_two_days() -> None:
    result = read("en-monday-under-two-weeks.md")
    assert [(d.week, d.weekday, d.date) for d in result.plan.days] == [
        (1, "mon", None),
        (2, "mon", dt.date(2026, 6, 8)),
    ]
    assert not any("joined" in w.message for w in result.warnings)


def test_the_same_weekday_on_two_dates_stays_two_days() -> None:
    result = read("es-sabado-two-dates.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("sat", dt.date(2026, 6, 13)),
        ("sat", dt.date(2026, 6, 20)),
    ]
    assert not any("joined" in w.message for w in result.warnings)


def test_a_weekday_after_sunday_with_its_date_starts_the_next_week() -> None:
    result = read("fr-lundi-after-sunday-next-week.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", None),
        ("sun", None),
        ("mon", dt.date(2026, 6, 15)),
    ]
    assert not any("joined" in w.message for w in result.warnings)
