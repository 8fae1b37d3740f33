"""Words that leave a start time open (`ab 18:00 Uhr`, `18:30 onwards`, `desde las 22:00`) say
when, not what: they stay out of the title and out of the warning that names it."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_plan
from planexport.reader.durations import point_time_at
from planexport.reader.open_ends import open_end, without_open_end
from tests.paths import DATA

PLANS = DATA / "open_ends"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def test_an_open_ended_item_in_a_cell_is_a_note_named_without_its_opening_word() -> None:
    result = read_plan(PLANS / "de-html-cells-ab-uhr.md")
    assert [d.notes for d in result.plan.days] == [
        ("ab 18:00 Uhr Grillen am See",),  # the note keeps the line as written
        ("12:00 Uhr open end: Ausflug",),
    ]
    assert [w.message for w in result.warnings] == [
        '"Grillen am See" has a start time but no length: kept as a note',
        '"Ausflug" has a start time but no length: kept as a note',
    ]


def test_an_open_ended_start_in_a_session_with_an_end_is_a_block_titled_by_what_it_is() -> None:
    result = read_plan(PLANS / "en-evening-onwards.md")
    assert blocks(result.plan) == [
        ("Lightning talks", 90, "17:00"),
        ("Drinks on the terrace", 90, "18:30"),
        ("Walk by the lake", 90, "09:00"),
        ("Desayuno largo", 90, "10:30"),
    ]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ab 18:00 Uhr Ausklang", "Ausklang"),
        ("ab ca. 9:30 Check-in", "Check-in"),
        ("from 6 pm drinks", "drinks"),
        ("starting at 18:00 Party", "Party"),
        ("vanaf 20:00 borrel", "borrel"),
        ("dès 19:00 apéritif", "apéritif"),
        ("desde las 22:00 cena", "cena"),
        ("a partir de 18:00 cóctel", "cóctel"),
        ("à partir de 18:00 cocktail", "cocktail"),
        ("a partir das 18:00 jantar", "jantar"),
        ("dalle ore 18:00 aperitivo", "aperitivo"),
        ("a partire dalle 18:00 cena", "cena"),
        ("18:00 onwards Party", "Party"),
        ("22:00 en adelante Dormir", "Dormir"),
        ("18:00 in poi festa", "festa"),
        ("18:00 em diante jantar", "jantar"),
        ("ab 18:00 Uhr open end Feier", "Feier"),
    ],
)
def test_the_open_ending_words_of_every_language_go_with_the_time(text: str, title: str) -> None:
    point = point_time_at(text)
    assert point is not None
    start, end = open_end(text, point[1], point[2])
    assert (text[:start] + text[end:]).strip() == title


def test_words_that_only_look_alike_stay_in_the_title() -> None:
    for text in ("Abendessen 18:00 Fabrik", "Tab 18:00 closes", "Fromage 18:00 tasting"):
        point = point_time_at(text)
        assert point is not None
        assert open_end(text, point[1], point[2]) == point[1:]
    assert without_open_end("online: Q&A") == "online: Q&A"
    assert without_open_end("Uhr Party") == "Uhr Party"  # no open end: not this helper's
