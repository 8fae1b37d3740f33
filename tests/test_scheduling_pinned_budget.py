"""A day's budget counts breaks only where the scheduler adds them, not between pinned blocks."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.model import Block, Day, Plan, Variant
from planexport.scheduling import ScheduleOptions, schedule

MONDAY = dt.date(2026, 11, 30)


def one_day(*blocks: Block, hours: float) -> Plan:
    day = Day(number=1, title="Day 1", variants=(Variant(hours=hours, blocks=blocks),))
    return Plan(id="p", title="Plan p", days=(day,))


def pinned(title: str, at: str, minutes: int = 60) -> Block:
    return Block(title=title, min_minutes=minutes, max_minutes=minutes, at=at)


def free(title: str, minutes: int = 60) -> Block:
    return Block(title=title, min_minutes=minutes, max_minutes=minutes)


def over(plan: Plan) -> bool:
    result = schedule(plan, ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=10))
    return result.days[0].over_budget


@pytest.mark.parametrize(("hours", "expected"), [(3, False), (2.5, True)])
def test_back_to_back_pinned_blocks_need_no_breaks(hours: float, expected: bool) -> None:
    # 09:00–12:00 written as three pinned hours is a 3-hour day, not 3 h 20 min.
    day = one_day(pinned("a", "09:00"), pinned("b", "10:00"), pinned("c", "11:00"), hours=hours)
    assert over(day) is expected


@pytest.mark.parametrize(("hours", "expected"), [(3.1, True), (3.2, False)])
def test_a_block_placed_next_to_pinned_ones_still_needs_its_break(
    hours: float, expected: bool
) -> None:
    # Two pinned hours back to back, then a free hour placed after them with one break.
    day = one_day(pinned("a", "09:00"), pinned("b", "10:00"), free("c"), hours=hours)
    result = schedule(day, ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=10))
    starts = [f"{b.start:%H:%M}" for b in result.days[0].blocks]
    assert starts == ["09:00", "10:00", "11:10"]
    assert over(day) is expected


def test_a_length_that_is_only_the_blocks_sum_is_not_over_for_its_breaks() -> None:
    # A Markdown day with no stated length is given its blocks' longest sum (here 40 minutes):
    # the scheduler's breaks between them are no reason to call it over budget.
    day = one_day(free("Walk", 30), free("Read", 10), hours=40 / 60)
    assert not over(day)
    ranged = one_day(
        Block(title="a", min_minutes=60, max_minutes=75),
        Block(title="b", min_minutes=60, max_minutes=90),
        hours=165 / 60,
    )
    assert not over(ranged)
    # A stated length the blocks fill and the breaks overrun stays over budget.
    stated = one_day(free("a", 60), free("b", 60), hours=115 / 60)
    assert over(stated)
