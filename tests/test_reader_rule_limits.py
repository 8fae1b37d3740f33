"""A time limit said on its own line under a heading is the heading's length, and a condition
on a length (`If stuck for >10 minutes, …`) is a rule to follow, not a block."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from planexport.reader.prose_sentences import is_sentence
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

LIMITS = DATA / "rule_limits"


def test_a_condition_on_a_length_is_no_block() -> None:
    result = read_plan(LIMITS / "one-edge-case.md")
    assert [(t, m) for t, m, _, _ in blocks_with_items(result.plan)] == [
        ("Solve three window problems", 45),
        ("Review the solutions", 15),
        ("When done early, try one extra problem", 20),
    ]
    assert result.plan.days[0].notes == ("If stuck for >10 minutes, open the hint and move on",)
    assert warnings(result) == []


def test_a_time_limit_line_gives_its_heading_the_length() -> None:
    result = read_plan(LIMITS / "time-limit-label.md")
    assert blocks_with_items(result.plan) == [
        ("Problem A: Two pointers", 20, None, ["sorted input"]),
        ("Problem B: Prefix sums", 35, None, []),
    ]


def test_the_rule_needs_words_on_both_sides() -> None:
    for text, rule in (
        ("If stuck for >20 minutes, move to next problem", True),
        ("Si llevas 15 minutos atascado, mira la pista", True),
        ("If time allows: 30 min", False),
        ("Extra practice if time allows (30 min)", False),
    ):
        found = find_duration(text)
        assert found is not None
        assert is_sentence(text, found) is rule, text
