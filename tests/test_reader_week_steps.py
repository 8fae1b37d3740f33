"""Each week's own daily steps (`**Evening Schedule (2 hours):**` over clock spans, in every
week): the week's days take that week's steps, not the first week's."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

STEPS = DATA / "week_steps"


def read(name: str) -> ReadResult:
    return read_plan(STEPS / name)


def steps(result: ReadResult) -> list[tuple[int | None, int, list[tuple[str, int, str | None]]]]:
    return [
        (d.week, d.number, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_each_weeks_evening_schedule_is_its_days() -> None:
    # was: "no timed blocks found"
    week_1 = [("Hiragana drills", 60, "18:30"), ("Writing practice", 60, "19:30")]
    assert steps(read("evening-schedule-each-week.md")) == [
        (1, 1, week_1),
        (1, 2, week_1),
        (1, 3, week_1),
        (2, 1, [("Katakana drills", 60, "18:30"), ("Loanword reading", 30, "19:30")]),
    ]


def test_each_weeks_daily_schedule_is_its_days() -> None:
    # was: week 1's steps on week 2's days too
    week_2 = [("Lecture notes on events", 45, None), ("Exercises on events", 45, None)]
    result = read("daily-schedule-each-week.md")
    assert steps(result)[2:] == [(2, 1, week_2), (2, 2, week_2)]
    assert steps(result)[0][2] == [
        ("Lecture notes on spread", 60, None),
        ("Exercises on spread", 30, None),
    ]
