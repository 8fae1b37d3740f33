"""Schedules built by hand for the Todoist and CSV tests, independent of the scheduler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from planexport.model import Block, Day, Item, Plan, Variant
from planexport.scheduling import (
    Schedule,
    ScheduledBlock,
    ScheduledDay,
    ScheduleOptions,
    block_keys,
)

DATA = Path(__file__).parent / "data" / "todoist"
START = dt.date(2026, 11, 30)
TZ = "Europe/Berlin"


def go_week() -> Plan:
    """The user's week (plans/go-track.md), 4-hour plans only."""
    return Plan.model_validate_json((DATA / "go-week.json").read_text(encoding="utf-8"))


def simple_schedule(
    plans: Sequence[Plan] | Plan,
    *,
    start: dt.date = START,
    tz: str = TZ,
    break_minutes: int = 10,
) -> Schedule:
    """Each day's shortest variant from 09:00, blocks at their least length, one after another."""
    plans = [plans] if isinstance(plans, Plan) else list(plans)
    zone = ZoneInfo(tz)
    days: list[ScheduledDay] = []
    date = start
    counts: dict[str, int] = {}
    for plan in plans:
        counts[plan.id] = counts.get(plan.id, 0) + 1
    seen: dict[str, int] = {}
    for week, plan in enumerate(plans):
        seen[plan.id] = seen.get(plan.id, 0) + 1
        tag = f".w{seen[plan.id]}" if counts[plan.id] > 1 else ""
        for day in sorted(plan.days, key=lambda d: d.number):
            variant = day.variant()
            blocks: list[ScheduledBlock] = []
            if variant is not None:
                vi = day.variants.index(variant)
                keys = block_keys(plan, day, week_tag=tag)
                at = dt.datetime.combine(date, dt.time(9, 0), tzinfo=zone)
                for bi, block in enumerate(variant.blocks):
                    end = at + dt.timedelta(minutes=block.min_minutes)
                    blocks.append(
                        ScheduledBlock(
                            key=keys[(vi, bi)],
                            start=at,
                            end=end,
                            minutes=block.min_minutes,
                            plan=plan,
                            day=day,
                            block=block,
                            date=date,
                            week=week,
                        )
                    )
                    at = end + dt.timedelta(minutes=break_minutes)
            days.append(
                ScheduledDay(
                    plan=plan,
                    day=day,
                    date=date,
                    week=week,
                    variant=variant,
                    budget_minutes=int(variant.hours * 60) if variant else 0,
                    blocks=tuple(blocks),
                )
            )
            date += dt.timedelta(days=1)
    return Schedule(
        plans=tuple(plans),
        options=ScheduleOptions(start=start, tz=tz),
        tz=tz,
        days=tuple(days),
    )


def long_plan(weeks: int = 16) -> Plan:
    """A plan of `weeks` weeks: four blocks a day, three or four items each (some nested)."""
    days = []
    titles = ("Concepts", "Practice", "DSA", "Review")
    for number in range(1, weeks * 7 + 1):
        blocks = []
        for bi, title in enumerate(titles):
            items = [
                Item(text=f"Step {i} of {title.lower()} on day {number}.") for i in range(1, 4)
            ]
            if bi % 2 == 0:
                items[0] = Item(text=items[0].text, children=(Item(text="Take notes."),))
            blocks.append(Block(title=title, min_minutes=45, max_minutes=60, items=tuple(items)))
        days.append(
            Day(
                number=number,
                title=f"Topic {number}",
                variants=(Variant(hours=4, blocks=tuple(blocks)),),
            )
        )
    return Plan(id="long", title="Long Track", days=tuple(days))
