"""Lines of one paragraph that open with clock spans (`**13:00–15:00:** almoço, depois revisão`):
each a block, the lines between them notes, never words of one title or dropped."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import quiet_blocks, warnings

PLANS = DATA / "span_paragraph_lines"


def test_a_meal_then_work_over_a_long_span_is_a_block() -> None:
    assert quiet_blocks(PLANS / "pt-meal-then-work-line.md") == [
        ("almoço, depois revisão", 120, "13:00"),
        ("leitura", 90, "15:00"),
    ]


def test_a_line_between_spans_is_the_note_of_the_block_above() -> None:
    result = read_plan(PLANS / "pt-detail-between-spans.md")
    blocks = [b for v in result.plan.days[0].variants for b in v.blocks]
    assert [(b.title, b.min_minutes, b.at) for b in blocks] == [
        ("álgebra linear", 120, "09:00"),
        ("física", 60, "11:00"),
        ("química", 60, "14:00"),
    ]
    assert blocks[0].note == "revisar o capítulo 3"
    assert warnings(result) == []


def test_a_prose_line_over_spans_is_the_day_s_note() -> None:
    result = read_plan(PLANS / "pt-prose-over-spans.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("álgebra linear", 120, "09:00"),
        ("física", 60, "14:00"),
    ]
    assert day.notes == ("Manhã tranquila, sem pressa.",)
    assert warnings(result) == []


def test_a_meal_hour_that_says_more_is_a_gap_kept_as_a_note() -> None:
    result = read_plan(PLANS / "pt-short-meal-then-work-said.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("cálculo", 210, "09:00"),
        ("leitura", 90, "13:30"),
    ]
    assert day.notes == ("12:30–13:30: almoço, depois revisão rápida",)
    assert warnings(result) == []
