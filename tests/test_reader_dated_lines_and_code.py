"""Dated lines without a weekday (`- **3 March 2026** - 17:00-18:30 A. Rossi: Corpora`), one
span a sentence gives for all of them, a timetable in a code block under a day heading, and a
schedule written in YAML front matter."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "dated_lines_and_code"
TUE = "tue"


def _days(name: str) -> list[tuple[dt.date | None, str, list[tuple[str, int, str | None]]]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(date, title, blocks) for _, _, date, title, blocks in dated_days(result.plan)]


def _refusal(name: str) -> str:
    with pytest.raises(PlanError) as caught:
        read_plan(PLANS / name)
    return str(caught.value)


def test_english_dated_lines_are_each_a_day_at_their_span() -> None:
    assert _days("talks-en.md") == [
        (dt.date(2026, 3, 3), "3 March 2026", [("A. Rossi: Corpora", 90, "17:00")]),
        (dt.date(2026, 3, 10), "10 March 2026", [("L. Bianchi: Phonetics", 90, "17:00")]),
        (dt.date(2026, 3, 17), "17 March 2026", [("S. Verdi: Syntax", 90, "16:30")]),
    ]
    plan = read_plan(PLANS / "talks-en.md").plan
    assert {d.weekday for d in plan.days} == {TUE}


def test_german_dated_lines_keep_the_second_talk() -> None:
    # "**3. März 2026**: 17:00-18:30 …": not one day whose second line restates the first.
    assert _days("vortraege-de.md") == [
        (dt.date(2026, 3, 3), "3. März 2026", [("A. Rossi: Korpora", 90, "17:00")]),
        (dt.date(2026, 3, 10), "10. März 2026", [("L. Bianchi: Phonetik", 90, "17:00")]),
    ]


def test_spanish_and_french_dated_lines_bold_or_plain() -> None:
    assert _days("charlas-es.md") == [
        (dt.date(2026, 3, 3), "3 de marzo de 2026", [("Ana Ruiz: Corpus orales", 90, "17:00")]),
        (dt.date(2026, 3, 10), "10 de marzo de 2026", [("Luis Gómez: Fonética", 90, "17:30")]),
    ]
    assert _days("exposes-fr.md") == [
        (dt.date(2026, 3, 3), "3 mars 2026", [("Anne Roux, Corpus et lexique", 90, "17:00")]),
        (
            dt.date(2026, 3, 10),
            "10 mars 2026",
            [("Luc Blanc, Phonétique expérimentale", 90, "17:00")],
        ),
    ]


def test_one_sentence_gives_the_span_of_every_italian_date() -> None:
    # "Tutti gli incontri si tengono dalle **17.00** alle **18.30**.": bold times too.
    assert _days("seminari-it.md") == [
        (dt.date(2026, 3, 3), "3 marzo 2026", [("Anna Rossi, Lessico e corpora", 90, "17:00")]),
        (
            dt.date(2026, 3, 10),
            "10 marzo 2026",
            [("Luca Bianchi, Fonetica sperimentale", 90, "17:00")],
        ),
        (dt.date(2026, 3, 17), "17 marzo 2026", [("Sara Verdi, Sintassi comparata", 90, "17:00")]),
    ]


def test_the_sentence_may_stand_above_the_list_or_in_other_languages() -> None:
    assert _days("palestras-pt.md") == [
        (dt.date(2026, 3, 3), "3 de março de 2026", [("Ana Sousa, Léxico e corpora", 90, "18:00")]),
        (
            dt.date(2026, 3, 10),
            "10 de março de 2026",
            [("Rui Costa, Fonética experimental", 90, "18:00")],
        ),
    ]
    # "Alle lezingen van 17.00 tot 18.30.": a span, not a length of "18.30 uur".
    assert [blocks for _, _, blocks in _days("lezingen-nl.md")] == [
        [("Anna de Vries, Lexicon en corpora", 90, "17:00")],
        [("Luuk Jansen, Experimentele fonetiek", 90, "17:00")],
    ]
    assert _days("termine-de.md") == [
        (dt.date(2026, 3, 3), "3. März 2026", [("Kapitel 1 und 2", 90, "17:00")]),
        (dt.date(2026, 3, 10), "10. März 2026", [("Kapitel 3", 90, "17:00")]),
    ]


def test_a_sentence_with_two_spans_or_not_for_all_dates_is_refused_naming_it() -> None:
    two = _refusal("two-spans-refused.md")
    assert "two-spans-refused.md:8: no timed blocks found (2 dated lines found from line 5" in two
    assert "line 8 gives 2 spans (17:00-18:30, 18:30-19:00)" in two
    one = _refusal("no-all-word-refused.md")
    assert "line 8 gives 17:00-18:30, but not as the time of every date" in one


def test_a_code_timetable_under_a_weekday_is_that_days() -> None:
    result = read_plan(PLANS / "code-timetable-monday.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            None,
            "Monday",
            [("Morning study", 60, "06:00"), ("Main study", 120, "17:00")],
        )
    ]
    assert warnings(result) == []


def test_a_german_code_timetable_keeps_its_breaks_as_gaps_and_its_items() -> None:
    result = read_plan(PLANS / "code-timetable-mittwoch.md")
    days = dated_days(result.plan)
    assert days[0][1:] == (
        "wed",
        None,
        "Mittwoch",
        [("Analysis", 90, "08:00"), ("Lineare Algebra", 90, "10:00")],
    )
    algebra = result.plan.days[0].variants[0].blocks[1]
    assert [i.text for i in algebra.items] == ["Übungsblatt 3"]
    assert days[1][1] == "thu"
    assert warnings(result) == []


def test_a_code_timetable_under_a_range_of_weekdays_is_each_ones() -> None:
    result = read_plan(PLANS / "code-timetable-semana.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert {tuple(blocks) for *_, blocks in dated_days(result.plan)} == {
        (("Vocabulario", 60, "07:00"), ("Gramática", 90, "18:00"))
    }


def test_code_of_other_text_or_of_one_line_stays_unread() -> None:
    assert "code blocks are not read" in _refusal("code-text-unread.md")
    result = read_plan(PLANS / "code-one-line-template.md")
    assert [d.weekday for d in result.plan.days] == ["sun"]
    assert '3: "Samedi": a day written only in a code block is a template, not read' in (
        warnings(result)
    )


def test_a_schedule_in_front_matter_is_named_in_the_refusal() -> None:
    message = _refusal("front-matter-schema.md")
    assert "front-matter-schema.md:3: no timed blocks found: the front matter (lines 1-10)" in (
        message
    )
    assert "holds 'weken' (line 3), which is not read as a plan" in message


def test_front_matter_of_words_keeps_the_usual_refusal() -> None:
    message = _refusal("front-matter-tags.md")
    assert "read 0 headings and 0 list items" in message
    assert "front matter" not in message


def test_dated_lines_under_a_day_heading_stay_that_days_blocks() -> None:
    assert [blocks for _, _, blocks in _days("under-a-day-heading.md")] == [
        [
            ("3 de marzo de 2026: Charla A", 90, "17:00"),
            ("10 de marzo de 2026: Charla B", 90, "17:00"),
        ],
        [("Lectura", 60, "09:00")],
    ]
