"""A table of start times with a note column (`| Time | Activity | Note |`): each row's note is
its block's note, never lost."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "start_table_notes"


def _read(name: str) -> list[tuple[str, int, str | None, str | None]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.at, b.note) for _, b in blocks_of(result.plan)]


def test_the_note_column_is_each_block_s_note() -> None:
    assert _read("en-note-column.md") == [
        ("Algebra", 90, "09:00", "chapter 3 exercises"),
        ("Geometry", 150, "10:30", "bring a compass"),
        ("Reading", 60, "13:00", "pages 40-60"),
    ]


def test_a_hinweis_column_is_a_note_column() -> None:
    assert _read("de-hinweis-column.md") == [
        ("Vokabeln", 60, "10:00", "Karteikarten"),
        ("Grammatik", 60, "11:00", "Kapitel 5"),
    ]


def test_a_room_column_joins_the_note() -> None:
    assert _read("en-room-and-note-columns.md") == [
        ("Welcome", 60, "09:00", "coffee served\nHall A"),
        ("Campus tour", 90, "10:00", "wear good shoes\nEntrance"),
    ]


def test_other_columns_join_the_note_by_their_header() -> None:
    result = read_plan(PLANS / "en-other-columns.md")
    blocks = [b for d in result.plan.days for v in d.variants for b in v.blocks]
    assert [(b.title, b.min_minutes, b.at, b.note) for b in blocks] == [
        ("Intro to sensors", 60, "13:00", "Speaker: R. Adeyemi\nMaterials: slides"),
        ("Soldering practice", 90, "14:00", "Speaker: T. Novak\nMaterials: kit B"),
    ]
    assert warnings(result) == []
