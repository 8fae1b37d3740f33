"""A bold line naming a part of the day right under a list item, with no blank line before it
(`- 10h às 12h: Física` / `**Tarde**` / `- 14h às 16h: Química`), labels the lines below it:
they are that session's, and the item above keeps its title and no note. A bold line that says
something else (`**Importante:** levar a calculadora`) stays the note of the item above."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "lazy_part_labels"


def _blocks(name: str) -> list[tuple[str, int, str | None, str | None, str | None]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.at, b.session, b.note) for _, b in blocks_of(result.plan)]


def test_parts_of_the_day_written_right_under_items_are_the_sessions_below() -> None:
    assert _blocks("pt-bold-parts-of-day-right-under-list-items.md") == [
        ("Matemática", 120, "08:00", "Manhã", None),
        ("Física", 120, "10:00", "Manhã", None),
        ("Química", 120, "14:00", "Tarde", None),
        ("Biologia", 60, "16:00", "Tarde", None),
        ("Revisão", 60, "19:00", "Noite", None),
    ]


def test_a_label_with_its_hours_places_the_lengths_below_it_from_its_start() -> None:
    assert _blocks("es-bold-label-with-hours-right-under-an-item.md") == [
        ("Álgebra", 90, "09:00", "Mañana", None),
        ("Geometría", 90, "10:30", "Mañana", None),
        ("Química", 60, "15:00", "Tarde", None),
        ("Historia", 60, "16:00", "Tarde", None),
    ]


def test_an_afternoon_label_is_no_part_of_the_title_above_it() -> None:
    assert _blocks("en-afternoon-label-right-under-an-item.md") == [
        ("Past paper, section A", 90, "09:00", "Morning", None),
        ("Past paper, section B", 120, "14:00", "Afternoon", None),
    ]


def test_near_miss_a_bold_note_under_an_item_stays_its_note() -> None:
    assert _blocks("pt-bold-note-under-an-item-stays-its-note.md") == [
        ("Matemática", 120, "08:00", None, "**Importante:** levar a calculadora"),
        ("Física", 60, "10:00", None, None),
    ]
