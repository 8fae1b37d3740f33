"""A daily template giving each session its length, over days that only name the sessions:
`### Morning Session (1.5 hours)` then `- Morning Session: River landforms` under `## Day 1`."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "template_sessions"


def _sessions(path: str) -> list[list[tuple[str, int, str | None]]]:
    plan = read_plan(PLANS / path).plan
    return [
        [(b.title, b.min_minutes, b.session) for v in day.variants for b in v.blocks]
        for day in plan.days
    ]


def test_heading_template_gives_each_named_session_its_length() -> None:
    result = read_plan(PLANS / "heading-template.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert _sessions("heading-template.md") == [
        [
            ("River landforms", 90, "Morning Session"),
            ("15 short answers on rivers", 60, "Afternoon Session"),
            ("Card deck 1", 30, "Evening Review"),
        ],
        [
            ("Coastal erosion", 90, "Morning Session"),
            ("Map skills sheet", 60, "Afternoon Session"),
            ("Card deck 2", 30, "Evening Review"),
        ],
    ]
    assert warnings(result) == []


def test_table_template_gives_each_session_its_length() -> None:
    assert _sessions("table-template.md") == [
        [
            ("Podcast episode 3", 40, "Listening"),
            ("Preterite vs imperfect", 60, "Grammar"),
            ("Describe a holiday", 20, "Speaking"),
        ],
        [
            ("News clip", 40, "Listening"),
            ("Subjunctive triggers", 60, "Grammar"),
            ("Role play at a shop", 20, "Speaking"),
        ],
    ]


def test_bold_short_labels_name_the_template_sessions() -> None:
    assert _sessions("bold-labels.md") == [
        [("Key signatures", 45, "Morning Session"), ("Interval quiz", 25, "Evening Session")],
        [("Cadences", 45, "Morning Session"), ("Chord spotting", 25, "Evening Session")],
    ]


def test_a_day_giving_its_own_length_keeps_it() -> None:
    assert _sessions("own-length.md")[1] == [
        ("Mock paper", 180, "Morning Session"),
        ("Mark the mock", 60, "Afternoon Session"),
    ]


def test_sessions_come_in_the_template_order() -> None:
    assert _sessions("other-order.md") == [
        [("Baroque painters", 60, "Morning Session"), ("Baroque flashcards", 30, "Evening Review")]
    ]


def test_a_template_without_lengths_is_read_as_before() -> None:
    assert _sessions("template-without-lengths.md") == [[("Summary: Chapter 1", 30, None)]]
