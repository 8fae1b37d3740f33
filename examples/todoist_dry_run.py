"""Plan a Todoist push of the user's coming week and print the changes, sending nothing.

Reads TODOIST_API_TOKEN, and PLANEXPORT_TODOIST_URL when set (a compatible local server).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import planexport

HERE = Path(__file__).parent


def main(plan_path: str) -> None:
    # No start: the coming Monday. A push only sends what lies ahead, so a fixed past date
    # would leave nothing to show.
    week = planexport.schedule(
        planexport.load(plan_path),
        planexport.ScheduleOptions(tz="Europe/Berlin", hours=4),
    )
    result = planexport.push_todoist(
        week,
        token=os.environ.get("TODOIST_API_TOKEN"),
        base_url=os.environ.get("PLANEXPORT_TODOIST_URL"),
        options=planexport.TodoistOptions(project="Go Track (dry run)", priority="p3"),
        dry_run=True,
    )
    for change in result.plan.changes:
        print(change)
    print(f"would have {result.plan.summary()}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent / "plans" / "go-track.md"))
