"""Agenda titles and end rows, lengths in parts of a minute, and grid cells with no class."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days

SMALL = DATA / "agenda_rows_cells"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def notes(result: ReadResult) -> list[str | None]:
    return [b.note for d in result.plan.days for v in d.variants for b in v.blocks]


def test_a_bold_title_under_a_bold_span_names_it() -> None:
    result = read("bold-span-then-bold-title-en.md")
    assert blocks_with_items(result.plan) == [
        ("Registration & Coffee", 90, "09:00", []),
        ("Keynote: Building Small Tools", 90, "10:30", []),
    ]
    assert notes(result) == ["Badges are at the front desk.", "Questions at the end."]
    assert result.warnings == ()


def test_a_bold_break_under_a_bold_span_is_a_gap() -> None:
    result = read("bold-span-then-bold-title-de.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            None,
            "Montag",
            [("Vorlesung Lineare Algebra", 90, "08:15"), ("Übung Analysis", 90, "10:00")],
        )
    ]
    assert notes(result) == ["Skript Kapitel 3 mitbringen.", None]


def test_french_hours_under_a_bold_span_keep_the_colon_of_the_title() -> None:
    result = read("bold-span-then-bold-title-fr.md")
    assert blocks_with_items(result.plan) == [
        ("Accueil des participants", 90, "09:00", []),
        ("Atelier : écrire un plan", 90, "10:30", []),
    ]


def test_a_bold_label_under_a_bold_span_is_no_title_and_no_block_prefix() -> None:
    # "**Materiales:**" is a label over its list, not a name; and "Block" is no "Bloc k".
    result = read("bold-span-then-label.md")
    [(title, minutes, at, items)] = blocks_with_items(result.plan)
    assert (title, minutes, at, items) == ("Block", 90, "10:00", ["Materiales:"])
    first = result.plan.days[0].variants[0].blocks[0]
    assert [c.text for c in first.items[0].children] == ["Cuaderno", "Lápiz"]
