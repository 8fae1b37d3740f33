"""A line that starts with its own clock span right under a list item is a new block."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.outline import outline
from tests.paths import DATA

PLANS = DATA / "heldout3"


def test_a_timed_line_right_under_a_list_is_a_block_of_its_own() -> None:
    result = read_plan(PLANS / "timed-line-after-list.md")
    days = result.plan.days
    assert [d.weekday for d in days] == ["mon", "tue", "wed", "thu", "fri"]
    for day in days:
        blocks = day.variants[0].blocks
        assert [(b.title, b.min_minutes, b.at, [i.text for i in b.items]) for b in blocks] == [
            ("Algebra", 90, "06:00", ["Matrices", "Vectors"]),
            ("Chemistry", 60, "17:00", ["Bonds"]),
            ("Review", 30, "21:00", []),
        ]
    # Each block keeps the line it was written on.
    assert [result.block_lines[(0, 0, n)] for n in range(3)] == [2, 5, 8]
    assert result.warnings == ()


def test_the_list_is_cut_where_the_timed_line_stands() -> None:
    nodes = outline("- Matrices\n**17:00–18:00 → Chemistry**\n- Bonds\n")
    assert [(n.kind, n.line) for n in nodes] == [("list", 1), ("paragraph", 2), ("list", 3)]
    assert [i.text for i in nodes[0].items] == ["Matrices"]
    assert nodes[1].text == "**17:00–18:00 → Chemistry**"
    assert [i.text for i in nodes[2].items] == ["Bonds"]


def test_an_untimed_lazy_line_stays_in_its_item() -> None:
    nodes = outline("- Read chapter 3\nand take notes at 10:00\n- Bonds\n")
    assert [(n.kind, n.line) for n in nodes] == [("list", 1)]
    assert [i.text for i in nodes[0].items] == ["Read chapter 3 and take notes at 10:00", "Bonds"]
