"""Dutch hours written `4u` are lengths; `9u - 10u` and `10u30` stay clock times."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.dutch_lengths import dutch_lengths
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "dutch_lengths"


def test_hours_with_u_are_lengths_in_each_week() -> None:
    result = read_plan(PLANS / "weeks.md")
    plan = result.plan
    assert [(d.week, d.title) for d in plan.days] == [(1, "Week 1 = 4 uur"), (2, "Week 2 = 3 uur")]
    assert pinned(plan, 0) == [
        ("Lezen: hoofdstuk 1", 90, None),
        ("Oefeningen", 120, None),
        ("Quiz", 30, None),
    ]
    assert pinned(plan, 1) == [("Lezen: hoofdstuk 2", 180, None)]
    assert warnings(result) == []


def test_clock_hours_with_u_stay_clock_times() -> None:
    plan = read_plan(PLANS / "clock-hours.md").plan
    # "(1u)" is the length the span already gives: it leaves the title, the span stays.
    assert pinned(plan, 0) == [("Presentaties", 60, "09:00"), ("Workshop", 60, "11:00")]
    # "10u30 Koffie" starts a coffee break between the spans: a gap, its line the day's note.
    assert plan.days[0].notes == ("10:30 - Koffie",)


def test_an_hour_that_starts_a_line_or_a_cell_is_a_start_time() -> None:
    text = "- 9u Inloop (1u)\n| 13u | Werkgroepen (2u) |\n- Lezen (1,5u)"
    assert dutch_lengths(text) == (
        "- 9u Inloop (1 uur)\n| 13u | Werkgroepen (2 uur) |\n- Lezen (1,5 uur)"
    )
    assert dutch_lengths("- Lezen (2u)") == "- Lezen (2u)"  # one alone may be something else


def test_hours_with_u_are_found_among_words_that_end_in_u() -> None:
    text = "- Menu kiezen (2u)\n- Bureau opruimen\n- Lezen (1,5 u)"
    assert dutch_lengths(text) == "- Menu kiezen (2 uur)\n- Bureau opruimen\n- Lezen (1,5 uur)"
    assert dutch_lengths("- Menu (2)\n- Bureau (3 uur)") == "- Menu (2)\n- Bureau (3 uur)"
