"""Spans in a time column written with bare hours or loose spaces (`9-10`, `10     -10:20`), and a
weekday in brackets at the end of a day heading (`## Dia 1 - Abril 29 (Sabado)`)."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from planexport.reader.hour_spans import hour_span
from tests.paths import DATA

PLANS = DATA / "hour_spans"


def blocks(plan: Plan, index: int) -> list[tuple[str, int, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.at) for b in variant.blocks]


def test_bare_hours_in_a_time_column_are_an_hour_span() -> None:
    plan = load(PLANS / "en-bare-hours-in-time-column.md")
    assert blocks(plan, 0) == [
        ("Welcome and setup", 60, "09:00"),
        ("Lightning talks", 30, "10:00"),
        ("Open questions", 30, "10:30"),
    ]
    assert read_plan(PLANS / "en-bare-hours-in-time-column.md").warnings == ()


def test_spaces_around_the_dash_do_not_matter() -> None:
    plan = load(PLANS / "pt-spaces-around-the-dash.md")
    assert blocks(plan, 0) == [
        ("Leitura do capítulo 3", 60, "14:00"),
        ("Exercícios", 45, "15:00"),
        ("Revisão", 15, "15:45"),
    ]


def test_hour_span_reads_only_spans_of_hours() -> None:
    assert hour_span("9-10") == "9:00 - 10:00"
    assert hour_span("10     -10:20") == "10:00 - 10:20"
    assert hour_span("**14 – 15.30**") == "14:00 - 15:30"
    assert hour_span("10:20 - 10:30") is None  # read as a span already
    assert hour_span("30-45") is None  # no hours of a day
    assert hour_span("Room 9-10") is None


def test_a_weekday_in_brackets_after_the_title_is_the_days_weekday() -> None:
    plan = load(PLANS / "it-weekday-in-brackets-after-title.md")
    assert [(day.weekday, day.title) for day in plan.days] == [
        ("sat", "Introduzione"),
        ("sun", "Pratica"),
    ]
    assert blocks(plan, 0) == [("Lettura guidata", 40, None)]


def test_hour_span_reads_hours_joined_by_a_word() -> None:
    assert hour_span("9 to 11") == "9:00 - 11:00"
    assert hour_span("von 9 bis 11 Uhr") == "9:00 - 11:00"
    assert hour_span("dalle 9 alle 10:30") == "9:00 - 10:30"
    assert hour_span("van 9 tot 11 uur") == "9:00 - 11:00"
    assert hour_span("9 to 11 pages") is None
