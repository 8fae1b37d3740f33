"""Schedules built by hand for the Todoist and CSV tests, independent of the scheduler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from planexport.model import Block, Day, Item, Plan, Variant
from planexport.scheduling import Schedule
from tests.ics_support import make_schedule

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
    return make_schedule(plans, start=start, tz=tz, break_minutes=break_minutes)


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
