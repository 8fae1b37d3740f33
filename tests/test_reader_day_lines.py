"""A line right under a day's heading is the day's: a span alone is its block or, over timed
bullets, the session they belong to; it never joins the day's title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, pinned, warnings

PLANS = DATA / "day_lines"


def _sessions(plan_path: str) -> list[tuple[str, int, str | None, str | None]]:
    plan = read_plan(PLANS / plan_path).plan
    return [(b.title, b.min_minutes, b.at, b.session) for _, b in blocks_of(plan)]


def test_a_span_right_under_a_weekday_is_that_days_block() -> None:
    result = read_plan(PLANS / "span-right-under-weekday.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("tue", "Dienstag"),
        ("thu", "Donnerstag"),
    ]
    assert [(b.min_minutes, b.at) for v in plan.days[0].variants for b in v.blocks] == [
        (90, "14:00")
    ]
    assert pinned(plan, 1) == [("Stimmbildung", 60, "16:00")]
    assert warnings(result) == []


def test_an_h_notation_span_alone_under_a_weekday_is_read_too() -> None:
    plan = read_plan(PLANS / "h-span-right-under-weekday.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [("wed", "Mercredi"), ("sat", "Samedi")]
    assert [(b.min_minutes, b.at) for v in plan.days[0].variants for b in v.blocks] == [
        (90, "18:30")
    ]
    assert pinned(plan, 1) == [("improvisation", 120, "10:00")]


def test_a_bold_span_under_a_titled_day_is_a_session_not_part_of_the_title() -> None:
    plan = read_plan(PLANS / "bold-span-under-titled-day.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Gramática y vocabulario"),
        ("tue", "Lectura"),
    ]
    assert _sessions("bold-span-under-titled-day.md") == [
        ("Subjuntivo", 60, "10:00", "10:00 - 12:00"),
        ("Vocabulario del trabajo", 60, "11:00", "10:00 - 12:00"),
        ("Cuentos cortos", 90, "10:00", "10:00 - 11:30"),
    ]


def test_a_bold_span_over_span_bullets_is_their_session_with_or_without_a_blank_line() -> None:
    assert _sessions("bold-span-over-span-bullets.md") == [
        ("Projeto final", 90, "14:00", "14:00 - 18:00"),
        ("Revisão de notas", 90, "15:30", "14:00 - 18:00"),
        ("Leitura", 60, "19:00", "19:00 - 21:00"),
        ("Exercícios", 60, "20:00", "19:00 - 21:00"),
    ]


def test_a_bold_span_over_start_times_ends_the_last_of_them() -> None:
    assert _sessions("bold-span-over-start-bullets.md") == [
        ("Aufwärmen", 30, "08:00", "08:00 - 10:00"),
        ("Technik", 45, "08:30", "08:00 - 10:00"),
        ("Spielformen", 45, "09:15", "08:00 - 10:00"),
    ]


def test_a_titled_bold_span_over_untimed_bullets_stays_one_block() -> None:
    plan = read_plan(PLANS / "bold-titled-span-over-untimed-bullets.md").plan
    (block,) = [b for v in plan.days[0].variants for b in v.blocks]
    assert (block.title, block.min_minutes, block.at) == ("Design review", 120, "09:00")
    assert [i.text for i in block.items] == ["Read the brief", "Sketch two layouts"]


def test_a_topic_named_by_letters_and_digits_is_the_days_block() -> None:
    plan = read_plan(PLANS / "en-code-named-topics.md").plan
    assert [
        (
            d.title,
            [(b.title, b.min_minutes) for _, b in [(d, b) for v in d.variants for b in v.blocks]],
        )
        for d in plan.days
    ] == [
        ("EC2", [("EC2", 90)]),
        ("K8s", [("K8s", 120)]),
        ("S3", [("S3", 45)]),
    ]
