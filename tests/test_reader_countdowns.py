"""Day headings that count down to an exam or interview before the weekday (`## D-3 Wednesday`,
`### T‑2 (Monday)`, `## D-DAY Saturday – 13:00`) are that weekday's days."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "interview_prep_days"


def test_countdown_before_the_weekday_names_the_day() -> None:
    result = read_plan(PLANS / "countdown-weekday-headings.md")
    assert dated_days(result.plan) == [
        (
            None,
            "wed",
            None,
            "Heaps warm-up",
            [("Kth largest drill", 35, None), ("Merge sorted streams", 40, None)],
        ),
        (
            None,
            "thu",
            None,
            "Graph review",
            [("Shortest paths recap", 50, "08:30"), ("Topological order drill", 45, "10:00")],
        ),
        (None, "fri", None, "Rest and light review", [("Skim pattern notes", 20, None)]),
        # Only a time after the weekday: the count is the day's title.
        (
            None,
            "sat",
            None,
            "D-DAY – 13:00",
            [("Walk around the block", 20, "11:30"), ("Paper warm-up", 30, "12:00")],
        ),
    ]
    assert warnings(result) == []


def test_non_breaking_hyphen_and_bracketed_weekday() -> None:
    result = read_plan(PLANS / "countdown-nonbreaking-hyphens.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            None,
            "Probability",
            [("Conditional probability sheet", 45, None), ("Mixed drills", 30, None)],
        ),
        (None, "tue", None, "Statistics", [("Hypothesis tests sheet", 40, None)]),
        (None, "wed", None, "T\u20110", [("Exam hall", 120, "09:00")]),
    ]
    assert warnings(result) == []


def test_a_word_with_a_hyphen_is_no_count() -> None:
    # "T-Shirt Friday" counts nothing down: no Friday, and its line is said to be unread.
    result = read_plan(PLANS / "countdown-word-not-a-count.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "Arrays", [("Two pointers practice", 45, None)])
    ]
    assert warnings(result) == ['4: "Team quiz (30 min)" is in no day: not read']
