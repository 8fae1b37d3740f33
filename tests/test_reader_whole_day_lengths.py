"""A line that lasts a whole day (`Handy-Benachrichtigungen für 24 Stunden aus`) or a day or
more (`für 24–48 Stunden`) with no time of day is a state kept for the day, no block in it:
skipped with a warning, as a length longer than a day is."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

WHOLE = DATA / "whole_day_lengths" / "one-edge-case.md"


def test_a_whole_day_is_no_block_of_the_day() -> None:
    result = read_plan(WHOLE)
    assert day_blocks(result.plan) == [
        (None, [("Mathe wiederholen", 45, None), ("Englisch Vokabeln", 20, None)]),
        (None, [("Physik Übungsblatt", 60, None)]),
    ]
    assert warnings(result) == [
        '6: "Handy-Benachrichtigungen" lasts "24 Stunden", a whole day: skipped',
        '12: "Graustufen am Handy" lasts "24–48 Stunden", a day or longer: skipped',
    ]
