"""A bold label of a range of weekdays followed by those days' topic (`**Monday - Wednesday:**
Constellations`, `**Wednesday - Weekend:** First light`, `**Weekend:** Night out`) over untimed
bullets: each of those weekdays is a day titled by the topic, in its week; the plan's stated
daily length gives them their time, and with no length anywhere the plan is refused, naming
the days it found. A length on the label (`(45 min)`) is each day's, still titled by the topic."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "range_label_topics"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_range_labels_under_weeks_are_their_days_with_the_daily_commitment() -> None:
    result = read("daily-commitment-over-ranges.md")
    plan = result.plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Constellations"),
        (1, "tue", "Constellations"),
        (1, "wed", "Constellations"),
        (1, "thu", "Planets"),
        (1, "fri", "Planets"),
        (1, "sat", "Night out"),
        (1, "sun", "Night out"),
        (2, "mon", "Optics"),
        (2, "tue", "Optics"),
        (2, "wed", "First light"),
        (2, "thu", "First light"),
        (2, "fri", "First light"),
        (2, "sat", "First light"),
        (2, "sun", "First light"),
    ]
    first = plan.days[0].variants[0].blocks[0]
    assert (first.min_minutes, first.max_minutes) == (120, 180)
    assert [i.text for i in first.items] == [
        "Learn the spring constellations",
        "Find the pole star",
    ]
    assert warnings(result) == [
        '3: "2-3 hours" a day: no day gives a time of its own, so each of the 14 days is one'
        " block that long, titled by the day"
    ]


def test_a_length_on_a_range_label_is_each_days_and_the_topic_titles_it() -> None:
    result = read("range-label-with-length.md")
    assert blocks_with_items(result.plan) == [
        ("Open chords", 45, None, ["G, C and D"]),
        ("Open chords", 45, None, ["G, C and D"]),
        ("Open chords", 45, None, ["G, C and D"]),
        ("Strumming", 30, None, ["Down-up patterns"]),
        ("Strumming", 30, None, ["Down-up patterns"]),
    ]
    assert [d.weekday for d in result.plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert warnings(result) == []


def test_range_labels_with_no_length_anywhere_are_refused_naming_the_days() -> None:
    with pytest.raises(PlanError) as raised:
        read("no-length-anywhere.md")
    assert "no timed blocks found (5 days found, none with a length or a clock time" in str(
        raised.value
    )
