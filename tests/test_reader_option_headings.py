"""Options written as headings under a block with a length (`### Bloque 2 (30-45 min)` over
`#### Opción A (30 min)` and `#### Opción B (45 min)`): one block of its own length."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

if TYPE_CHECKING:
    from planexport.model import Block

OPTIONS = DATA / "option_headings"


def read(name: str) -> ReadResult:
    return read_plan(OPTIONS / name)


def blocks(result: ReadResult) -> list[Block]:
    return [b for d in result.plan.days for v in d.variants for b in v.blocks]


def test_spanish_options_under_a_block_keep_the_block_s_own_range() -> None:
    result = read("es-opciones-bajo-bloque.md")
    first, second = blocks(result)
    assert (first.title, first.min_minutes, first.max_minutes) == ("Problemas", 60, 60)
    assert (second.label, second.title) == ("Bloque 2", "Lectura")
    assert (second.min_minutes, second.max_minutes) == (30, 45)
    assert [i.text for i in second.items] == [
        "Cuándo: después de cenar",
        "Opción A: Código fuente (30 min)",
        "Opción B: Un artículo (45 min)",
    ]
    option_a, option_b = second.items[1:]
    assert [c.text for c in option_a.children] == [
        "Abre el módulo de red",
        "Sigue una petición de principio a fin",
    ]
    assert [c.text for c in option_b.children] == ["Cómo leerlo:"]
    assert [c.text for c in option_b.children[0].children] == [
        "Resumen y conclusiones",
        "Figuras y tablas",
    ]
    assert result.plan.days[0].variants[0].hours == 1.75  # 60 + 45, not 60 + 30 + 45
    assert warnings(result) == [
        '8: "Lectura" offers 2 options, Opción A (line 11), Opción B (line 15): one block of '
        "its own 30–45 min with the options as its items, their lengths not added up"
    ]


def test_options_with_timed_steps_are_no_versions_of_the_day() -> None:
    result = read("en-options-with-timed-steps.md")
    day = result.plan.days[0]
    assert len(day.variants) == 1
    (only,) = blocks(result)
    assert (only.title, only.min_minutes) == ("Evening review", 60)
    assert [i.text for i in only.items] == ["Option A: Past paper", "Option B: Flashcards"]
    assert [c.text for c in only.items[1].children] == [
        "Deck of definitions (20 min)",
        "Deck of formulas (40 min)",
    ]
    assert len(warnings(result)) == 1


def test_german_variants_under_a_clock_span_are_one_pinned_block() -> None:
    result = read("de-varianten-mit-uhrzeit.md")
    (only,) = blocks(result)
    assert (only.title, only.min_minutes, only.at) == ("Nachmittag", 120, "14:00")
    assert [i.text for i in only.items] == [
        "Variante 1: Altklausur",
        "Variante 2: Karteikarten",
    ]
    assert warnings(result) == [
        '5: "Nachmittag" offers 2 options, Variante 1 (line 7), Variante 2 (line 10): one '
        "block of its own 120 min with the options as its items, their lengths not added up"
    ]


def test_a_heading_beside_the_options_is_inside_the_block_too() -> None:
    result = read("fr-options-et-bilan.md")
    (only,) = blocks(result)
    assert (only.title, only.min_minutes) == ("Séance du soir", 45)
    assert [i.text for i in only.items] == [
        "Option 1 : Annales (35 min)",
        "Option 2 : Fiches (30 min)",
        "Bilan (10 min)",
    ]
    assert [c.text for c in only.items[2].children] == ["Noter ce qui reste flou"]


def test_a_single_option_is_no_choice_and_reads_as_before() -> None:
    result = read("it-una-sola-opzione.md")
    assert [(b.title, b.min_minutes, b.session) for b in blocks(result)] == [
        ("Opzione A: Esercizi", 60, "Pomeriggio"),
        ("Ripasso", 30, "Pomeriggio"),
    ]
    assert warnings(result) == []


def test_an_option_in_hours_under_a_block_in_hours_is_no_plan_of_its_own() -> None:
    result = read("en-hours-block-over-options.md")
    day = result.plan.days[0]
    assert [v.hours for v in day.variants] == [2.0]
    (only,) = blocks(result)
    assert (only.title, only.min_minutes) == ("Deep work", 120)
    assert [i.text for i in only.items] == [
        "Plan A: Build the parser (90 min)",
        "Plan B: Write the report (2h)",
    ]


def test_dutch_options_under_an_evening_with_a_length() -> None:
    result = read("nl-opties-onder-avond.md")
    (only,) = blocks(result)
    assert (only.title, only.min_minutes) == ("Avond", 90)
    assert [i.text for i in only.items] == ["Optie 1: Oefententamen", "Optie 2: Samenvatten"]


def test_portuguese_plano_a_and_b_are_options() -> None:
    result = read("pt-plano-a-b.md")
    (only,) = blocks(result)
    assert (only.title, only.min_minutes) == ("Treino longo", 90)
    assert [i.text for i in only.items] == [
        "Plano A: Corrida (90 min)",
        "Plano B: Bicicleta (75 min)",
    ]
    assert warnings(result)[0].startswith('5: "Treino longo" offers 2 options, Plano A (line 7)')
