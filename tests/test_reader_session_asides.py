"""A session label with its own length over lines that mostly give none is one block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days

PLAN = DATA / "session_asides" / "one-edge-case.md"


def test_the_label_keeps_its_length_and_its_lines_are_items() -> None:
    got = blocks_with_items(read_plan(PLAN).plan)
    assert got[1] == (
        "Evening",
        120,
        None,
        [
            "[ ] Build a debounce helper",
            "[ ] Timed quiz on hoisting (40 minutes)",
            "[ ] Tidy the notes folder",
        ],
    )


def test_one_timed_line_beside_one_untimed_line_is_a_detail_too() -> None:
    got = blocks_with_items(read_plan(PLAN).plan)
    assert got[-1][:2] == ("Evening", 90)
    assert len(got[-1][3]) == 2


def test_lines_that_all_give_lengths_stay_parts_of_the_session() -> None:
    plan = read_plan(PLAN).plan
    morning = [(b.session, b.title, b.min_minutes) for b in plan.days[1].variants[0].blocks][:2]
    assert morning == [
        ("Morning", "Microtasks vs macrotasks", 25),
        ("Morning", "Promise ordering drills", 35),
    ]


def test_days_and_their_hours() -> None:
    result = read_plan(PLAN)
    assert [(w, t) for w, _, t in days(result.plan)] == [("mon", "Closures"), ("tue", "Event loop")]
    assert [v.hours for d in result.plan.days for v in d.variants] == [3.0, 2.5]
    assert result.warnings == ()
