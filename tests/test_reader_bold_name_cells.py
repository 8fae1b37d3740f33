"""A table's title cell that opens with a bold name closed by a full stop, then says what is done
(`**Part 1: Why we prune.** Short talk on fruiting wood, …`): the name titles the block and the
rest is its note, in a start-time agenda and in a span table alike."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "bold_name_cells"


def test_a_start_agenda_titles_its_rows_by_their_bold_names() -> None:
    result = read_plan(PLANS / "start-table-bold-names.md")
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.note, b.min_minutes, b.at) for b in blocks] == [
        ("Arrival, gloves and shears handed out", None, 30, "08:30"),
        (
            "Part 1: Why we prune",
            "Short talk on fruiting wood, then a walk along the old rows",
            75,
            "09:00",
        ),
        ("Part 2: Young trees", "Formative cuts on the two-year-olds, in pairs", 105, "10:15"),
        ("Part 3. Questions", None, 30, "12:45"),  # one word after it: the cell is the title
        ("Wrap-up and tool cleaning", None, 30, "13:15"),
    ]
    assert warnings(result) == []


def test_a_french_span_table_keeps_the_part_label_and_the_description_as_note() -> None:
    result = read_plan(PLANS / "span-table-bold-names.md")
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.label, b.title, b.note, b.min_minutes, b.at) for b in blocks] == [
        (None, "Accueil des participants", None, 30, "09:00"),
        (
            "Partie 1",
            "le cahier cousu",
            "Pliage des feuillets, perçage et couture simple",
            90,
            "09:30",
        ),
        ("Partie 2", "la couverture", "Carton, toile et collage au pinceau", 75, "11:15"),
    ]
    assert warnings(result) == []
