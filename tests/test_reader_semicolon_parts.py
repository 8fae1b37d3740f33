"""Parts cut by semicolons whose lengths follow a comma (`Torts MBE set, 2 hours; essay outline,
1 hour`): a block each, the comma inside each part no cut of its own."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.line_segments import segments
from tests.paths import DATA
from tests.reader_support import pinned


def test_semicolon_parts_with_comma_lengths_are_a_block_each() -> None:
    result = read_plan(DATA / "semicolon_parts" / "comma-lengths-between-semicolons.md")
    assert pinned(result.plan, 0) == [("Torts MBE set", 120, None), ("essay outline", 60, None)]
    assert pinned(result.plan, 1) == [("Contracts review", 180, None)]
    assert pinned(result.plan, 2) == [
        ("Evidence flashcards", 45, None),
        ("performance test", 90, None),
        ("civil procedure essay", 60, None),
    ]
    assert result.warnings == ()


def test_commas_still_cut_parts_that_have_no_semicolon() -> None:
    assert segments("Arrays (2h), Strings (1h)") == (None, ["Arrays (2h)", "Strings (1h)"])
    assert segments("Torts, 2 hours; rest") is None
