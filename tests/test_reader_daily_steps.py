"""Steps written once for every day (`## Daily Schedule`, `Rules (do these every day)`) are each
untimed day's blocks; `Day N:` lines run together in one paragraph are a day each."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

STEPS = DATA / "daily-steps"


def read(name: str) -> ReadResult:
    return read_plan(STEPS / name)


def test_a_daily_schedule_gives_each_day_bullet_its_blocks() -> None:
    result = read("day-bullets-daily-schedule.md")
    plan = result.plan
    assert [(d.number, d.week, d.title) for d in plan.days] == [
        (1, 1, "Borrowing rules"),
        (2, 1, "Borrowing rules"),
        (3, 1, "Lifetimes"),
        (4, 2, "Generics"),
    ]
    for index in range(4):
        assert pinned(plan, index) == [
            ("Read the chapter", 90, None),
            ("Exercises", 60, None),
            ("Notes", 15, None),
        ]
    assert warnings(result) == []


def test_plain_day_lines_in_one_paragraph_take_the_daily_rules() -> None:
    result = read("plain-day-lines-rules.md")
    plan = result.plan
    assert [(d.number, d.week, d.title) for d in plan.days] == [
        (1, 1, "`01-modes.md`"),
        (2, 1, "`02-motions.md`"),
        (3, 1, "Review day"),
    ]
    steps = [(b.title, b.min_minutes, b.max_minutes) for b in plan.days[2].variants[0].blocks]
    assert steps == [("Warm-up", 15, 15), ("Learn", 60, 120), ("Review", 10, 10)]
    assert warnings(result) == []


def test_a_german_tagesablauf_is_each_days_blocks() -> None:
    plan = read("tagesablauf-tage.md").plan
    assert [(d.number, d.title) for d in plan.days] == [(1, "Deklinationen"), (2, "Konjugationen")]
    for index in range(2):
        assert pinned(plan, index) == [
            ("Vokabeln wiederholen", 20, None),
            ("Übersetzung", 45, None),
        ]


def test_a_daily_list_is_not_laid_over_a_plan_whose_days_have_their_own_times() -> None:
    result = read("daily-list-with-timed-days.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Two pointers", 45, None)]
    assert plan.days[1].variants == ()  # the rest day stays a rest day
    assert warnings(result) == [
        '4: "30 min: Reading" is in no day: not read',
        '5: "30 min: Flashcards" is in no day: not read',
    ]
