"""Dutch lengths in hours and minutes written with `u` (`Lezen 1u30`, `- 1u15m Oefenen`, `| 1u30 |`
in a `Duur` column): 90 and 75 minutes, never a start at 01:30."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.dutch_lengths import dutch_lengths
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "dutch_hour_minutes"


def test_hours_and_minutes_after_a_title_are_lengths() -> None:
    result = read_plan(PLANS / "nl-after-titles.md")
    assert pinned(result.plan, 0) == [
        ("Lezen", 90, None),
        ("Samenvatten", 75, None),
        ("Oefenen", 120, None),  # "2u" beside the others is a length too
        ("Herhalen", 45, None),
    ]
    assert warnings(result) == []


def test_hours_and_minutes_that_start_a_line_are_lengths() -> None:
    result = read_plan(PLANS / "nl-leading-lengths.md")
    assert pinned(result.plan, 0) == [
        ("Lezen hoofdstuk 3", 90, None),
        ("Oefenopgaven", 75, None),
        ("Project", 150, None),
    ]
    assert warnings(result) == []


def test_a_duur_column_of_hours_with_u() -> None:
    result = read_plan(PLANS / "nl-duur-column.md")
    assert pinned(result.plan, 0) == [
        ("Statistiek", 90, None),
        ("Scriptie", 120, None),
        ("Mail", 20, None),
    ]
    assert warnings(result) == []


def test_a_length_between_clock_spans_is_no_start() -> None:
    result = read_plan(PLANS / "nl-between-spans.md")
    assert pinned(result.plan, 0) == [
        ("Wiskunde", 60, "09:00"),
        ("Zelfstudie", 90, None),
        ("Werkgroep", 60, "13:00"),
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


@pytest.mark.parametrize(
    "text",
    [
        "- 10u30 Koffie",  # a time of day from 5 on
        "- 9u30 Start",
        "- Slapen om 1u30",  # a time after "om"
        "- 1u30 - 3u Nachtdienst",  # a span
        "- Lezen 1u30x",
    ],
)
def test_clock_times_with_u_and_minutes_stay_as_written(text: str) -> None:
    assert dutch_lengths(text) == text


def test_hours_and_minutes_are_rewritten_as_a_length() -> None:
    assert dutch_lengths("- Lezen 1u30") == "- Lezen 1 uur 30 min"
    assert dutch_lengths("- 2u30min Project") == "- 2 uur 30 min Project"
    assert dutch_lengths("| Mail | 0u20 |") == "| Mail | 20 min |"
