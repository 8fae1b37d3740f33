"""A weekday heading with a clock span (`## Mardi 18h30/19h30`, `## Dienstag 18:30/19:30 – Halle`)
over prose and untimed bullets is the day's one block, pinned to the span."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, warnings

PLANS = DATA / "weekday_span_headings"


def test_slash_span_over_one_bullet_titles_the_block_by_it() -> None:
    result = read_plan(PLANS / "fr-slash-span-over-bullet.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Lundi"),
        ("wed", "Mercredi"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Natation", 90, "19:00", []),
        ("Gainage", 75, "18:30", []),
    ]
    assert warnings(result) == []
    assert result.block_lines[(0, 0, 0)] == 3  # the heading's line


def test_twelve_hour_slash_span_titled_by_the_first_prose_line() -> None:
    plan = read_plan(PLANS / "en-pm-slash-over-prose.md").plan
    assert days(plan) == [("tue", None, "Tuesday")]
    assert blocks_with_items(plan) == [
        ("Track intervals with the club", 60, "18:30", ["bring spikes", "meet at gate 2"])
    ]


def test_title_after_the_span_and_the_prose_its_item() -> None:
    plan = read_plan(PLANS / "de-span-title-over-prose.md").plan
    assert blocks_with_items(plan) == [
        ("Halle", 60, "18:30", ["Zirkeltraining für alle."]),
        ("Sportplatz", 90, "18:30", ["Lauftraining."]),
    ]


def test_a_warm_up_length_among_untimed_bullets_is_a_part_of_the_session() -> None:
    plan = read_plan(PLANS / "es-warmup-length-is-an-item.md").plan
    assert blocks_with_items(plan) == [
        (
            "Polideportivo",
            90,
            "19:00",
            [
                "Sesión de series.",
                "10 a 15 minutos de calentamiento",
                "series en pista",
                "vuelta a la calma",
            ],
        )
    ]


def test_dotted_times_and_a_hyphenated_weekday() -> None:
    plan = read_plan(PLANS / "nl-pt-dotted-and-hyphenated-names.md").plan
    assert days(plan) == [("wed", None, "Woensdag"), ("thu", None, "Quinta-feira")]
    assert blocks_with_items(plan) == [
        ("Sporthal", 90, "19:00", ["Conditietraining."]),
        ("Ginásio", 90, "18:00", ["Treino de força."]),
    ]


def test_lines_with_lengths_or_times_of_their_own_are_read_as_before() -> None:
    result = read_plan(PLANS / "en-own-times-and-lengths-stay.md")
    assert [d.title for d in result.plan.days] == ["Monday", "Wednesday"]  # the time is no title
    assert [(b.title, b.min_minutes, b.at) for b in result.plan.days[0].variants[0].blocks] == [
        ("Math", 120, None),
        ("Physics", 180, None),
    ]
    assert [(b.title, b.at) for b in result.plan.days[1].variants[0].blocks] == [
        ("Warm-up", "18:00")
    ]
