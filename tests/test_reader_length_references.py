"""A list item that opens with its length in square brackets and a colon (`- [20min]: Welcome`):
a block of that length, not a link reference definition that Markdown would drop."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.length_references import length_references
from tests.paths import DATA
from tests.reader_support import pinned

FOLDER = DATA / "length_references"


def test_each_bracketed_length_before_a_colon_is_a_block() -> None:
    result = read_plan(FOLDER / "bracket-length-colon.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Day 1", "Day 2"]
    assert pinned(plan, 0) == [
        ("Welcome and set-up", 20, None),
        ("SELECT, WHERE and ORDER BY", 60, None),
        ("Joins on the sample shop", 40, None),
    ]
    assert pinned(plan, 1) == [
        ("Recap of day 1", 15, None),
        ("Grouping and window functions", 90, None),
    ]


def test_a_real_reference_definition_stays_one() -> None:
    assert length_references("[docs]: https://example.org/x") == "[docs]: https://example.org/x"
    assert length_references("- [1]: Notes on arrays") == "- [1]: Notes on arrays"
    assert length_references("[30 min]: https://example.org") == "[30 min]: https://example.org"
    assert length_references("- [30min]: Intro") == "- [30min] : Intro"
    assert length_references("* [09:00]: Standup") == "* [09:00] : Standup"
