"""A link whose text only says it is a link (`[Link](…)`, `[Solution](…)`) after a title's own
words is no part of the title; a link alone, or inside a sentence, keeps its word."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "interview_prep_days"


def test_link_words_after_a_bold_title_go() -> None:
    result = read_plan(PLANS / "generic-link-after-title.md")
    assert [(t, m, at) for t, m, at, _ in blocks_with_items(result.plan)] == [
        ("Rotate Matrix", 25, None),
        ("Spiral Walk", 20, None),
        # a link with words of its own is the title
        ("Graph notes", 15, None),
    ]
    assert warnings(result) == []


def test_a_link_alone_or_in_a_sentence_keeps_its_word() -> None:
    result = read_plan(PLANS / "link-alone-keeps-its-word.md")
    assert [(t, m, at) for t, m, at, _ in blocks_with_items(result.plan)] == [
        ("Link", 10, None),
        ("Read the video notes", 20, None),
    ]
    assert warnings(result) == []


def test_a_problem_named_line_break_is_work_titled_as_written() -> None:
    # "Line Break" names a problem, not a pause: a block, no link word needed to say so.
    result = read_plan(PLANS / "link-after-break-lookalike.md")
    assert [(t, m, at) for t, m, at, _ in blocks_with_items(result.plan)] == [
        ("Line Break", 30, None),
        ("Coin Stacks", 20, None),
    ]
    assert warnings(result) == []
