"""A table whose title column only numbers its rows (`| Module | Titre |` over `| 01 | … |`) is
titled by the column beside it that names or describes them."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

NUMBERED = DATA / "numbered_title_columns"


def test_a_french_module_column_of_numbers_leaves_the_titles_to_titre() -> None:
    result = read_plan(NUMBERED / "fr-module-titre.md")
    assert pinned(result.plan, 0) == [
        ("Choisir son papier", 30, None),
        ("Plier et coudre les cahiers", 90, None),
        ("Poser la couverture", 45, None),
    ]
    assert warnings(result) == []


def test_a_german_abschnitt_column_of_dotted_numbers_leaves_the_titles_to_thema() -> None:
    result = read_plan(NUMBERED / "de-abschnitt-thema.md")
    assert pinned(result.plan, 0) == [
        ("Zellen, Zeilen und Spalten", 45, None),
        ("Formeln mit Bezügen", 60, None),
        ("Diagramme aus Daten", 30, None),
    ]


def test_a_spanish_tarea_column_of_numbers_is_titled_by_its_description() -> None:
    result = read_plan(NUMBERED / "es-tarea-descripcion.md")
    assert pinned(result.plan, 0) == [
        ("Preparar el sustrato y las macetas", 40, None),
        ("Sembrar tomates y albahaca", 35, None),
        ("Riego por goteo casero", 50, None),
    ]
    block = result.plan.days[0].variants[0].blocks[0]
    assert block.note is None


def test_an_italian_sezione_column_of_bold_numbers_keeps_the_clock_times() -> None:
    result = read_plan(NUMBERED / "it-sezione-argomento.md")
    assert result.plan.days[0].weekday == "mon"
    assert pinned(result.plan, 0) == [
        ("Le costellazioni d'autunno", 45, "17:00"),
        ("Usare una carta celeste", 45, "17:45"),
    ]


def test_a_dutch_sectie_column_of_padded_numbers_leaves_the_titles_to_onderwerp() -> None:
    result = read_plan(NUMBERED / "nl-sectie-onderwerp.md")
    assert pinned(result.plan, 0) == [
        ("Begroeten en voorstellen", 60, None),
        ("Eten bestellen in een restaurant", 90, None),
    ]


def test_a_portuguese_secao_column_leaves_the_titles_to_assunto() -> None:
    result = read_plan(NUMBERED / "pt-secao-assunto.md")
    assert [b[0] for b in pinned(result.plan, 0)] == [
        "Luz natural e enquadramento",
        "Edição no próprio aparelho",
    ]


def test_numbers_beside_page_ranges_stay_the_titles() -> None:
    result = read_plan(NUMBERED / "numbered-pages.md")
    assert pinned(result.plan, 0) == [("1", 40, None), ("2", 45, None)]


def test_numbers_with_no_other_words_stay_the_titles() -> None:
    result = read_plan(NUMBERED / "numbers-alone.md")
    assert pinned(result.plan, 0) == [("01", 5, None), ("02", 5, None)]
