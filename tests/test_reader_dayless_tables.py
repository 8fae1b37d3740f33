"""Tables of lengths under section headings that name no day (`## Daily practice`, `## Ablauf`),
in a plan with no day anywhere; and tips whose length is an example (`(e.g. 20 minutes)`)."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "dayless_tables"


def _day(path: str) -> tuple[str, list[tuple[str, int, int]]]:
    result = read_plan(PLANS / path)
    assert warnings(result) == []
    (day,) = result.plan.days
    blocks = [(b.title, b.min_minutes, b.max_minutes) for v in day.variants for b in v.blocks]
    return day.title, blocks


def test_a_practice_table_after_tips_is_the_day_titled_by_its_heading() -> None:
    result = read_plan(PLANS / "en-tips-then-practice-table.md")
    assert warnings(result) == []
    (day,) = result.plan.days
    assert day.title == "Daily practice"
    assert [(b.title, b.min_minutes, b.note) for v in day.variants for b in v.blocks] == [
        ("Tuning", 5, "Tune with the app"),
        ("Bowing", 10, "Long bows on open strings"),
        ("Etude", 15, "Wohlfahrt no. 2, slowly"),
        ("Free play", 5, "A tune you like"),
    ]
    assert day.notes == ()  # the tips stand in no day, and are no blocks


@pytest.mark.parametrize(
    ("path", "title", "blocks"),
    [
        (
            "de-tipps-ablauf-schritt-dauer.md",
            "Ablauf",
            [
                ("Atemübungen", 5, 5),
                ("Lange Töne", 10, 10),
                ("Tonleitern", 10, 10),
                ("Stück", 20, 20),
            ],
        ),
        (
            "fr-conseils-deroule-etape-duree.md",
            "Déroulé",
            [("Croquis rapides", 10, 10), ("Étude d'ombres", 25, 25), ("Dessin libre", 15, 15)],
        ),
        (
            "es-consejos-paso-tiempo.md",
            "Práctica diaria",
            [("Calentamiento", 5, 5), ("Escalas", 10, 10), ("Canción", 15, 15)],
        ),
        (
            "it-consigli-fase-durata.md",
            "Esercizio quotidiano",
            [("Riscaldamento", 5, 5), ("Scale", 10, 10), ("Brano", 20, 20)],
        ),
        (
            "pt-dicas-etapa-tempo.md",
            "Rotina",
            [
                ("Aquecimento vocal", 10, 10),
                ("Exercícios de respiração", 5, 5),
                ("Repertório", 20, 20),
            ],
        ),
        (
            "nl-tips-stap-tijd.md",
            "Oefenschema",
            [("Opwarmen", 5, 5), ("Akkoorden", 15, 15), ("Liedje", 10, 10)],
        ),
    ],
)
def test_an_example_length_under_tips_leaves_the_table_the_day(
    path: str, title: str, blocks: list[tuple[str, int, int]]
) -> None:
    assert _day(path) == (title, blocks)


def test_a_lone_section_under_the_title_keeps_the_title_and_its_named_steps() -> None:
    # "| Step | Time |" over "| Scales | 10 min |": the steps name the blocks.
    assert _day("en-lone-section-keeps-title.md") == (
        "Piano evenings",
        [("Scales", 10, 10), ("Sight-reading", 15, 15)],
    )


@pytest.mark.parametrize(
    ("path", "titles"),
    [
        ("en-morning-evening-routine-tables.md", ["Stretching", "Reading", "Journal", "Walk"]),
        ("fr-matin-soir-tableaux.md", ["Étirements", "Lecture", "Journal", "Marche"]),
    ],
)
def test_sibling_routine_tables_are_sessions_of_one_day(path: str, titles: list[str]) -> None:
    title, blocks = _day(path)
    assert title in ("My routine", "Ma routine")
    assert [b[0] for b in blocks] == titles
    assert sum(b[1] for b in blocks) == 75


def test_sibling_tables_under_levels_are_a_day_each() -> None:
    result = read_plan(PLANS / "de-anfaenger-fortgeschrittene-tabellen.md")
    assert warnings(result) == []
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "Anfänger"),
        (2, "Fortgeschrittene"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Gehen", 10, None, []),
        ("Lockeres Laufen", 5, None, []),
        ("Einlaufen", 10, None, []),
        ("Dauerlauf", 30, None, []),
    ]


def test_a_tip_lead_before_an_agenda_is_neither_the_day_nor_warned() -> None:
    result = read_plan(PLANS / "en-tip-lead-before-agenda.md")
    assert warnings(result) == []
    assert [
        (b.title, b.min_minutes, b.at) for v in result.plan.days[0].variants for b in v.blocks
    ] == [
        ("Welcome", 30, "09:00"),
        ("Roadmap review", 90, "09:30"),
        ("Break-out groups", 60, "11:00"),
    ]


def test_an_example_length_in_a_routine_is_still_its_block() -> None:
    assert _day("en-example-length-in-routine.md") == (
        "Cool-down",
        [("Easy jog", 10, 10), ("Stretching", 5, 5)],
    )


def test_a_tip_under_a_day_is_its_note_not_a_block() -> None:
    result = read_plan(PLANS / "en-tips-under-a-day.md")
    assert warnings(result) == []
    first, second = result.plan.days
    assert [(b.title, b.min_minutes) for v in first.variants for b in v.blocks] == [
        ("Vocabulary", 30),
        ("Listening", 20),
    ]
    assert first.notes == ("A short review (e.g. 10 minutes) before bed helps you remember.",)
    assert [(b.title, b.min_minutes) for v in second.variants for b in v.blocks] == [
        ("Grammar", 45)
    ]


def test_principles_and_a_total_line_leave_the_table_the_day_and_a_busy_list_warned() -> None:
    result = read_plan(PLANS / "en-principles-total-and-busy-list.md")
    (day,) = result.plan.days
    assert day.title == "Suggested daily structure"
    assert [(b.title, b.min_minutes, b.max_minutes) for v in day.variants for b in v.blocks] == [
        ("1. Setup", 2, 2),
        ("2. Warm-up", 3, 5),
        ("3. Pieces", 15, 20),
    ]
    assert warnings(result) == [
        '19: "**Posture check** (1 min)." is in no day: not read',
        '20: "**One scale** (2–3 min)." is in no day: not read',
    ]


def test_an_example_tip_and_a_tip_lead_before_an_agenda_are_not_warned() -> None:
    result = read_plan(PLANS / "it-consigli-programma-orario.md")
    assert warnings(result) == []
    assert [
        (b.title, b.min_minutes, b.at) for v in result.plan.days[0].variants for b in v.blocks
    ] == [
        ("Accoglienza", 30, "09:00"),
        ("Presentazione del progetto", 90, "09:30"),
        ("Lavoro di gruppo", 90, "11:00"),
    ]
