"""Weeks named by a paragraph of their own (`**Week 2 – Networking**`, `Week 1 – Object stores`)
over day lines whose numbers start again each week: each label starts its week, and is the
week's title, not a note of the day before it; a sentence about a week is no label."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "week_labels"


def _weeks(name: str) -> list[tuple[int | None, str, list[tuple[str, int]], list[str]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (
            d.week,
            d.title,
            [(b.title, b.min_minutes) for v in d.variants for b in v.blocks],
            list(d.notes),
        )
        for d in plan.days
    ]


def test_bold_week_labels_start_their_weeks_and_day_numbers_restart() -> None:
    assert _weeks("en-bold-week-labels.md") == [
        (1, "Pods and labels", [("Pods and labels", 90)], []),
        (1, "Deployments, rollouts", [("Deployments, rollouts", 120)], []),
        (2, "Services and DNS", [("Services and DNS", 60)], []),
        (2, "Ingress controllers", [("Ingress controllers", 45)], []),
        (3, "Mock exam", [("Mock exam", 120)], []),
    ]
    assert warnings(read_plan(PLANS / "en-bold-week-labels.md")) == []


def test_plain_week_lines_with_a_dash_or_a_bar_are_labels_too() -> None:
    assert _weeks("en-plain-week-lines.md") == [
        (1, "S3", [("S3", 120)], []),
        (1, "Lifecycle rules", [("Lifecycle rules", 40)], []),
        (2, "RDS failover drills", [("RDS failover drills", 90)], []),
    ]


def test_a_sentence_about_a_week_stays_a_note_of_its_day() -> None:
    assert _weeks("en-week-sentence-stays-a-note.md") == [
        (
            None,
            "Day 1",
            [("Chapter 1", 45), ("Chapter 2", 30)],
            ["Week 1 is mostly reading, the second one writing."],
        ),
        (None, "Day 2", [("Chapter 3", 45)], []),
    ]


def test_a_week_heading_with_no_topic_does_not_title_its_untitled_days_blocks() -> None:
    assert _weeks("en-week-heading-without-topic.md") == [
        (1, "Day 1", [("Day 1", 45)], []),
        (2, "Day 1", [("Barre chords", 30)], []),
    ]
