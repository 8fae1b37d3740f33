"""A line with only a length between a day's clock span lines (`Lecture (90 min)` between
`09:00-10:00 Linear algebra` and `14:00-15:00 Physics lab`) is a block of its own, unpinned, in
plan order: the scheduler fills it into the day's free time."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.reader import read_plan
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import blocks_with_items

FOLDER = DATA / "beside_spans"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "en-paragraph-lines.md",
            [
                ("Linear algebra", 60, "09:00"),
                ("Lecture", 90, None),
                ("Physics lab", 60, "14:00"),
            ],
        ),
        (
            "en-bold-spans.md",
            [
                ("Organic chemistry", 90, "08:30"),
                ("Past papers", 60, None),
                ("Tutorial", 60, "13:00"),
            ],
        ),
        (
            "de-one-paragraph.md",
            [("Mathe", 60, "09:00"), ("Vorlesung", 90, None), ("Physik", 90, "14:00")],
        ),
        (
            "es-hard-breaks.md",
            [("Álgebra", 60, "09:00"), ("Repaso", 45, None), ("Física", 60, "14:00")],
        ),
        (
            "fr-list.md",
            [("Anglais", 60, "09:00"), ("Cours magistral", 90, None), ("Histoire", 60, "14:00")],
        ),
        (
            "it-code-block.md",
            [("Analisi", 60, "09:00"), ("Ripasso", 45, None), ("Fisica", 60, "14:00")],
        ),
        (
            "pt-quote.md",
            [("Química", 60, "08:00"), ("Revisão", 45, None), ("Redação", 60, "15:00")],
        ),
        (
            "nl-two-lines.md",
            [
                ("Wiskunde", 60, "09:00"),
                ("Herhaling", 45, None),
                ("Lezen", 60, None),
                ("Biologie", 60, "13:00"),
            ],
        ),
    ],
)
def test_a_length_line_between_spans_is_an_unpinned_block(
    name: str, expected: list[tuple[str, int, str | None]]
) -> None:
    result = read_plan(FOLDER / name)
    assert [(t, m, at) for t, m, at, _ in blocks_with_items(result.plan)] == expected
    assert not result.warnings


def test_length_lines_that_fill_the_span_above_stay_its_parts() -> None:
    plan = read_plan(FOLDER / "en-parts-that-fill-the-span.md").plan
    assert blocks_with_items(plan) == [
        ("Interleaved session", 90, "09:15", ["Warm-up (10 min)", "Drill (80 min)"]),
        ("Reading group", 60, "14:00", []),
    ]


def test_a_note_after_the_last_span_stays_its_note() -> None:
    plan = read_plan(FOLDER / "en-paragraph-lines.md").plan
    assert plan.days[0].variants[0].blocks[-1].note == "Evenings stay free."


def test_the_unpinned_block_is_scheduled_between_the_pinned_ones() -> None:
    plan = read_plan(FOLDER / "en-paragraph-lines.md").plan
    day = schedule(plan, ScheduleOptions(start=dt.date(2026, 12, 7), tz="UTC")).days[0]
    assert [(b.block.title, f"{b.start:%H:%M}", f"{b.end:%H:%M}") for b in day.blocks] == [
        ("Linear algebra", "09:00", "10:00"),
        ("Lecture", "10:10", "11:40"),
        ("Physics lab", "14:00", "15:00"),
    ]


def test_a_length_item_longer_than_its_span_is_kept_and_warned_about() -> None:
    result = read_plan(FOLDER / "en-longer-item-under-a-span.md")
    assert blocks_with_items(result.plan) == [
        ("Linear algebra", 60, "09:00", ["Lecture (90 min)"]),
        ("Physics lab", 60, "14:00", []),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            6,
            '"Lecture (90 min)" under "Linear algebra" (09:00-10:00) is longer than its span: '
            "kept as its item, not a block",
        )
    ]
