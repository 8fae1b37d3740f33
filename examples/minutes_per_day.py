"""Load a plan and print its study minutes per day, for each of its plan lengths."""

from __future__ import annotations

import sys
from pathlib import Path

import planexport


def main(path: str) -> None:
    plan = planexport.load(path)
    print(f"{plan.title} ({plan.id})")
    for day in plan.days:
        if day.is_rest:
            print(f"  Day {day.number}: rest")
            continue
        spans = ", ".join(
            f"{v.hours:g}h plan {v.min_minutes}–{v.max_minutes} min" for v in day.variants
        )
        print(f"  Day {day.number} {day.title}: {spans}")


if __name__ == "__main__":
    main(
        sys.argv[1]
        if len(sys.argv) > 1
        else str(Path(__file__).parent.parent / "plans" / "go-track.md")
    )
