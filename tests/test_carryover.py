"""Carrying missed blocks over: `shift` keeps the plan's order, `fill` uses spare time."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planexport
from planexport.carryover import CarryOver, carry_over
from planexport.errors import OptionsError
from planexport.export.ics import to_ics
from planexport.model import Block, Day, Plan, Variant
from planexport.scheduling import BusyInterval, ScheduledBlock, ScheduleOptions

UTC = dt.timezone.utc
MONDAY = dt.date(2026, 11, 30)


def block(title: str, minutes: int, *, at: str | None = None, done: bool = False) -> Block:
    return Block(title=title, min_minutes=minutes, max_minutes=minutes, at=at, done=done)


def study_day(number: int, *blocks: Block, hours: float = 2) -> Day:
    return Day(
        number=number, title=f"Day {number}", variants=(Variant(hours=hours, blocks=blocks),)
    )


def plan(*days: Day) -> Plan:
    return Plan(id="p", title="Plan", days=days)


def utc(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment in the week of Monday 30 Nov 2026 (day 0 is that Monday)."""
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute), tzinfo=UTC)


def where(result: CarryOver) -> dict[str, str]:
    return {b.key: f"{b.start:%a %H:%M}" for b in result.schedule.blocks}


OPTIONS = ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=10)


def three_days() -> Plan:
    # Each day's budget (2 h) holds 110 minutes and one break.
    return plan(
        study_day(1, block("a1", 60), block("a2", 50)),
        study_day(2, block("b1", 60), block("b2", 50)),
        study_day(3, block("c1", 60), block("c2", 50)),
    )


# ---------------------------------------------------------------------------------------------
# shift


def test_shift_puts_missed_blocks_first_and_moves_the_rest_later() -> None:
    result = carry_over(three_days(), OPTIONS, now=utc(1, 8), mode="shift")
    assert [b.key for b in result.missed] == ["p.d1.a1", "p.d1.a2"]
    assert where(result) == {
        "p.d1.a1": "Tue 09:00",
        "p.d1.a2": "Tue 10:10",
        "p.d2.b1": "Wed 09:00",
        "p.d2.b2": "Wed 10:10",
        "p.d3.c1": "Thu 09:00",
        "p.d3.c2": "Thu 10:10",
    }
    assert result.summary == (
        "carried over: 2 blocks from Mon 30 Nov; 4 later blocks moved later to make room"
    )
    assert [m.key for m in result.carried] == ["p.d1.a1", "p.d1.a2"]
    assert {b.key for b in result.schedule.blocks} == {b.key for b in result.planned.blocks}


def test_shift_fills_the_rest_of_today_before_tomorrow() -> None:
    p = plan(study_day(1, block("a1", 30), block("a2", 30), hours=3), study_day(2, block("b", 30)))
    # 10:05: a1 (09:00-09:30) is missed, a2 (09:40-10:10) is under way and stays.
    result = carry_over(p, OPTIONS, now=utc(0, 10, 5), mode="shift")
    assert where(result) == {"p.d1.a1": "Mon 10:20", "p.d1.a2": "Mon 09:40", "p.d2.b": "Tue 09:00"}
    assert result.summary == "carried over: 1 block from Mon 30 Nov"


def test_shift_keeps_done_blocks_where_they_were() -> None:
    p = plan(
        study_day(1, block("a1", 60), block("a2", 50, done=True)),
        study_day(2, block("b1", 60), block("b2", 50)),
    )
    done = {"p.d1.a1": utc(0, 18)}
    result = carry_over(p, OPTIONS, done=done, now=utc(1, 8), mode="shift")
    assert result.missed == ()
    assert result.moves == ()
    assert result.schedule == result.planned
    assert result.summary == "carried over: nothing (no missed blocks)"
    only_keys = carry_over(p, OPTIONS, done={"p.d1.a1"}, now=utc(1, 8), mode="shift")
    assert only_keys.schedule == result.planned


