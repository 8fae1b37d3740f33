"""A column that numbers a routine's steps (`| Order |`, `| Paso |`, `| Reihenfolge |` over
`1`, `2`, `3`) is the rows' order, never their title; `Action`, `Acción`, `Aktion`, `Azione`,
`Ação` and `Actie` head the column of titles."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "step_columns"


def _titles(name: str) -> list[tuple[str, int]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(title, minutes) for title, minutes, _, _ in blocks_with_items(result.plan)]


def test_order_then_action() -> None:
    assert _titles("en-order-action.md") == [
        ("Tidy the desk", 5),
        ("Read a chapter", 30),
        ("Plan tomorrow", 10),
    ]


def test_paso_then_accion() -> None:
    assert _titles("es-paso-accion.md") == [
        ("Preparar la mesa", 5),
        ("Leer el tema 4", 40),
        ("Resumen en fichas", 15),
    ]


def test_reihenfolge_then_aktion() -> None:
    assert _titles("de-reihenfolge-aktion.md") == [
        ("Vokabeln wiederholen", 15),
        ("Lesen", 30),
        ("Zusammenfassung", 10),
    ]


def test_ordine_azione_ordem_acao_volgorde_actie() -> None:
    assert _titles("it-ordine-azione.md") == [("Ripasso", 20), ("Esercizi", 40)]
    assert _titles("pt-ordem-acao.md") == [("Revisão", 20), ("Exercícios", 30)]
    assert _titles("nl-volgorde-actie.md") == [("Woordjes leren", 15), ("Lezen", 25)]


def test_a_step_column_beside_a_column_of_no_title_word() -> None:
    # "Descripción" and "Oefening" name no role: the text column beside the numbers titles
    assert _titles("es-paso-descripcion.md") == [
        ("Leer el protocolo", 15),
        ("Preparar los tubos", 10),
    ]
    assert _titles("nl-stap-oefening.md") == [
        ("Toonladders", 10),
        ("Etude", 20),
        ("Nieuw stuk", 25),
    ]


def test_ordre_with_the_title_last_as_before() -> None:
    assert _titles("fr-ordre-activite.md") == [("Relire le cours", 20), ("Exercices", 25)]
