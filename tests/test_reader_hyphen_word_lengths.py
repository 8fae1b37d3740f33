"""A length in words joined to its unit by a hyphen (`Two-hour block of drills`) is the block's
length; after an article (`a ten-minute video`) or beside a length in digits it names a thing."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.length_words import word_length
from tests.paths import DATA

PLAN = DATA / "hyphen_word_lengths" / "one-edge-case.md"


def test_weekday_lines_with_hyphened_word_lengths_are_timed_days() -> None:
    plan = read_plan(PLAN).plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    blocks = [
        (d.weekday, b.title, b.min_minutes, b.max_minutes)
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]
    assert blocks == [
        ("mon", "block of logical reasoning drills", 120, 120),
        ("tue", "block reviewing missed games", 60, 60),
        ("wed", "practice test under timed conditions", 180, 180),
        ("thu", "reading comprehension set", 45, 45),
    ]
    assert not plan.days[4].variants


def test_hyphened_word_lengths_and_the_things_they_name() -> None:
    assert word_length("Two-hour block of drills") == (0, 8, 120, 120)
    assert word_length("forty-five-minute set") == (0, 17, 45, 45)
    assert word_length("Watch a ten-minute video") is None
    assert word_length("One-minute changes (25 min)") is None
    assert word_length("Two-hour block; 30-minute review") == (0, 8, 120, 120)
    assert word_length("two - hour gap") is None  # a hyphen with spaces joins nothing
