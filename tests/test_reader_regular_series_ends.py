"""The last start of a regular series lasts one step, with a warning, also where its lines are
paragraphs after the day's spans, start headings or groups that `---` rules part."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "regular_series_ends"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def said(step: int, text: str) -> str:
    return f'"{text}" has a start time but no length: read as {step} min like the ones before'


def test_a_start_paragraph_after_regular_spans_lasts_one_step() -> None:
    read = read_plan(PLANS / "en-paragraph-after-spans.md")
    assert blocks(read.plan) == [
        ("Coffee and introductions", 30, "09:30"),
        ("Chapter 1 summary", 30, "10:00"),
        ("Chapter 2 summary", 30, "10:30"),
    ]
    assert [(w.line, w.message) for w in read.warnings] == [(8, said(30, "Chapter 2 summary"))]


def test_start_paragraphs_parted_by_rules_run_to_the_next_and_the_last_lasts_a_step() -> None:
    read = read_plan(PLANS / "fr-paragraphs-split-by-rules.md")
    assert blocks(read.plan) == [
        ("Équipe rouge", 20, "14:00"),
        ("Équipe verte", 20, "14:20"),
        ("Équipe bleue", 20, "14:40"),
    ]
    assert [(w.line, w.message) for w in read.warnings] == [(13, said(20, "Équipe bleue"))]


@pytest.mark.parametrize(
    ("name", "expected", "warning"),
    [
        (
            "de-list-groups-split-by-rules.md",
            [("Vokabeln", 45, "09:00"), ("Grammatik", 45, "09:45"), ("Lesen", 45, "10:30")],
            (13, said(45, "10:30 Lesen")),
        ),
        (
            "es-start-headings-split-by-rules.md",
            [("Historia", 60, "10:00"), ("Geografía", 60, "11:00"), ("Literatura", 60, "12:00")],
            (15, said(60, "Literatura")),
        ),
        (
            "nl-two-per-group.md",
            [
                ("Woordenschat", 20, "13:00"),
                ("Grammatica", 20, "13:20"),
                ("Luisteren", 20, "13:40"),
                ("Schrijven", 20, "14:00"),
            ],
            (11, said(20, "14:00 Schrijven")),
        ),
    ],
)
def test_the_last_group_after_a_rule_lasts_the_series_step(
    name: str, expected: list[tuple[str, int, str]], warning: tuple[int, str]
) -> None:
    read = read_plan(PLANS / name)
    assert blocks(read.plan) == expected
    assert [(w.line, w.message) for w in read.warnings] == [warning]


def test_steps_that_differ_leave_the_last_start_a_note_as_before() -> None:
    read = read_plan(PLANS / "it-steps-differ-stays-warned.md")
    assert blocks(read.plan) == [("Vocaboli", 30, "09:00"), ("Grammatica", 45, "09:30")]
    assert read.plan.days[0].notes == ("10:15 Lettura",)
    assert [w.message for w in read.warnings] == [
        '"10:15 Lettura" has a start time but no length: kept as a note'
    ]


def test_an_end_after_the_last_rule_is_no_step_long() -> None:
    read = read_plan(PLANS / "pt-closing-last-stays-a-note.md")
    assert blocks(read.plan) == [("Leitura", 30, "09:00"), ("Escrita livre", 30, "09:30")]
    assert read.warnings == ()
