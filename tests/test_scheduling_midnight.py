"""A day written in clock order that runs past midnight ends on the next date."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.model import Block, Day, Plan, Variant
from planexport.scheduling import ScheduleOptions, schedule

MONDAY = dt.date(2026, 11, 30)


def pinned(title: str, at: str, minutes: int) -> Block:
    return Block(title=title, min_minutes=minutes, max_minutes=minutes, at=at)


def starts(*blocks: Block, tz: str = "UTC") -> list[str]:
    day = Day(number=1, title="Monday", variants=(Variant(hours=4, blocks=blocks),))
    result = schedule(Plan(id="p", title="P", days=(day,)), ScheduleOptions(start=MONDAY, tz=tz))
    return [f"{b.start:%a %H:%M}" for b in result.days[0].blocks]


def test_a_time_after_a_block_that_runs_to_midnight_is_the_next_date() -> None:
    blocks = (pinned("Gym", "21:00", 60), pinned("Game", "22:30", 90), pinned("Med", "00:00", 10))
    assert starts(*blocks) == ["Mon 21:00", "Mon 22:30", "Tue 00:00"]


def test_the_small_hours_after_a_late_evening_are_the_next_date() -> None:
    blocks = (
        pinned("Read", "22:00", 60),
        pinned("Late", "00:30", 30),
        pinned("Later", "01:15", 15),
    )
    assert starts(*blocks, tz="Europe/Berlin") == ["Mon 22:00", "Tue 00:30", "Tue 01:15"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Evening", "19:00", 60), ("Morning", "07:00", 60)),  # not late enough to cross
        (("Lunch talk", "13:00", 60), ("Early", "05:00", 30)),
    ],
)
def test_a_day_written_out_of_order_stays_on_its_date(
    first: tuple[str, str, int], second: tuple[str, str, int]
) -> None:
    assert starts(pinned(*first), pinned(*second)) == [f"Mon {second[1]}", f"Mon {first[1]}"]