def test_shift_never_moves_a_block_earlier_and_keeps_pinned_ones() -> None:
    p = plan(
        study_day(1, block("a", 60)),
        study_day(2, block("lecture", 60, at="16:00"), block("b", 50), hours=3),
        study_day(3, block("c", 30)),
    )
    result = carry_over(p, OPTIONS, now=utc(1, 8), mode="shift")
    assert where(result) == {
        "p.d1.a": "Tue 09:00",
        "p.d2.lecture": "Tue 16:00",
        # The pinned lecture's hour counts in Tuesday's 3 hours: a fits, b moves on.
        "p.d2.b": "Wed 09:00",
        "p.d3.c": "Wed 10:00",
    }


def test_shift_holds_rest_days_busy_time_and_day_bounds() -> None:
    p = plan(study_day(1, block("a", 60)), study_day(2, block("b", 60)))
    meeting = BusyInterval(utc(1, 9), utc(1, 12), "Workshop")
    options = ScheduleOptions(
        start=dt.date(2026, 12, 3),  # Thursday; Saturday and Sunday are rest days
        tz="UTC",
        rest=frozenset({5, 6}),
        busy=(meeting,),
        day_start=dt.time(9),
        day_end=dt.time(12),
    )
    # Thursday's a is missed; Friday 4 Dec 09:00 takes it, b moves to Monday 7 Dec.
    result = carry_over(p, options, now=utc(3, 20), mode="shift")
    assert {b.key: b.start for b in result.schedule.blocks} == {
        "p.d1.a": utc(4, 9),
        "p.d2.b": utc(7, 9),
    }
    assert result.schedule.blocks[1].date == dt.date(2026, 12, 7)


def test_shift_keeps_a_break_from_busy_time() -> None:
    p = plan(study_day(1, block("a", 30)), study_day(2, block("b", 30), hours=3))
    busy = BusyInterval(utc(1, 9), utc(1, 9, 45), "Call")
    result = carry_over(
        p, ScheduleOptions(start=MONDAY, tz="UTC", busy=(busy,)), now=utc(1, 7), mode="shift"
    )
    assert where(result) == {"p.d1.a": "Tue 09:55", "p.d2.b": "Tue 10:35"}


# ---------------------------------------------------------------------------------------------
# fill


def test_fill_puts_missed_blocks_in_spare_time_and_leaves_the_rest() -> None:
    p = plan(
        study_day(1, block("a1", 60), block("a2", 30)),
        study_day(2, block("b", 60)),  # 50 spare minutes: a2 fits after a break, a1 does not
        study_day(3, block("c", 110)),  # full
        study_day(4, block("d", 30)),
    )
    result = carry_over(p, OPTIONS, now=utc(1, 8), mode="fill")
    assert where(result) == {
        "p.d1.a1": "Thu 09:40",
        "p.d1.a2": "Tue 10:10",
        "p.d2.b": "Tue 09:00",
        "p.d3.c": "Wed 09:00",
        "p.d4.d": "Thu 09:00",
    }
    assert all(m.missed for m in result.moves)
    assert result.summary == "carried over: 2 blocks from Mon 30 Nov"


def test_fill_reports_what_finds_no_room_in_14_days_and_leaves_it() -> None:
    days = [study_day(n, block(f"x{n}", 110)) for n in range(1, 21)]
    result = carry_over(plan(*days), OPTIONS, now=utc(2, 8), mode="fill")
    assert [b.key for b in result.not_carried] == ["p.d1.x1", "p.d2.x2"]
    assert result.moves == ()
    assert result.schedule == result.planned
    assert result.summary == (
        "carried over: nothing; 2 blocks from Mon 30 Nov, Tue 1 Dec found no room "
        "in the next 14 days"
    )


def test_fill_uses_days_after_the_plan_with_the_hours_asked_for() -> None:
    p = plan(study_day(1, block("a", 60)), study_day(2, block("b", 110)))
    options = ScheduleOptions(start=MONDAY, tz="UTC", hours_by_weekday={2: 0.5}, hours=1)
    result = carry_over(p, options, now=utc(1, 8), mode="fill")
    # Wednesday allows 30 minutes only: the hour goes to Thursday.
    assert where(result)["p.d1.a"] == "Thu 09:00"


