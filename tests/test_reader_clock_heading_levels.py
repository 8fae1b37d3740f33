"""A day's clock-time headings written at mixed levels (`## 08:20–09:05 — Workout`, then
`# 15:00–16:00 — Stairs`): every one a block of the day, in order."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, pinned, warnings

PLANS = DATA / "clock_heading_levels"


def test_a_span_heading_one_level_up_is_one_more_block_of_the_day() -> None:
    result = read_plan(PLANS / "de-h1-span-after-h2-spans.md")
    assert days(result.plan) == [(None, None, "Tagesablauf")]
    assert blocks_with_items(result.plan) == [
        ("Lesen", 90, "08:00", ["Kapitel 4"]),
        ("Schreiben", 60, "10:00", ["Zusammenfassung"]),
        ("Laufen", 60, "14:00", ["8 km locker"]),  # the "#" heading, not dropped
    ]
    assert warnings(result) == []


def test_emoji_starts_then_a_top_level_span_are_one_agenda() -> None:
    result = read_plan(PLANS / "fr-emoji-starts-then-h1-span.md")
    assert len(result.plan.days) == 1
    assert blocks_with_items(result.plan) == [
        ("Vitamines", 30, "06:30", ["D3"]),  # until the next start
        ("Thé vert", 60, "07:00", ["sans sucre"]),  # until the span below it
        ("🏋️ Salle", 45, "08:00", ["circuit"]),
        ("🧗 Escalade", 60, "15:00", ["voies faciles"]),
    ]
    assert warnings(result) == []


def test_a_start_lasts_until_a_span_line_with_an_emoji_before_it() -> None:
    result = read_plan(PLANS / "es-list-emoji-span-after-start.md")
    assert pinned(result.plan, 0) == [
        ("Té", 80, "07:00"),  # 07:00 until 08:20, not dropped with a warning
        ("🏋️ Gimnasio", 45, "08:20"),
        ("🧗 Escaleras", 60, "15:00"),
    ]
    assert warnings(result) == []


def test_an_untimed_heading_under_a_risen_span_heading_goes_down_with_it() -> None:
    result = read_plan(PLANS / "nl-h1-span-with-untimed-subheading.md")
    assert days(result.plan) == [(None, None, "Dagindeling")]
    assert pinned(result.plan, 0) == [("Lezen", 90, "09:00"), ("Schrijven", 60, "13:00")]
    assert warnings(result) == []


def test_span_headings_over_spans_in_them_stay_their_sessions() -> None:
    result = read_plan(PLANS / "it-span-headings-over-spans-unchanged.md")
    assert pinned(result.plan, 0) == [
        ("Lettura", 60, "09:00"),
        ("Esercizi", 120, "10:00"),
        ("Laboratorio", 120, "14:00"),
    ]
    assert warnings(result) == []


def test_a_start_heading_one_level_up_among_start_headings() -> None:
    result = read_plan(PLANS / "pt-h1-start-among-h2-starts.md")
    assert blocks_with_items(result.plan) == [
        ("Leitura", 60, "07:00", ["capítulo 3"]),
        ("Exercícios", 90, "08:00", ["lista 2"]),
        ("Revisão", 60, "09:30", ["resumo"]),
        ("Prova simulada", 30, "10:30", ["questões 1-10"]),
    ]
    assert warnings(result) == []


def test_a_start_heading_after_the_last_span_is_a_note_said_by_its_line() -> None:
    result = read_plan(PLANS / "en-start-heading-after-the-last-span.md")
    assert blocks_with_items(result.plan) == [("Reading", 60, "09:00", ["chapter 5"])]
    assert result.plan.days[0].notes == ("10:30 — Writing", "essay draft")
    assert warnings(result) == [
        '6: "Writing" starts at 10:30, after the day\'s spans, with no end: kept as a note'
    ]


def test_an_agenda_of_headings_that_ends_on_a_start_keeps_it_as_a_note() -> None:
    result = read_plan(PLANS / "it-agenda-of-headings-ends-on-a-start.md")
    assert blocks_with_items(result.plan) == [
        ("Lettura del giornale", 30, "07:30", ["cronaca"]),
        ("Ripasso", 60, "08:00", ["schede"]),
        ("Lezione", 90, "09:00", ["capitolo 2"]),
    ]
    assert result.plan.days[0].notes == ("11:00 — Esercizi", "pagina 40")
    assert warnings(result) == [
        '12: "Esercizi" starts at 11:00, after the day\'s spans, with no end: kept as a note'
    ]


def test_a_bare_start_after_the_spans_stays_a_silent_note() -> None:
    result = read_plan(PLANS / "es-bare-start-after-span-stays-a-note.md")
    assert pinned(result.plan, 0) == [("Lectura", 60, "09:00"), ("Ejercicios", 60, "10:00")]
    assert result.plan.days[0].notes == ("23:00 Dormir",)  # a bedtime, as before
    assert warnings(result) == []
