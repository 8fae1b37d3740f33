"""A summary of the day's time under a summary label after the day's clock agenda restates
the day: its lines are no more blocks, and a warning says so."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

HERE = DATA / "summary_lists"


def read(name: str) -> ReadResult:
    return read_plan(HERE / name)


def test_a_bold_summary_after_a_timed_table_adds_no_blocks() -> None:
    result = read("bold-summary-after-agenda.md")
    assert day_blocks(result.plan) == [
        (None, [("Drop-in maths help", 60, "09:00"), ("Exam technique class", 120, "10:00")]),
        (None, [("Room set-up", 30, "08:30")]),
    ]
    assert warnings(result) == [
        '10: "Summary of a Regular Day" sums up the day above: its 2 lines not read as more blocks'
    ]


def test_a_time_breakdown_heading_after_spans_adds_no_blocks() -> None:
    result = read("summary-heading-after-spans.md")
    assert day_blocks(result.plan) == [
        ("sun", [("Chemistry past paper", 120, "09:00"), ("Physics flashcards", 90, "11:15")])
    ]
    assert warnings(result) == [
        '8: "Time breakdown" sums up the day above: its 2 lines not read as more blocks'
    ]


def test_a_summary_label_before_the_agenda_is_read_as_before() -> None:
    result = read("summary-before-agenda.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Warm-up quiz", 20, None),
                ("Biology essay", 90, "09:00"),
                ("French listening", 60, "10:45"),
            ],
        )
    ]
    assert warnings(result) == []
