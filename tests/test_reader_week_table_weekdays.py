"""A week table of weekdays with lengths, then sections headed by some of its weekdays that
give no time of their own: every row is a day, and each section details its weekday's day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

WEEKS = DATA / "week_table_weekdays"


def read(name: str) -> ReadResult:
    return read_plan(WEEKS / name)


def items(result: ReadResult) -> list[list[str]]:
    return [
        [i.text for v in d.variants for b in v.blocks for i in b.items] for d in result.plan.days
    ]


def test_every_row_is_a_day_and_the_sections_give_items_and_notes() -> None:
    result = read("es-table-then-two-sections.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Técnica de crol", 45, None)]),
        ("thu", [("Series cortas", 30, None)]),
        ("sun", [("Nado largo", 60, None)]),
    ]
    assert result.plan.days[1].variants[0].blocks[0].max_minutes == 40
    assert items(result) == [
        [],
        ["Ocho series rápidas con descanso corto"],
        ["Terminar con espalda suave"],
    ]
    assert [list(d.notes) for d in result.plan.days] == [[], [], ["Ritmo cómodo, sin parar."]]
    assert warnings(result) == []


def test_one_section_keeps_the_rows_before_it_and_its_length_is_an_item() -> None:
    result = read("en-table-then-one-section.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Easy spin", 45, None)]),
        ("thu", [("Hill repeats", 60, None)]),
        ("sat", [("Long ride", 120, None)]),
    ]
    assert items(result)[2] == ["Eat every 45 minutes", "Keep the effort conversational"]
    assert warnings(result) == []


def test_sections_at_the_tables_level_and_lengths_within_the_row() -> None:
    result = read("de-table-then-sections-h2.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Lockerer Dauerlauf", 30, None)]),
        ("wed", [("Intervalle", 40, None)]),
        ("fri", [("Ruhiger Lauf", 35, None)]),
    ]
    assert items(result)[1] == ["Sechs zügige Abschnitte", "Dazwischen 2 min gehen"]
    assert warnings(result) == []
    result = read("fr-section-lengths-within-the-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Footing", 30, None)]),
        ("wed", [("Fractionné", 45, None)]),
        ("sat", [("Sortie longue", 90, None)]),
    ]
    assert items(result)[1] == ["Échauffement 15 min", "Dix accélérations courtes"]
    assert warnings(result) == []


def test_sections_for_every_weekday_read_as_before() -> None:
    result = read("it-every-weekday-detailed.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Saluti al sole", 20, None)]),
        ("wed", [("Equilibrio", 30, None)]),
    ]
    assert items(result) == [["Cinque ripetizioni lente"], ["Albero e guerriero III"]]


def test_a_section_with_a_time_of_day_is_a_day_of_its_own() -> None:
    result = read("en-section-with-clock-time.md")
    assert day_blocks(result.plan) == [("sat", [("Group ride", 120, "08:00")])]
    assert any("Easy spin" in w for w in warnings(result))


def test_a_heading_that_says_more_than_the_row_is_a_note_of_the_day() -> None:
    result = read("en-heading-names-more-than-the-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Bouldering", 90, None)]),
        ("wed", [("Fingerboard", 20, None)]),
        ("fri", [("Lead climbing", 120, None)]),
    ]
    assert [list(d.notes) for d in result.plan.days] == [[], [], ["Outdoor crag if dry"]]
    assert items(result)[2] == ["Bring the rope bag"]
    assert warnings(result) == []
