"""Zero-width marks copied from web pages (a zero-width space before `: 25 minutes`) never reach
a title or a note: the text reads as what the page shows."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.source_text import normalise
from tests.paths import DATA

PLAN = DATA / "invisible_marks" / "one-edge-case.md"


def test_titles_and_notes_hold_no_zero_width_marks() -> None:
    plan = read_plan(PLAN).plan
    assert [d.title for d in plan.days] == ["Day 1", "Day 2"]
    blocks = [
        (b.title, b.min_minutes, b.note) for d in plan.days for v in d.variants for b in v.blocks
    ]
    assert blocks == [
        ("Contracts – offer and acceptance", 25, None),
        ("Quiz: Formation issues", 10, None),
        ("Torts intro", 15, None),
        ("Evidence – hearsay basics", 40, None),
        ("(OPTIONAL) Evidence drills", 20, None),
    ]


def test_the_joiners_that_shape_text_stay() -> None:
    assert normalise("a\u200bb\u2060c\ufeffd") == "abcd"
    assert normalise("\ufeff# Plan\u200b\n") == "# Plan\n"
    # a zero-width non-joiner (Persian) and joiner (emoji sequences) are part of the text
    assert normalise("می\u200cخواهم 👩\u200d💻") == "می\u200cخواهم 👩\u200d💻"
