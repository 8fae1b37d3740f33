"""A day range whose length is written per day inside its title (`Day 3-5: Centering (90 min per
day) + Journal sketches`): each day of the range gets that length; a bare length inside the
title (`(4h) and kiln log`) is still not split over the days."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAN = DATA / "per_day_parens" / "one-edge-case.md"


def _blocks() -> list[list[tuple[str, int]]]:
    days = read_plan(PLAN).plan.days
    return [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in days]


def test_a_per_day_length_inside_the_title_times_each_day() -> None:
    blocks = _blocks()
    assert blocks[0] == blocks[1] == [("Wedging clay", 180)]
    assert blocks[2] == blocks[3] == blocks[4] == [("Centering + Journal sketches", 90)]


def test_a_bare_length_inside_the_title_stays_unsplit() -> None:
    result = read_plan(PLAN)
    assert _blocks()[5:] == [[], []]
    assert any("is not split over the 2 days" in w.message for w in result.warnings)
