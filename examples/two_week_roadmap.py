"""Two weekly plans as a two-week roadmap: week 2 starts the day after week 1 ends."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import planexport

HERE = Path(__file__).parent


def main(output: str) -> None:
    weeks = [
        planexport.load(HERE.parent / "plans" / "go-track.md"),
        planexport.load(HERE / "plans" / "go-concurrency.md"),
    ]
    roadmap = planexport.schedule(
        weeks,
        planexport.ScheduleOptions(
            start=dt.date(2026, 11, 30),
            tz="Europe/Berlin",
            hours=4,
            hours_by_weekday={5: 6, 6: 6},  # the longer plan at weekends
            rest=frozenset({6}),  # no study on Sundays
        ),
    )
    for day in roadmap.days:
        minutes = sum(block.minutes for block in day.blocks)
        print(f"{day.date:%a %d %b}  {day.plan.id} day {day.day.number}: {minutes} min")
    planexport.write_atomic(output, planexport.to_ics(roadmap, calendar_name="Go roadmap"))
    print(f"wrote {output}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "go-roadmap.ics")
