"""Prose under start headings (`### 07:20 AM` over a paragraph of several sentences): each
paragraph is a block titled by its first sentence or first short clause, the paragraph its note,
and it lasts until the next start unless its first sentence gives the activity's own length."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_plan
from planexport.reader.prose_titles import prose_title
from tests.paths import DATA

PLANS = DATA / "start_heading_prose"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def notes(plan: Plan) -> list[str | None]:
    return [b.note for d in plan.days for v in d.variants for b in v.blocks]


def test_a_length_later_in_the_prose_does_not_shorten_the_start() -> None:
    read = read_plan(PLANS / "morning-prose.md")
    assert blocks(read.plan) == [
        ("The alarm goes off on the other side of the room", 30, "06:30"),
        ("I'm dressed and I make a pot of coffee for the desk", 60, "07:00"),
        ("Deep work on the thesis", 240, "08:00"),
    ]
    assert notes(read.plan) == [
        "The alarm goes off on the other side of the room. I have to get out of bed to stop it,"
        " and by then I am up for good.",
        "I'm dressed and I make a pot of coffee for the desk. Twenty minutes of the news radio"
        " while it brews, then the laptop opens.",
        "Deep work on the thesis. No mail, no phone, nothing else until lunch.",
    ]
    assert [(w.line, w.message) for w in read.warnings] == [
        (12, '"12:00 PM Lunch!" has a start time but no length')
    ]


def test_lange_saetze_are_cut_at_a_comma_or_a_new_clause_or_kept_whole() -> None:
    read = read_plan(PLANS / "lange-saetze.md")
    assert blocks(read.plan) == [
        ("Nach dem Aufstehen trinke ich ein großes Glas Wasser", 30, "07:00"),
        ("Frühstück am Küchentisch mit Zeitung und Tee und ohne jeden Bildschirm in Reichweite", 60,
         "07:30"),
        ("Ich packe die Tasche für die Uni", 30, "08:30"),
    ]  # fmt: skip
    assert notes(read.plan)[1] == (
        "Frühstück am Küchentisch mit Zeitung und Tee und ohne jeden Bildschirm in Reichweite."
        " Danach etwa eine halbe Stunde Vokabeln."
    )


def test_primera_frase_is_the_title_and_the_start_runs_to_the_next() -> None:
    read = read_plan(PLANS / "primera-frase.md")
    assert blocks(read.plan) == [
        ("Repaso los apuntes de la mañana", 90, "15:00"),
        ("Salgo a correr por el parque", 90, "16:30"),
    ]
    assert notes(read.plan) == [
        "Repaso los apuntes de la mañana. Luego hago unos ejercicios durante 45 minutos.",
        "Salgo a correr por el parque. Vuelvo a casa sobre las seis.",
    ]


def test_a_length_in_the_first_sentence_is_the_activity_s_own() -> None:
    read = read_plan(PLANS / "own-length-first.md")
    assert blocks(read.plan) == [
        ("A run along the river", 30, "17:00"),
        ("Dinner with my flatmates", 60, "18:00"),
        ("Reading", 60, "19:00"),
    ]
    assert notes(read.plan)[:2] == [
        "A run along the river for 30 minutes. Then a long shower and some stretching on the"
        " floor.",
        "Dinner with my flatmates. We take turns cooking.",
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Lunch!", None),
        ("Acordar;", None),
        ("Some reading and then a short power nap for 25 minutes.", None),
        ("Lunch! Then a walk round the block.", "Lunch"),
        ("Read e.g. the intro. Then the rest.", "Read e.g. the intro"),
        ("Weights at the gym. after that a swim.", None),
        (
            "I'm done with breakfast and now I sit down at the desk to go through my mail. More.",
            "I'm done with breakfast",
        ),
        (
            "Déjeuner au calme loin de l'écran, puis une marche dans le quartier. Retour vers 14h.",
            "Déjeuner au calme loin de l'écran",
        ),
        (
            "Colazione con il giornale e un caffè lungo al tavolo della cucina. Poi.",
            "Colazione con il giornale e un caffè lungo al tavolo della cucina",
        ),
        (
            "Ontbijt aan tafel met de krant maar zonder telefoon of laptop erbij. Dan.",
            "Ontbijt aan tafel met de krant maar zonder telefoon of laptop erbij",
        ),
        (
            "Acordo bem cedo e depois tomo um banho frio antes de qualquer outra coisa. Sim.",
            "Acordo bem cedo",
        ),
    ],
)
def test_prose_title(text: str, title: str | None) -> None:
    assert prose_title(text) == title