# ---------------------------------------------------------------------------------------------
# The API


def test_carried_blocks_keep_their_uids_in_the_calendar() -> None:
    result = carry_over(three_days(), OPTIONS, now=utc(1, 8), mode="shift")
    before, after = to_ics(result.planned), to_ics(result.schedule)
    uids = [line for line in before.decode().splitlines() if line.startswith("UID:")]
    assert uids
    assert sorted(uids) == sorted(x for x in after.decode().splitlines() if x.startswith("UID:"))
    assert before != after


def test_a_naive_now_is_read_in_the_schedule_zone() -> None:
    options = ScheduleOptions(start=MONDAY, tz="Asia/Tokyo")
    p = plan(study_day(1, block("a", 60)), study_day(2, block("b", 60)))
    # 09:30 in Tokyo on Monday: a (09:00-10:00) is under way, nothing is missed yet.
    assert carry_over(p, options, now=dt.datetime(2026, 11, 30, 9, 30)).missed == ()
    assert len(carry_over(p, options, now=dt.datetime(2026, 11, 30, 10, 0)).missed) == 1


def test_an_unknown_mode_is_an_options_error() -> None:
    with pytest.raises(OptionsError, match="carry-over mode 'later'"):
        carry_over(three_days(), OPTIONS, now=utc(1, 8), mode="later")  # type: ignore[arg-type]


def test_carry_over_is_part_of_the_public_api() -> None:
    assert planexport.carry_over is carry_over
    assert "carry_over" in planexport.__all__
    assert planexport.CarryOver is CarryOver


# ---------------------------------------------------------------------------------------------
# Properties


@st.composite
def situations(draw: st.DrawFn) -> tuple[Plan, ScheduleOptions, set[str], dt.datetime]:
    days = []
    for n in range(1, draw(st.integers(min_value=1, max_value=6)) + 1):
        sizes = draw(st.lists(st.integers(min_value=10, max_value=120), min_size=0, max_size=4))
        if not sizes:
            days.append(Day(number=n, title=f"Day {n}"))  # a rest day
            continue
        hours = draw(st.sampled_from([1, 2, 3, 4]))
        days.append(study_day(n, *(block(f"b{i}", m) for i, m in enumerate(sizes)), hours=hours))
    p = plan(*days)
    rest = frozenset(draw(st.sets(st.integers(min_value=0, max_value=6), max_size=2)))
    options = ScheduleOptions(
        start=MONDAY,
        tz="UTC",
        rest=rest,
        break_minutes=draw(st.sampled_from([0, 10])),
        day_start=dt.time(9),
        day_end=dt.time(draw(st.sampled_from([13, 17, 21]))),
    )
    keys = [
        f"p.d{d.number}.b{i}"
        for d in days
        for i in range(len(d.variants[0].blocks) if d.variants else 0)
    ]
    done = set(draw(st.lists(st.sampled_from(keys), max_size=3))) if keys else set()
    now = utc(0, 8) + dt.timedelta(minutes=draw(st.integers(min_value=0, max_value=9 * 24 * 60)))
    return p, options, done, now


def _usage(blocks: list[ScheduledBlock], gap: int) -> int:
    return sum(b.minutes for b in blocks) + gap * max(len(blocks) - 1, 0)


def _common_checks(result: CarryOver, options: ScheduleOptions, done: set[str]) -> None:
    planned = {b.key: b for b in result.planned.blocks}
    now = {b.key: b for b in result.schedule.blocks}
    assert set(now) == set(planned)  # nothing dropped, keys kept
    for key in done:
        if key in planned:
            assert now[key] == planned[key]
    gap = dt.timedelta(minutes=options.break_minutes)
    ordered = sorted(now.values(), key=lambda b: b.start)
    for a, b in itertools.pairwise(ordered):
        moved = planned[a.key] != a or planned[b.key] != b
        # A moved block keeps a break from its neighbours; the others keep the plan's spacing.
        assert a.end + (gap if moved else dt.timedelta()) <= b.start
    for move in result.moves:
        assert move.after.start >= result.now
        assert move.after.date == move.after.start.date()
        assert move.after.date.weekday() not in options.rest
        assert move.after.start.time() >= options.day_start
        assert move.after.end.time() <= options.day_end
        assert move.after.minutes == move.before.minutes


