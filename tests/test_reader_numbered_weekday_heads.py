"""Day headings of a short weekday and a day of the month under a week's heading that gives the
month (`## Week 1 - 14-20 Sep` over `### Mon 14 - Ski erg + Strength (~50 min)`): dated days."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

HEADS = DATA / "numbered_weekday_heads"


def read(name: str) -> ReadResult:
    return read_plan(HEADS / name)


def days(
    result: ReadResult,
) -> list[tuple[int | None, str | None, dt.date | None, str, list[tuple[str, int, list[str]]]]]:
    """Each day's week, weekday, date and title, with its blocks (title, minutes, items)."""
    return [
        (
            d.week,
            d.weekday,
            d.date,
            d.title,
            [
                (b.title, b.min_minutes, [i.text for i in b.items])
                for v in d.variants
                for b in v.blocks
            ],
        )
        for d in result.plan.days
    ]


def test_short_weekdays_with_their_day_take_the_month_and_year_of_the_plan() -> None:
    result = read("en-short-weekday-and-day-under-a-week-of-one-month.md")
    assert days(result) == [
        (
            1,
            "mon",
            dt.date(2026, 9, 14),
            "Ski erg + Strength",
            [("Ski erg + Strength", 50, ["[ ] Sled push: 4x20 m", "[ ] Wall balls: 3x15"])],
        ),
        (1, "wed", dt.date(2026, 9, 16), "Brick", []),
        (1, "sat", dt.date(2026, 9, 19), "Long run", [("Long run", 60, ["[ ] Keep it easy"])]),
    ]
    assert result.plan.days[1].notes == ("[ ] 4 rounds: row, run, burpees",)
    assert warnings(result) == []


def test_a_week_across_two_months_gives_each_day_its_own() -> None:
    result = read("pt-semana-entre-dois-meses.md")
    assert days(result) == [
        (3, "wed", dt.date(2026, 9, 30), "Rodagem", [("Rodagem", 40, ["Ritmo leve"])]),
        (3, "sat", dt.date(2026, 10, 3), "Longão", [("Longão", 90, ["Hidratar bem"])]),
    ]
    assert warnings(result) == []


def test_the_week_heading_may_give_the_year_and_the_title_follow_a_colon() -> None:
    result = read("de-woche-mit-jahr-und-doppelpunkt.md")
    assert days(result) == [
        (2, "tue", dt.date(2026, 10, 13), "Kraft", [("Kraft", 45, ["Kniebeugen"])]),
        (2, "thu", dt.date(2026, 10, 15), "Dauerlauf", [("Dauerlauf", 35, ["locker"])]),
    ]
    assert warnings(result) == []


def test_one_such_heading_alone_is_read_as_before() -> None:
    result = read("es-un-solo-dia-con-numero-queda-como-esta.md")
    assert days(result) == [
        (
            1,
            None,
            None,
            "Semana 1 - 5-11 oct",
            [("Lun 5 - Fuerza", 40, ["Sentadillas"]), ("Bicicleta", 30, [])],
        )
    ]
