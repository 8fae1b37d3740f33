"""What the reader tests compare: days, pinned blocks and warnings as plain tuples and lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator
    from pathlib import Path

    from planexport.model import Block, Day, Plan
    from planexport.reader import ReadResult


# a day's week, weekday, date, title and blocks (title, minutes, pin)
DatedDay = tuple[
    "int | None", "str | None", "dt.date | None", str, "list[tuple[str, int, str | None]]"
]


def blocks_of(plan: Plan) -> Iterator[tuple[Day, Block]]:
    """Every block of the plan with its day, in order, every variant's in turn."""
    return ((d, b) for d in plan.days for v in d.variants for b in v.blocks)


def days(plan: Plan) -> list[tuple[str | None, dt.date | None, str]]:
    return [(d.weekday, d.date, d.title) for d in plan.days]


def pinned(plan: Plan, index: int) -> list[tuple[str, int, str | None]]:
    day = plan.days[index]
    return [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks]


def blocks_with_items(plan: Plan) -> list[tuple[str, int, str | None, list[str]]]:
    """Every block of the plan, in order: title, minutes, pin and its items' texts."""
    return [(b.title, b.min_minutes, b.at, [i.text for i in b.items]) for _, b in blocks_of(plan)]


def dated_days(plan: Plan) -> list[DatedDay]:
    """Each day's week, weekday, date and title with its blocks (title, minutes, pin)."""
    return [
        (
            d.week,
            d.weekday,
            d.date,
            d.title,
            [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def day_blocks(plan: Plan) -> list[tuple[str | None, list[tuple[str, int, str | None]]]]:
    """Each day's weekday and its blocks (title, minutes, start)."""
    return [
        (d.weekday, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def warnings(result: ReadResult) -> list[str]:
    return [f"{w.line}: {w.message}" for w in result.warnings]


def undated(heading: str, date: str, weekday: str, *, line: int | None = None) -> str:
    """The one warning for a plan whose weekday headings carry a date that no year settles
    (`"Mardi 4 juin"` read with no year in the plan), with its line first when given."""
    message = (
        f'"{heading}": the plan writes no year and {date} is no {weekday} from two weeks ago '
        "on: the days' weekdays are read, not their dates (write the year to date them)"
    )
    return message if line is None else f"{line}: {message}"


def quiet_blocks(path: Path) -> list[tuple[str, int, str | None]]:
    """Every block of the plan at `path` as (title, minutes, pin), its reading warned of nothing."""
    from planexport.reader import read_plan

    result = read_plan(path)
    assert warnings(result) == []
    return [
        (b.title, b.min_minutes, b.at)
        for d in result.plan.days
        for v in d.variants
        for b in v.blocks
    ]
