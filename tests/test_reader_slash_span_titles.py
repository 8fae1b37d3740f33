"""A slash between a line's clock span and its title (`8am - 9:30am / Applications: …`) is a
separator, as a dash is: the title starts after it."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

PLAN = DATA / "slash_span_titles" / "one-edge-case.md"


def test_a_slash_after_the_span_is_no_part_of_the_title() -> None:
    assert day_blocks(read_plan(PLAN).plan) == [
        (
            None,
            [
                ("Coding drills: two medium problems, timed", 60, "07:00"),
                ("Applications: five roles from the shortlist", 90, "08:00"),
                ("Portfolio: finish the README of the side project", 120, "13:00"),
            ],
        )
    ]
