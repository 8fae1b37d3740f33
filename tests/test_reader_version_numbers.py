"""Numbers of three parts or more (`Section 1.2.1`, `updated to 1.1.0h`) are section and version
numbers, whole: none of their parts starts a length or a range."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "version_numbers"


def test_numbered_sections_keep_their_numbers_and_lengths() -> None:
    result = read_plan(PLANS / "en-numbered-sections.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [("Section 1.2.1", 20, None), ("Section 1.2.2", 25, None), ("Exercises 1.2", 30, None)],
        ),
        (None, [("Chapter 2.1.3", 45, None), ("Install Python 3.12.1 and the notebook", 15, None)]),
    ]
    assert warnings(result) == []


def test_a_version_ending_in_a_letter_is_no_length() -> None:
    result = read_plan(PLANS / "en-release-notes-not-lengths.md")
    minutes = [b.min_minutes for d in result.plan.days for v in d.variants for b in v.blocks]
    assert minutes == [30, 90]
    titles = [b.title for d in result.plan.days for v in d.variants for b in v.blocks]
    assert titles[0].startswith("Upgrade the toolchain to 1.1.0h")
