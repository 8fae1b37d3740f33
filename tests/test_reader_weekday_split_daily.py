"""A daily length whose bracket gives the weekdays' length before the weekend's (`1-2 hours (1
hour weekdays minimum, 3 hours weekends)`): the weekend takes the length next to its word, never
the weekdays'; with no length of its own (`more at weekends`), the daily one."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

SPLIT = DATA / "weekday_split_daily"


def _lengths(name: str) -> list[tuple[str | None, int, int]]:
    plan = read_plan(SPLIT / name).plan
    return [
        (d.weekday, b.min_minutes, b.max_minutes)
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_the_weekend_takes_the_length_next_to_its_word() -> None:
    assert _lengths("weekdays-length-before-weekends.md") == [
        ("mon", 60, 120),
        ("wed", 60, 120),
        ("sat", 180, 180),
    ]
    result = read_plan(SPLIT / "weekdays-length-before-weekends.md")
    assert warnings(result) == [
        '3: "1-2 hours" a day: no day gives a time of its own, so each of the 3 days is one '
        'block that long, titled by the day ("3 hours" on Saturday and Sunday)'
    ]


def test_a_weekend_without_a_length_of_its_own_takes_the_daily_one() -> None:
    assert _lengths("weekend-without-its-own-length.md") == [("tue", 45, 60), ("sun", 45, 60)]
