"""Blockquotes: a quoted line that starts with a time of day, or with a length its label follows,
is read like the same line unquoted; a quote with no time stays a quote."""

from __future__ import annotations

from planexport.reader import read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items as blocks

PLANS = DATA / "structure"


def test_quoted_span_lines_are_the_days_blocks_with_the_bullets_below_as_items() -> None:
    result = read_plan(PLANS / "quote-span-lines-with-bullets.md")
    assert [(d.week, d.weekday) for d in result.plan.days] == [(2, "tue")]
    assert blocks(result.plan) == [
        (
            "Morgenrunde",
            20,
            "09:00",
            ["(10 Minuten) - Was lief gestern gut?", "(10 Minuten) - Woran hänge ich fest?"],
        ),
        ("Vorlesung Rekursion", 70, "09:20", []),
        ("Übungen zu zweit", 120, "10:30", []),
    ]
    assert result.warnings == ()


def test_a_quoted_span_with_an_open_end_is_warned_with_its_activity() -> None:
    result = read_plan(PLANS / "quote-open-end.md")
    assert blocks(result.plan) == [("Teams vormen", 120, "10:00", [])]  # Lunch: a gap
    assert [(w.line, w.message) for w in result.warnings] == [
        (7, '"Bouwen aan het prototype" has a start time but no length')
    ]


def test_a_quote_without_a_time_is_not_read() -> None:
    result = read_plan(PLANS / "quote-without-times-stays-a-quote.md")
    assert blocks(result.plan) == [
        ("Analyse", 90, "09:00", []),
        ("Algèbre", 75, "10:45", []),
    ]
    assert result.plan.days[0].notes == ()
    assert result.warnings == ()


def test_a_callout_over_timed_lines_gives_them_and_a_timed_list_after_is_no_part_of_them() -> None:
    result = read_plan(PLANS / "quote-callout-with-times.md")
    assert blocks(result.plan) == [
        ("Leitura", 60, "07:00", []),
        ("Exercícios de cálculo", 90, "08:00", []),
        ("Revisão", 60, "14:00", []),
    ]


def test_a_quoted_length_with_its_label_is_a_block_and_a_quoted_tip_is_not() -> None:
    result = read_plan(PLANS / "quote-length-labels.md")
    assert blocks(result.plan) == [
        ("Scales", 20, None, []),
        ("Chord changes", 15, None, ["Keep a metronome at 60."]),
        ("Arpeggios", 25, None, []),
        ("Song of the week", 30, None, []),
    ]
    assert [day.notes for day in result.plan.days] == [(), ()]


def test_a_length_in_a_quote_is_no_time_of_day() -> None:
    text = "# P\n\n## Monday\n\n> 15 minutes of stretching first.\n\n- 09:00 - 10:00 Reading\n"
    assert blocks(read_markdown(text).plan) == [("Reading", 60, "09:00", [])]


def test_quoted_times_inside_a_code_fence_stay_code() -> None:
    text = "# P\n\n## Monday\n\n- 09:00 - 10:00 Reading\n\n```\n> 11:00 - 12:00 Example\n```\n"
    assert blocks(read_markdown(text).plan) == [("Reading", 60, "09:00", [])]
