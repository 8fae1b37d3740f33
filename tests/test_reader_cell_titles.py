"""Table title cells of `<br>` parts: a bold first part, an abstract, links, bullets."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

SMALL = DATA / "cell_titles"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_table_cell_of_parts_is_a_title_with_a_note_and_items() -> None:
    plan = read("table-cell-title-parts.md").plan
    keynote, posters, welcome = plan.days[0].variants[0].blocks
    assert (keynote.title, keynote.at, keynote.min_minutes) == (
        "Conférence plénière : Les boîtes de verre",
        "09:00",
        60,
    )
    assert keynote.note == (
        "par C. Dupont, Université de Lyon\n"
        "Un long résumé de la conférence, qui décrit ce qui sera présenté.\n"
        "[[Diapositives](d.pdf)]"
    )
    assert (posters.title, posters.at) == ("Session posters", "10:30")
    assert [i.text for i in posters.items] == ["Article A", "Article B"]
    # A short cell of plain parts reads as one line, as before.
    assert welcome.title == "Accueil / Salle B"
