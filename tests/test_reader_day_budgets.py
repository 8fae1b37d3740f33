"""A day's own length over blocks given as ranges: the day is as long as its heading says when
that lies between its blocks at their shortest and at their longest."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

BUDGETS = DATA / "day_budgets"


def read(name: str) -> ReadResult:
    return read_plan(BUDGETS / name)


def plan_hours(result: ReadResult) -> list[tuple[str | None, list[float]]]:
    return [(d.weekday, [v.hours for v in d.variants]) for d in result.plan.days]


def test_a_routine_heading_s_hours_are_each_weekday_s_length() -> None:
    result = read("es-rutina-con-horas.md")
    assert plan_hours(result) == [
        *((day, [3.0]) for day in ("mon", "tue", "wed", "thu", "fri")),
        ("sat", [2.0]),
    ]
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.max_minutes) for b in blocks] == [
        ("Teoría", 45, 60),
        ("Problemas", 60, 90),
        ("Repaso", 30, 45),
    ]
    assert warnings(result) == []


def test_a_numbered_day_s_hours_fall_between_its_ranges() -> None:
    assert plan_hours(read("de-tag-mit-stunden.md")) == [(None, [3.0])]


def test_a_day_longer_than_its_blocks_at_their_longest_keeps_their_length() -> None:
    assert plan_hours(read("en-day-longer-than-blocks.md")) == [(None, [2.5])]


def test_a_day_shorter_than_its_blocks_at_their_shortest_keeps_their_length() -> None:
    assert plan_hours(read("it-giorno-breve.md")) == [(None, [1.75])]
