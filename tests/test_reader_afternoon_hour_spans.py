"""Bare hours joined by a dash with `h` after the end, the end 13 or later (`14-16h Analysis`,
`(Vorlesungen 9-17h)`): a clock span, as no sitting lasts 13 hours or more."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "afternoon_hour_spans"


def _lengths(path: str) -> list[tuple[str, int, int, str | None]]:
    plan = read_plan(PLANS / path).plan
    return [
        (b.title, b.min_minutes, b.max_minutes, b.at)
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_hours_ending_in_the_afternoon_are_clock_spans() -> None:
    result = read_plan(PLANS / "de-bare-hours-ending-afternoon.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            None,
            "Montag",
            [("Analysis", 120, "14:00"), ("Wiederholung", 60, "16:00"), ("Lesen", 120, "17:00")],
        ),
        (None, "tue", None, "Dienstag", [("Seminar", 240, "09:00")]),
    ]
    assert warnings(result) == []  # before: "Analysis" lasted 14 to 16 hours


def test_a_span_in_brackets_after_the_title_pins_the_block() -> None:
    assert _lengths("fr-span-in-brackets.md") == [
        ("Révisions de physique", 120, 120, "13:00"),
        ("Fiches de chimie", 45, 45, "15:00"),
    ]


def test_weekday_items_whose_bracket_gives_the_day_s_hours_keep_their_bullets() -> None:
    result = read_plan(PLANS / "de-weekday-items-busy-bracket.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2026, 3, 2), "Vorlesungen 9-17h", [("Lernblock (abends)", 90, None)]),
        (
            None,
            "tue",
            dt.date(2026, 3, 3),
            "Dienstag",
            [("Lernblock", 120, None), ("Karteikarten", 30, None)],
        ),
        (
            None,
            "wed",
            dt.date(2026, 3, 4),
            "Nebenjob 13-19h",
            [("Lernblock (vormittags)", 60, None)],
        ),
    ]
    assert warnings(result) == []


def test_short_ranges_and_weekly_budgets_stay_lengths() -> None:
    assert _lengths("es-hour-ranges-that-stay-lengths.md") == [
        ("Lectura", 120, 180, None),
        ("Proyecto", 480, 600, None),
    ]
