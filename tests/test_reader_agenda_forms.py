"""Start-only lines next to spans, lengths restated in a title's bracket, and honest refusals."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "agenda_forms"


def test_a_start_only_line_right_before_a_span_lasts_until_the_span_starts() -> None:
    result = read_plan(PLANS / "start-before-span.md")
    assert pinned(result.plan, 0) == [
        ("Welcome and coffee", 30, "09:00"),
        ("Talks in the main hall", 90, "09:30"),
        ("Panel", 60, "11:00"),
        # "12:00 Lunch" is a gap; "13:00 Hands-on workshop" lasts until "15:00-16:00 Wrap-up".
        ("Hands-on workshop", 120, "13:00"),
        ("Wrap-up", 60, "15:00"),
    ]
    assert warnings(result) == []


def test_the_same_in_italian_with_a_coffee_break_between() -> None:
    result = read_plan(PLANS / "it-start-before-span.md")
    assert pinned(result.plan, 0) == [
        ("Registrazione", 30, "08:30"),
        ("Relazioni", 90, "09:00"),
        ("Tavola rotonda", 90, "11:00"),
    ]


def test_a_length_restated_in_brackets_leaves_no_empty_bracket_or_stray_word() -> None:
    plan = read_plan(PLANS / "length-qualifier-in-bracket.md").plan
    assert pinned(plan, 0) == [("Python course", 60, "21:00"), ("Notes (chapter 3)", 30, "22:00")]
    assert pinned(plan, 1) == [("Lesen", 90, "19:00")]


def test_a_refusal_counts_spans_apart_from_times_of_day_without_an_end() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / "spans-in-prose-only.md")
    message = str(caught.value)
    assert message.startswith(f"{PLANS / 'spans-in-prose-only.md'}:1: no timed blocks found")
    assert message.endswith(
        "none with a length; 2 lines give a span of clock time in a form not read as a block "
        '(line 3: "17:30-19:00"); 1 line gives a time of day but no length or end time)'
    )


def test_a_moment_before_a_span_stays_a_note_and_a_meal_a_gap() -> None:
    result = read_plan(PLANS / "moment-before-span.md")
    assert pinned(result.plan, 0) == [("Gimnasio", 60, "07:00"), ("Estudio", 180, "09:00")]
    assert result.plan.days[0].notes == ("06:30 - Despertar",)
    assert warnings(result) == []
