"""Titles that open with an emphasised label (`*Invited talk*: **Mira Okafor**`, `_Intro_: …`):
the label's marks go with the rest of the title's, none is left behind."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "emphasised_title_leads"


def test_an_italic_label_before_a_bold_name_leaves_no_mark_in_a_table_row() -> None:
    result = read_plan(PLANS / "italic-label-bold-name-table.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Welcome", 15, "08:45"),
                ("Invited talk (remote): Mira Okafor", 40, "09:00"),
                ("Invited talk: Tomas Lindqvist", 40, "09:40"),
                ("Lightning round: six student posters", 40, "10:20"),
                ("Panel: Sea walls or salt marsh?", 45, "11:00"),
            ],
        )
    ]
    assert warnings(result) == ['10: row "Closing words" has a start time but no length']


def test_an_italic_label_on_a_span_line_leaves_no_mark() -> None:
    result = read_plan(PLANS / "italic-label-list.md")
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.note, b.min_minutes, b.at) for b in blocks] == [
        ("Intro", "tools and paper grain", 20, "14:00"),
        ("Hands-on: coptic stitch", None, 50, "14:20"),
        ("Show and tell", "what we made", 20, "15:10"),
    ]
    assert all("*" not in b.title and "_" not in b.title for b in blocks)
    assert warnings(result) == []
