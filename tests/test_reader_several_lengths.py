"""Several lengths on one line: a block per part that has a title and a length of its own."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.line_segments import block_line, segments
from tests.paths import DATA

SEVERAL = DATA / "several_lengths"


def read(name: str) -> ReadResult:
    return read_plan(SEVERAL / name)


def blocks(result: ReadResult) -> list[tuple[str, int]]:
    return [
        (b.title, b.min_minutes) for d in result.plan.days for v in d.variants for b in v.blocks
    ]


def test_parts_cut_at_commas_are_a_block_each_on_the_items_line() -> None:
    result = read("comma-items.md")
    assert blocks(result) == [("Graphs", 120), ("Trees", 60), ("Heaps", 30)]
    assert [result.block_lines[(0, 0, b)] for b in range(3)] == [4, 4, 5]


def test_a_topic_before_a_colon_is_kept_in_each_title() -> None:
    result = read("topic-items.md")
    assert blocks(result) == [("Algebra: theory", 45), ("Algebra: exercises", 90)]


def test_parts_joined_by_a_plus_never_leave_a_broken_title() -> None:
    assert blocks(read("plus-items.md")) == [("Graphs", 120), ("review", 30)]


def test_a_list_of_topics_with_one_length_stays_one_block() -> None:
    result = read("one-length-list.md")
    assert blocks(result) == [("Graphs, Trees", 120), ("Heaps and stacks", 30)]


def test_parts_joined_by_a_conjunction_are_a_block_each() -> None:
    result = read("conjunction-items.md")
    assert blocks(result) == [("lecture", 20), ("exercices", 25)]


def test_the_line_rules_in_each_language() -> None:
    assert segments("Lesen 30 Min.; Übungen 45 Min.") == (
        None,
        ["Lesen (30 Min)", "Übungen (45 Min)"],
    )
    assert segments("Leer 30 min y repasar 20 min") == (None, ["Leer (30 min)", "repasar (20 min)"])
    assert segments("Lettura 30 min e esercizi 45 min") == (
        None,
        ["Lettura (30 min)", "esercizi (45 min)"],
    )
    assert segments("Lezen 20 min en schrijven 30 min") == (
        None,
        ["Lezen (20 min)", "schrijven (30 min)"],
    )
    assert segments("Arrays, Strings (2h)") is None  # one length: one block
    assert segments("45 min cycling or 30 min running") is None  # alternatives
    assert segments("Problem set (Time: 20 min attempt, 10 min review)") is None  # in brackets
    # a rhythm of work and breaks is one line of advice, not two blocks
    assert segments("**Pausen einplanen:** 50 min lernen, 10 min Pause") is None
    # a task box stays with each task
    assert segments("[ ] Mock: 1 coding (45 min) + 1 design (45 min)") == (
        "[ ] Mock",
        ["1 coding (45 min)", "1 design (45 min)"],
    )
    assert segments("[x] Arrays (2h), Strings (1h)") == (
        None,
        ["[x] Arrays (2h)", "[x] Strings (1h)"],
    )
    assert block_line("Review 2 hrs.")
    assert block_line("Repaso 1 hr.")
    assert block_line("45 min: warm-up")
    assert not block_line("I try to do 2 hours a day.")
    assert not block_line("We recommend at least 2-3 hours a day")
    assert not block_line("Total: 3h")
    assert not block_line("Tip: take a 10 min break")


def test_a_bold_label_is_shared_by_the_parts_after_it() -> None:
    result = read("bold-session-items.md")
    got = [
        (b.session, b.title, b.min_minutes)
        for d in result.plan.days
        for v in d.variants
        for b in v.blocks
    ]
    assert got == [
        ("Morning", "Anki reviews", 20),
        ("Morning", "hangul drills", 15),
        ("Evening", "Listening", 30),
        ("Evening", "shadowing", 10),
        (None, "Grammar: particles", 25),
        (None, "Grammar: verb endings", 35),
        (None, "Anki", 20),
        (None, "reading", 15),
    ]
    assert not result.warnings
    assert segments("**Morning:** Anki (20 min)") is None  # one part: read as before
