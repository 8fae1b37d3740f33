"""Tables that name their day in the header's corner cell (`| Giorno 1 | Attività | Note |`,
`| Kurs Tag 2 | Was |`): one day per table, not the tables of all days run together as one
day; and a table whose delimiter row has fewer cells than its header (`Día 1 | Qué | Notas`
over `--- | ---`), which CommonMark leaves as a paragraph, read as the table it is meant as."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.short_rules import padded_rules
from tests.paths import DATA
from tests.reader_support import day_blocks, days, warnings

FOLDER = DATA / "corner_day_tables"


def test_each_table_is_the_day_its_corner_names() -> None:
    result = read_plan(FOLDER / "day-in-each-tables-corner.md")
    assert [title for _, _, title in days(result.plan)] == ["Day 1", "Day 2"]
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Accoglienza e grembiuli", 30, "14:00"),
                ("Centrare l'argilla", 90, "14:30"),
                ("Prima ciotola", 75, "16:15"),
            ],
        ),
        (None, [("Rifinire le ciotole", 90, "14:00"), ("Smaltatura", 90, "15:30")]),
    ]
    # the notes column stays the block's note; the break row is a gap, not a block
    first = result.plan.days[0].variants[0].blocks[0]
    assert first.note == "porta vestiti vecchi"
    assert warnings(result) == []


def test_words_before_the_day_in_the_corner() -> None:
    result = read_plan(FOLDER / "day-after-words-in-the-corner.md")
    assert day_blocks(result.plan) == [
        (None, [("Reifen flicken", 90, "09:00"), ("Bremsen einstellen", 75, "10:45")]),
        (None, [("Schaltung justieren", 120, "09:00")]),
    ]
    assert warnings(result) == []


def test_a_short_delimiter_row_still_makes_a_table() -> None:
    result = read_plan(FOLDER / "short-rule-under-the-header.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Bienvenida", 20, "10:00"),
                ("Plegar y coser los pliegos", 90, "10:20"),
                ("Tapas de cartón", 40, "11:50"),
            ],
        ),
        (None, [("Encolar el lomo", 90, "10:00"), ("Mostrar los cuadernos", 30, "11:30")]),
    ]
    notes = [b.note for d in result.plan.days for v in d.variants for b in v.blocks]
    assert notes == [None, "trae una aguja gruesa", None, None, None]
    assert warnings(result) == []


def test_a_day_heading_above_the_table_is_the_day_once() -> None:
    result = read_plan(FOLDER / "day-heading-above-its-table.md")
    assert day_blocks(result.plan) == [
        (None, [("Plier les cahiers", 60, "10:00"), ("Coudre", 60, "11:00")]),
        (None, [("Coller le dos", 90, "10:00")]),
    ]


def test_padded_rules_gives_the_delimiter_row_the_cells_it_lacks() -> None:
    assert padded_rules("A | B | C\n--- | ---\n1 | 2") == "A | B | C\n--- | --- | ---\n1 | 2"
    assert padded_rules("| A | B | C |\n|---|---|\n") == "| A | B | C |\n|---|---|---|\n"
    # a table that agrees, a setext heading and fenced code are left as written
    same = "| A | B |\n|---|---|\n| 1 | 2 |"
    assert padded_rules(same) == same
    assert padded_rules("Title | x\n---\n") == "Title | x\n---\n"
    fenced = "```\nA | B | C\n--- | ---\n```"
    assert padded_rules(fenced) == fenced
