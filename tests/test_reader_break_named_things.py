"""A title that names a thing with the word break (`Word Break`, a coding problem) is a block;
`Coffee break` and `Micro-break` stay breaks between blocks."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "break_named_things"


def test_a_problem_named_word_break_is_a_block_and_real_breaks_stay_gaps() -> None:
    result = read_plan(PLANS / "en-problem-named-break.md")
    assert [b[:2] for b in blocks_with_items(result.plan)] == [
        ("Word Break", 30),
        ("Decode Ways", 25),
        ("Line Break formatting drill", 20),
    ]
    assert [w.split(":")[0] for w in warnings(result)] == ["6", "8"]
