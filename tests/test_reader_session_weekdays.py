"""A numbered session or class that names its weekday after it (`**Session 1** - Tuesday Week 1`,
`**Session 3 (Saturday)**`, `**Class 5** (Thursday)`, `### Sesión 2 – Martes`): a day on that
weekday, titled by the session, in the week of the heading above it."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.session_weekdays import session_weekday
from tests.paths import DATA
from tests.reader_support import day_blocks

SESSIONS = DATA / "session_weekdays"


def read(name: str) -> ReadResult:
    return read_plan(SESSIONS / name)


def test_each_session_is_a_day_on_its_weekday_in_its_week() -> None:
    plan = read("one-edge-case.md").plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "tue", "Session 1 Week 1"),
        (1, "thu", "Session 2 Week 1"),
        (1, "sat", "Session 3"),
        (2, "tue", "Class 4"),
        (2, "thu", "Class 5"),
    ]


def test_the_sessions_blocks_stay_their_own() -> None:
    assert day_blocks(read("one-edge-case.md").plan) == [
        ("tue", [("Unit A: Lines and shading", 60, None), ("Warm-up sketches", 15, None)]),
        ("thu", [("Unit B: Perspective basics", 75, None)]),
        ("sat", [("Unit C: Still life study", 90, None)]),
        ("tue", [("Figure proportions", 60, None)]),
        ("thu", [("Portrait practice", 45, None), ("Lesson 2: Monday's leftovers", 20, None)]),
    ]


def test_the_rewrite_puts_the_weekday_first_in_each_language() -> None:
    assert session_weekday("**Session 1** - Tuesday Week 1") == "**Tuesday** – Session 1 Week 1"
    assert session_weekday("Class 5 (Thursday)") == "Thursday – Class 5"
    assert session_weekday("Sesión 2 – Martes") == "Martes – Sesión 2"
    assert session_weekday("Sitzung 4: Donnerstag") == "Donnerstag – Sitzung 4"
    assert session_weekday("Séance 3 (mardi) – Dessin") == "mardi – Séance 3 – Dessin"
    assert session_weekday("Les 2 – woensdag") == "woensdag – Les 2"


def test_a_weekday_that_is_part_of_other_words_is_left_alone() -> None:
    assert session_weekday("Lesson 2: Monday's leftovers") == "Lesson 2: Monday's leftovers"
    assert session_weekday("Lesson 3: Do the exercises") == "Lesson 3: Do the exercises"
    assert session_weekday("Lesson 5: Friday review") == "Lesson 5: Friday review"
    assert session_weekday("Session 1: Warm-up") == "Session 1: Warm-up"


def test_a_date_time_or_more_in_the_brackets_leaves_the_line_as_written() -> None:
    # dated and timed sessions have readers of their own
    assert session_weekday("Session 3 – Monday 15/09/25") == "Session 3 – Monday 15/09/25"
    assert session_weekday("Class 2 (Tuesday) – 18:00") == "Class 2 (Tuesday) – 18:00"
    assert session_weekday("Session 2 (Friday, week 3)") == "Session 2 (Friday, week 3)"
