"""A length that is a setting's limit inside a point (`billed per call, 10-min max`, `the job
runner's timeout 45 min`, `max runtime: 2 h`) is a detail of that point, not a block; a cap on
what a line does (`Email triage (20 min max)`, `Social media, 15 min max`) is its length."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from planexport.reader.limit_lengths import limit_length
from tests.paths import DATA

PLAN = DATA / "limit_lengths" / "one-edge-case.md"


def _limit(text: str) -> bool:
    found = find_duration(text)
    assert found is not None
    return limit_length(text, found)


def test_limits_are_no_blocks() -> None:
    plan = read_plan(PLAN).plan
    blocks = [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]
    # the points give no length of their own: the quoted hour a day is each day's length
    assert blocks == [[("Functions", 60)], [("Practice", 60)]]


def test_what_is_a_limit() -> None:
    assert _limit("Learn workers: stateless, billed per call, 10-min max")
    assert _limit("Set the function's timeout 30 min")
    assert _limit("Check the max runtime: 2 h")
    assert not _limit("Email triage (20 min max)")
    assert not _limit("Reading (max. 2 h)")
    assert not _limit("Social media, 15 min max")
    assert not _limit("Practice exam with a time limit of 45 minutes")
    assert not _limit("warm-up = 10 min")
