"""A day number written twice: a summary list after the plan, or a second subject that day."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

REPEATS = DATA / "day-repeats"


def read(name: str) -> ReadResult:
    return read_plan(REPEATS / name)


def test_a_checkpoint_list_after_the_plan_is_a_summary_said_in_one_warning() -> None:
    result = read("summary-list-after-plan.md")
    plan = result.plan
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Arrays warm-up"),
        (2, "Hash maps"),
        (3, "Trees"),
    ]
    assert [pinned(plan, i) for i in range(3)] == [
        [("Arrays warm-up", 60, None)],
        [("Hash maps", 45, None)],
        [("Trees", 60, None)],
    ]
    assert warnings(result) == [
        "9: days 2, 3 (lines 9–10) restate days read above with nothing timed (a summary): "
        "not read as days"
    ]


def test_a_checkpoint_list_under_day_headings_is_no_day_and_no_error() -> None:
    result = read("summary-list-german.md")
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "Grundbegriffe"),
        (2, "Verteilungen"),
    ]
    assert [pinned(result.plan, i) for i in range(2)] == [
        [("Grundbegriffe", 90, None)],
        [("Verteilungen", 120, None)],
    ]
    assert warnings(result) == []


def test_a_plan_with_no_time_is_refused_for_that_not_for_its_checkpoints() -> None:
    with pytest.raises(PlanError) as caught:
        read("untimed-days-summary.md")
    message = str(caught.value)
    assert "appears twice" not in message
    assert message.endswith(
        "untimed-days-summary.md:3: no timed blocks found (3 days found, none with a length or "
        "a clock time: write lines such as '- Concepts (60 min)' or '- 09:00–10:30 Arrays')"
    )


def test_two_subjects_under_the_same_day_number_are_one_day_with_both() -> None:
    result = read("two-subjects-per-day.md")
    plan = result.plan
    assert [(d.number, d.week, d.title) for d in plan.days] == [
        (1, 1, "Language - Morphology / Maths - Real numbers"),
        (2, 1, "Language - Syntax / Maths - Equations"),
        (3, 1, "Weekly review"),
    ]
    assert pinned(plan, 0) == [
        ("Language - Morphology", 120, None),
        ("Maths - Real numbers", 90, None),
    ]
    assert pinned(plan, 1) == [("Language - Syntax", 120, None), ("Maths - Equations", 120, None)]
    assert pinned(plan, 2) == [("Weekly review", 180, None)]
    assert plan.days[0].variants[0].hours == 3.5
    # Each block keeps its own source line (for warnings and checks later on).
    assert [result.block_lines[(0, 0, b)] for b in range(2)] == [5, 10]
    assert warnings(result) == []


def test_three_subjects_on_one_day_number_are_read_in_turn() -> None:
    plan = read("drei-faecher-ein-tag.md").plan
    assert [d.number for d in plan.days] == [1, 2]
    assert plan.days[0].title == (
        "Deutsch – Gedichtanalyse / Mathe – Ableitungen / Englisch – Vokabeln"
    )
    assert pinned(plan, 0) == [
        ("Gedicht lesen", 45, None),
        ("Aufgaben 1-5", 60, None),
        ("Karteikarten", 30, None),
    ]
    assert pinned(plan, 1) == [("Gliederung", 45, None)]


def test_the_same_day_written_twice_with_the_same_title_stays_an_error() -> None:
    with pytest.raises(
        PlanError, match=r"same-title-repeat.md:7: day 1 appears twice \(first at line 3\)"
    ):
        read("same-title-repeat.md")
