"""Build a plan in Python, with no Markdown, and export it as an iCalendar file."""

from __future__ import annotations

import datetime as dt
import sys

import planexport
from planexport import Block, Day, Item, Plan, Variant


def build() -> Plan:
    """A two-day plan: a 2-hour plan each day, and a 3-hour plan on Day 1."""
    reading = Block(
        title="Reading",
        label="Block 1",
        min_minutes=45,
        max_minutes=60,
        items=(Item(text="Chapter 1", children=(Item(text="Take notes"),)),),
    )
    drills = Block(title="Drills", label="Block 2", min_minutes=60, max_minutes=60)
    project = Block(title="Project", min_minutes=60, max_minutes=60, note="Ship something small.")
    return Plan(
        id="py",
        title="Python Basics",
        days=(
            Day(
                number=1,
                title="Syntax",
                focus="Get comfortable",
                variants=(
                    Variant(hours=2, blocks=(reading, drills)),
                    Variant(hours=3, blocks=(reading, drills, project)),
                ),
            ),
            Day(number=2, title="Rest"),
        ),
    )


def main(output: str) -> None:
    week = planexport.schedule(
        build(),
        planexport.ScheduleOptions(start=dt.date(2026, 11, 30), tz="Europe/Berlin", hours=3),
    )
    planexport.write_atomic(output, planexport.to_ics(week))
    for block in week.blocks:
        print(f"{block.start:%a %d %b %H:%M}–{block.end:%H:%M} {block.block.title}")
    print(f"wrote {output}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "python-basics.ics")
