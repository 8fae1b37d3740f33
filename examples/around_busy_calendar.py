"""Schedule the user's week around an existing calendar (busy time) and print it."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import planexport

HERE = Path(__file__).parent


def main(plan_path: str, busy_path: str) -> None:
    options = planexport.ScheduleOptions(
        start=dt.date(2026, 11, 30),
        tz="Europe/Berlin",
        hours=4,
        busy=(planexport.read_busy(busy_path),),
    )
    week = planexport.schedule(planexport.load(plan_path), options)
    for day in week.days:
        print(f"{day.date:%a %d %b}  Day {day.day.number}: {day.day.title}")
        for block in day.blocks:
            print(f"  {block.start:%H:%M}–{block.end:%H:%M}  {block.block.title}")
        for unplaced in day.unplaced:
            print(f"  (does not fit) {unplaced.block.title}, {unplaced.minutes} min")


if __name__ == "__main__":
    plan = sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent / "plans" / "go-track.md")
    busy = sys.argv[2] if len(sys.argv) > 2 else str(HERE / "data" / "work-calendar.ics")
    main(plan, busy)
