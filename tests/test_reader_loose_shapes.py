"""List and line shapes of real plans: loose item titles, emphasised titles, stated totals."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, pinned, warnings

PLANS = DATA / "loose_shapes"


def test_a_loose_item_is_titled_by_its_next_paragraph_its_bracket_the_label() -> None:
    result = read_plan(PLANS / "loose-title-period.md")
    assert pinned(result.plan, 0) == [
        ("MAT 110 – Linear Algebra (Lecture)", 50, "08:00"),
        ("Chemistry lab", 90, "14:00"),
    ]
    first = result.plan.days[0].variants[0].blocks[0]
    assert first.label == "1st Period"
    assert warnings(result) == []


def test_a_loose_item_in_german_takes_its_square_bracket_as_label_and_a_break_is_a_gap() -> None:
    plan = read_plan(PLANS / "loose-title-german.md").plan
    assert pinned(plan, 0) == [("Analysis I – Übung", 90, "08:15")]
    assert plan.days[0].variants[0].blocks[0].label == "Raum A"


def test_paragraphs_after_a_loose_title_are_its_note() -> None:
    plan = read_plan(PLANS / "loose-title-more-paragraphs.md").plan
    (block,) = plan.days[0].variants[0].blocks
    assert (block.title, block.min_minutes, block.at) == ("Histoire moderne", 90, "10:00")
    assert block.note == "Salle 204, apporter le manuel"


def test_an_emphasised_title_after_a_span_leaves_the_venue_as_its_note() -> None:
    plan = read_plan(PLANS / "emphasised-title-venue.md").plan
    assert pinned(plan, 0) == [("Check-in", 150, "09:00"), ("Poster session", 120, "14:00")]
    notes = [b.note for b in plan.days[0].variants[0].blocks]
    assert notes == ["North Wing, 4 Elm Road.", "Hall B."]


def test_an_emphasised_title_in_italian_with_dotted_times() -> None:
    plan = read_plan(PLANS / "emphasised-title-italian.md").plan
    assert pinned(plan, 0) == [("Accrediti", 210, "09:00"), ("Tavola rotonda", 90, "14:30")]
    assert [b.note for b in plan.days[0].variants[0].blocks] == ["Sala Blu", "Aula Magna"]


def test_a_bold_title_before_a_colon_leaves_the_room_as_its_note() -> None:
    plan = read_plan(PLANS / "emphasised-title-colon.md").plan
    assert pinned(plan, 0) == [("Taller", 60, "10:00"), ("Charla - Aula 2", 60, "11:00")]
    assert plan.days[0].variants[0].blocks[0].note == "Aula 4"


def test_a_title_without_emphasis_keeps_its_dash_and_inner_emphasis_stays_in_the_title() -> None:
    plan = read_plan(PLANS / "emphasised-title-plain-dash.md").plan
    assert pinned(plan, 0) == [
        ("Workshop - Room 2", 60, "10:00"),
        ("Talk: Rust in production", 60, "11:00"),
    ]


def test_a_meal_with_company_under_a_span_is_a_gap() -> None:
    plan = read_plan(PLANS / "break-with-phrase.md").plan
    assert blocks_with_items(plan) == [
        ("Pair programming and code review", 180, "09:00", []),
        ("Testing workshop", 150, "13:00", []),
    ]


def test_a_meal_with_company_in_spanish_is_a_gap() -> None:
    plan = read_plan(PLANS / "break-with-phrase-spanish.md").plan
    assert pinned(plan, 0) == [
        ("Teoría de grafos", 120, "09:00"),
        ("Ejercicios guiados", 90, "12:00"),
    ]


def test_a_long_phrase_after_a_meal_word_is_still_an_activity() -> None:
    plan = read_plan(PLANS / "break-with-phrase-german.md").plan
    assert pinned(plan, 0) == [
        ("Mittagessen mit Vortrag über Ernährung und Gesundheit im Alltag", 90, "13:30")
    ]


def test_a_spans_only_child_is_its_title_and_the_childs_list_its_items() -> None:
    plan = read_plan(PLANS / "only-child-title.md").plan
    assert blocks_with_items(plan) == [
        ("Vorlesung Lineare Algebra", 90, "09:00", []),
        ("Tutorium", 75, "10:45", ["Blatt 3 rechnen", "Fragen sammeln"]),
    ]


def test_bold_options_under_a_timed_session_heading_are_parts_of_its_block() -> None:
    plan = read_plan(PLANS / "option-labels-spanish.md").plan
    (block,) = plan.days[0].variants[0].blocks
    assert (block.title, block.min_minutes, block.session) == ("Algoritmos", 90, "Tarde")
    assert [(i.text, [c.text for c in i.children]) for i in block.items] == [
        ("Opción A: Grafos", ["Repasa BFS y DFS", "Resuelve dos problemas en 30 minutos"]),
        ("Opción B: Repaso", ["Relee tus notas de la semana"]),
    ]
    assert plan.days[0].notes == ()


def test_an_english_option_with_words_after_its_bold_label() -> None:
    plan = read_plan(PLANS / "option-labels-english.md").plan
    (block,) = plan.days[0].variants[0].blocks
    assert (block.title, block.min_minutes) == ("Build a project", 120)
    assert [i.text for i in block.items] == ["Option A: a CLI tool", "Option B"]
    assert [c.text for c in block.items[0].children] == [
        "Sketch the commands",
        "Write the parser in 40 minutes",
    ]


def test_german_variants_under_a_session_heading() -> None:
    plan = read_plan(PLANS / "option-labels-german.md").plan
    assert blocks_with_items(plan) == [
        ("Datenbanken", 60, None, ["Variante 1: SQL", "Variante 2: Modellierung"])
    ]


def test_a_daily_routine_beside_the_weekend_is_the_weekdays_plan() -> None:
    result = read_plan(PLANS / "daily-routine-weekend-spanish.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert pinned(plan, 0) == [("Lectura", 45, None), ("Práctica", 75, None)]
    assert pinned(plan, 4) == pinned(plan, 0)
    assert pinned(plan, 5) == [("Proyecto personal", 180, None)]
    assert warnings(result) == []


def test_a_german_taeglich_section_beside_saturday_and_sunday() -> None:
    plan = read_plan(PLANS / "daily-routine-weekend-german.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert pinned(plan, 2) == [("Vokabeln", 30, None), ("Grammatik", 30, None)]
    assert pinned(plan, 6) == [("Wiederholung", 45, None)]


def test_a_dutch_routine_beside_the_weekend() -> None:
    plan = read_plan(PLANS / "daily-routine-weekend-dutch.md").plan
    assert days(plan)[0] == ("mon", None, "Dagelijkse routine")
    assert [d.weekday for d in plan.days][-1] == "sat"
    assert len(plan.days) == 6


def test_a_routine_alone_is_one_day_with_no_weekday() -> None:
    plan = read_plan(PLANS / "daily-routine-alone-french.md").plan
    assert [d.weekday for d in plan.days] == [None]
    assert pinned(plan, 0) == [("Lecture", 30, None), ("Exercices", 45, None)]


def test_a_routine_beside_a_weekday_heading_is_left_as_before() -> None:
    result = read_plan(PLANS / "daily-routine-beside-weekday.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "sat"]
    assert warnings(result) == ['5: "Reading (30 min)" is in no day: not read']


def test_a_stated_total_after_its_parts_is_the_length_and_speeds_are_no_lengths() -> None:
    plan = read_plan(PLANS / "stated-total-pipes.md").plan
    assert pinned(plan, 0) == [("Warm-up", 10, None), ("Tempo", 24, None), ("Cool-down", 8, None)]
    blocks = plan.days[0].variants[0].blocks
    assert blocks[0].note == "4 minutes at 5 km/h | 6 minutes at 7 km/h"
    assert blocks[2].note is None


def test_a_total_inside_the_bracket_is_not_added_to_its_parts() -> None:
    plan = read_plan(PLANS / "stated-total-bracket-german.md").plan
    assert pinned(plan, 0) == [("Einlaufen", 10, None), ("Intervalle", 20, None)]
    assert plan.days[0].variants[0].blocks[0].note == "3 Min. locker, 7 Min. zügig"


def test_a_total_after_an_equals_sign_beside_speeds() -> None:
    plan = read_plan(PLANS / "stated-total-equals-french.md").plan
    assert pinned(plan, 0) == [("Échauffement", 10, None), ("Fractionné", 30, None)]
    assert plan.days[0].notes == ()


def test_a_portuguese_no_total() -> None:
    plan = read_plan(PLANS / "stated-total-portuguese.md").plan
    assert pinned(plan, 0) == [("Aquecimento", 15, None), ("Corrida", 30, None)]


def test_italian_in_totale_and_dutch_totaal() -> None:
    plan = read_plan(PLANS / "stated-total-italian-dutch.md").plan
    assert pinned(plan, 0) == [("Riscaldamento", 12, None), ("Warming-up", 10, None)]


def test_paragraphs_after_a_titled_timed_item_are_its_note_not_dropped() -> None:
    plan = read_plan(PLANS / "paragraphs-after-a-titled-item.md").plan
    assert pinned(plan, 0) == [("Cálculo", 90, "09:00"), ("Leitura", 45, "10:30")]
    notes = [b.note for b in plan.days[0].variants[0].blocks]
    assert notes == ["Sala 12, levar a calculadora", "Capítulo 3 do livro"]


def test_an_italian_routine_beside_a_weekend_section_without_day_headings() -> None:
    plan = read_plan(PLANS / "daily-routine-weekend-italian.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert pinned(plan, 0) == [("Ripasso", 20, None), ("Esercizi", 40, None)]
    assert pinned(plan, 6) == [("Progetto", 120, None)]


def test_options_under_a_bold_session_line_with_a_length() -> None:
    plan = read_plan(PLANS / "option-labels-under-bold-session.md").plan
    assert blocks_with_items(plan) == [
        ("Revisão", 90, None, ["Opção A - Exercícios", "Opção B - Leitura"])
    ]
    assert plan.days[0].variants[0].blocks[0].session == "Manhã"
