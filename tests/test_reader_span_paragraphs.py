"""Plain lines of clock spans with no day above them (`06:30 - 07:00 Wake up`): one day."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from planexport.reader.outline import outline
from planexport.reader.span_paragraphs import timetable_start
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "span_paragraphs"


def test_span_lines_under_a_title_are_a_day_of_one_block_a_line() -> None:
    result = read_plan(PLANS / "en-lines-under-a-title.md")
    assert result.plan.title == "My study day"
    assert days(result.plan) == [(None, None, "Day 1")]
    # "Breakfast" is a meal: a gap between blocks, as in a bulleted list.
    assert pinned(result.plan, 0) == [
        ("Wake up, stretch", 30, "06:45"),
        ("Deep work: essay draft", 105, "07:15"),
        ("Lectures", 150, "09:30"),
    ]
    assert warnings(result) == []


def test_bold_spans_with_a_bar_take_the_title_after_the_bar() -> None:
    result = read_plan(PLANS / "de-bold-times-with-a-bar.md")
    assert pinned(result.plan, 0) == [
        ("Aufstehen, Dehnen", 30, "07:00"),
        ("Vokabeln wiederholen", 90, "07:30"),
        ("Mathe: Integralrechnung", 120, "09:30"),
    ]
    assert warnings(result) == []


def test_bold_spans_with_a_dash_read_the_same() -> None:
    plan = read_plan(PLANS / "pt-bold-times-with-dash.md").plan
    assert pinned(plan, 0) == [
        ("Revisão de anotações", 60, "08:00"),
        ("Exercícios de cálculo", 90, "09:00"),
    ]


def test_span_lines_under_a_weekday_heading_are_that_weekday() -> None:
    plan = read_plan(PLANS / "es-under-a-weekday-heading.md").plan
    assert days(plan) == [("mon", None, "Lunes")]
    assert pinned(plan, 0) == [
        ("Despertar y estirar", 30, "07:00"),
        ("Lectura: historia", 90, "07:30"),
        ("Clases", 180, "09:30"),
    ]


def test_span_lines_with_no_heading_at_all_are_one_day() -> None:
    result = read_plan(PLANS / "fr-no-heading.md")
    assert pinned(result.plan, 0) == [
        ("Révision : chimie organique", 90, "08:00"),
        ("Exercices de physique", 120, "10:00"),
    ]
    assert dict(result.block_lines) == {(0, 0, 0): 1, (0, 0, 1): 3}


def test_a_snack_between_span_lines_is_a_gap() -> None:
    plan = read_plan(PLANS / "it-snack-is-a-gap.md").plan
    assert pinned(plan, 0) == [("Analisi: esercizi", 90, "14:00"), ("Fisica: ripasso", 90, "16:00")]


def test_one_span_line_alone_is_still_refused_naming_it() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / "nl-one-line-stays-refused.md")
    assert str(caught.value).endswith(
        '1 line gives a span of clock time in a form not read as a block (line 3: "09:00 - 10:30"))'
    )


def test_span_lines_outweigh_a_side_list_of_lengths_as_bullets_would() -> None:
    result = read_plan(PLANS / "en-lines-beside-a-list-of-lengths.md")
    assert pinned(result.plan, 0) == [
        ("Reading the news", 60, "07:00"),
        ("Deep work", 120, "08:00"),
        ("Lectures", 120, "10:00"),
    ]
    assert warnings(result) == [
        '5: "Warm-up jog, 15 minutes" is in no day: not read',
        '6: "Stretch 10 min" is in no day: not read',
    ]


def test_span_lines_under_a_day_label_are_left_to_the_days() -> None:
    # "Day 1" alone over its times names a day: the lines are never one day of both days' times.
    text = "# Plan\n\nDay 1\n09:00-10:30 Arrays\n11:00-12:00 Strings\n\nDay 2\n09:00-10:30 Trees\n"
    assert timetable_start(outline(text)) is None
    assert timetable_start(outline(text.replace("Day 1\n", "").replace("Day 2\n", ""))) == 1


def test_bold_labels_holding_their_spans_are_lines_of_a_timetable() -> None:
    # "**Block 1 (8:00–9:30):** Draft …" lines with no day above them: one day, lunch a gap.
    result = read_plan(PLANS / "en-bold-labels-holding-spans.md")
    assert pinned(result.plan, 0) == [
        ("Draft the methods section", 90, "08:00"),
        ("Figures for chapter 3", 75, "09:45"),
        ("Deep work: Rewrite the discussion", 90, "13:00"),  # a label of its own is kept
    ]
    assert warnings(result) == []
