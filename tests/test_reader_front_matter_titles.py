"""A page's front matter names the plan in the page's own language: `titel:`, `título:`,
`titre:`, `titolo:` are its title as `title:` is."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

TITLES = DATA / "front_matter_titles"


def test_a_german_titel_key_titles_the_plan() -> None:
    result = read_plan(TITLES / "de-titel.md")
    assert result.plan.title == "Projekttag Stadtgeschichte"
    assert pinned(result.plan, 0) == [
        ("Rundgang durch die Altstadt", 90, "09:00"),
        ("Archivarbeit in Gruppen", 75, "10:45"),
    ]
    assert warnings(result) == []


def test_a_spanish_titulo_key_with_its_accent_titles_the_plan() -> None:
    result = read_plan(TITLES / "es-titulo.md")
    assert result.plan.title == "Taller de cerámica para principiantes"
    assert pinned(result.plan, 0) == [
        ("Amasado y centrado del barro", 60, "16:00"),
        ("Primeras piezas en el torno", 45, "17:15"),
    ]


def test_a_french_titre_key_in_capitals_titles_the_plan() -> None:
    result = read_plan(TITLES / "fr-titre.md")
    assert result.plan.title == "Atelier d'écriture du samedi"
    assert [b[0] for b in pinned(result.plan, 0)] == [
        "Lecture de nouvelles courtes",
        "Écriture libre à partir d'une photo",
    ]


def test_an_italian_titolo_key_titles_the_plan() -> None:
    result = read_plan(TITLES / "it-titolo.md")
    assert result.plan.title == "Laboratorio di fotografia notturna"
    assert pinned(result.plan, 0)[0] == ("Impostare la fotocamera sul treppiede", 45, "20:30")


def test_a_portuguese_titulo_dates_a_plan_of_one_day() -> None:
    result = read_plan(TITLES / "pt-titulo-date.md")
    assert result.plan.title == "Oficina de marcenaria — sábado, 14 de março de 2026"
    assert days(result.plan) == [("sat", dt.date(2026, 3, 14), "Day 1")]


def test_title_wins_over_a_titel_key_beside_it() -> None:
    result = read_plan(TITLES / "nl-titel-and-title.md")
    assert result.plan.title == "Fietsworkshop voor ouders"


def test_a_titel_key_that_holds_a_list_names_nothing() -> None:
    result = read_plan(TITLES / "titel-not-text.md")
    assert result.plan.title == "Holzwerkstatt für Kinder"
    assert pinned(result.plan, 0) == [
        ("Sägen üben", 60, "14:00"),
        ("Ein Vogelhaus bauen", 60, "15:00"),
    ]
