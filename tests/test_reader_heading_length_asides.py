"""A heading with a length of its own over points that mostly give none (`### Block 2: Mock
Interview (90 min)` over `- [ ] "Walk me through your résumé" (3 min answer)` and untimed points,
or over a `**Resource:** … (the first 2h only)` paragraph): one block of the heading's length with
the lines as its items, the odd length a detail of its line. Points that give the heading its
parts (`- Read notes (20 min)`, `- Flashcards (40 min)`) stay its blocks."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLAN = DATA / "heading_length_asides" / "one-edge-case.md"


def test_a_stray_length_below_a_timed_heading_is_a_detail_of_its_line() -> None:
    result = read_plan(PLAN)
    assert blocks_with_items(result.plan) == [
        ("SQL Refresher", 120, None, ["[ ] Inner and outer joins", "[ ] Window functions",
                                      "[ ] Indexes"]),
        ("Mock Interview", 90, None, ['[ ] "Walk me through your résumé" (3 min answer)',
                                       '[ ] "Why are you leaving?"', "[ ] Ask two questions back"]),
        ("Read notes", 20, None, []),
        ("Flashcards", 40, None, []),
    ]  # fmt: skip
    sessions = [b.session for d in result.plan.days for v in d.variants for b in v.blocks]
    assert sessions[:2] == ["Morning", "Afternoon"]