@given(situation=situations())
@settings(max_examples=60, deadline=None)
def test_property_shift_keeps_order_and_budgets_and_drops_nothing(
    situation: tuple[Plan, ScheduleOptions, set[str], dt.datetime],
) -> None:
    p, options, done, now = situation
    result = carry_over(p, options, done=done, now=now, mode="shift")
    _common_checks(result, options, done)
    assert result.not_carried == ()
    missed = {b.key for b in result.missed}
    assert {m.key for m in result.carried} == missed
    planned = {b.key: b for b in result.planned.blocks}
    after = {b.key: b for b in result.schedule.blocks}
    # Missed blocks first, then the rest of the plan, in the order planned.
    flowing = [b.key for b in result.planned.blocks if b.key in missed] + [
        b.key for b in result.planned.blocks if b.start >= now and b.key not in done
    ]
    starts = [after[k].start for k in flowing]
    assert starts == sorted(starts)
    for key in flowing:
        if key not in missed:
            assert after[key].start >= planned[key].start
    # No day holds more than its budget, or what the plan itself put there.
    by_date: dict[dt.date, list[ScheduledBlock]] = defaultdict(list)
    for b in after.values():
        by_date[b.date].append(b)
    planned_by_date: dict[dt.date, list[ScheduledBlock]] = defaultdict(list)
    for b in planned.values():
        planned_by_date[b.date].append(b)
    budgets = {d.date: d.budget_minutes for d in result.planned.days}
    last = max(d.date for d in result.planned.days)
    biggest = max((d.budget_minutes for d in result.planned.days), default=0)
    for date, blocks in by_date.items():
        budget = budgets.get(date, 0) if date <= last else biggest
        allowed = max(budget, _usage(planned_by_date.get(date, []), options.break_minutes))
        moved_here = [b for b in blocks if b != planned[b.key]]
        if moved_here and len(blocks) > 1:
            assert _usage(blocks, options.break_minutes) <= allowed


@given(situation=situations())
@settings(max_examples=60, deadline=None)
def test_property_fill_moves_only_missed_blocks_into_the_next_14_days(
    situation: tuple[Plan, ScheduleOptions, set[str], dt.datetime],
) -> None:
    p, options, done, now = situation
    result = carry_over(p, options, done=done, now=now, mode="fill")
    _common_checks(result, options, done)
    missed = {b.key for b in result.missed}
    assert {m.key for m in result.moves} | {b.key for b in result.not_carried} == missed
    assert not {m.key for m in result.moves} & {b.key for b in result.not_carried}
    planned = {b.key: b for b in result.planned.blocks}
    for b in result.schedule.blocks:
        if b.key not in missed or b.key in {n.key for n in result.not_carried}:
            assert b == planned[b.key]
    for move in result.moves:
        assert move.after.date < now.date() + dt.timedelta(days=14)


def test_a_plan_on_named_weekdays_goes_on_on_those_weekdays() -> None:
    p = plan(
        Day(
            number=1,
            title="Mon",
            weekday="mon",
            variants=(Variant(hours=1, blocks=(block("m", 60),)),),
        ),
        Day(
            number=2,
            title="Wed",
            weekday="wed",
            variants=(Variant(hours=2, blocks=(block("w", 110),)),),
        ),
    )
    result = carry_over(p, OPTIONS, now=utc(1, 8), mode="shift")
    # Monday's hour goes to Wednesday, whose 110 minutes then wait for the next Wednesday.
    assert {b.key: b.start for b in result.schedule.blocks} == {
        "p.d1.m": utc(2, 9),
        "p.d2.w": utc(9, 9),
    }
