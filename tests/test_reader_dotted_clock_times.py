"""Dutch clock times with a dot and `uur` (`12.30 uur`) are times of day, not decimal hours."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.dotted_clock_times import dotted_clock_times
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "dotted_clock_times"


def test_a_list_of_dotted_times_reads_as_clock_times() -> None:
    result = read_plan(PLANS / "list-of-dotted-times.md")
    plan = result.plan
    assert pinned(plan, 0) == [
        ("Werkcollege statistiek", 90, "09:00"),
        ("Samenvatting hoofdstuk 4", 90, "13:00"),
    ]
    assert plan.days[0].notes == ("12:30 Lunch",)  # a start with no length: the day's note
    assert warnings(result) == []


def test_a_span_in_words_is_a_clock_span_and_decimal_hours_stay_lengths() -> None:
    result = read_plan(PLANS / "span-in-words-beside-lengths.md")
    assert pinned(result.plan, 0) == [
        ("Hoorcollege", 210, "09:00"),
        ("Artikelen lezen", 90, "12:30"),
        ("Aantekeningen uitwerken", 150, "14:00"),
    ]
    assert warnings(result) == []


def test_only_hours_of_the_day_beside_another_time_are_clock_times() -> None:
    assert dotted_clock_times("- 9.00 - 10.30 uur Les") == "- 9:00 - 10:30 Les"
    assert dotted_clock_times("- 12.30 uur Lunch\n- 13.00 uur Les") == "- 12:30 Lunch\n- 13:00 Les"
    # Alone, or with minutes past 59 or an hour past 23, a dotted number stays as written.
    for text in ("- Lezen 12.30 uur", "- 9.75 uur - 10.30 uur", "- 25.00 uur\n- 9:00 Les"):
        assert dotted_clock_times(text) == text
    assert dotted_clock_times("- Lezen 1.5 uur\n- 9:00 Les") == "- Lezen 1.5 uur\n- 9:00 Les"
    fenced = "```\n9.00 - 10.30 uur\n```"
    assert dotted_clock_times(fenced) == fenced
