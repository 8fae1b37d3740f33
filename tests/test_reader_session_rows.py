"""Session tables: rows with no time under a timed session row are its items (`Paper — Authors`),
and a break named in another column than the title is a gap, with no warning."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items as blocks
from tests.reader_support import warnings

PLANS = DATA / "session_rows"


def test_untimed_rows_are_the_items_of_the_session_above() -> None:
    result = read_plan(PLANS / "untimed-paper-rows-under-session.md")
    assert blocks(result.plan) == [
        (
            "Robot learning",
            60,
            "13:30",
            ["Grasping from video — J. Novak, P. Sato", "Sim-to-real in an afternoon — K. Adeyemi"],
        ),
        ("Embodied agents", 45, "14:30", []),
    ]
    assert result.warnings == ()


def test_a_break_named_in_the_speaker_column_is_a_gap() -> None:
    result = read_plan(PLANS / "break-name-in-speaker-column.md")
    assert blocks(result.plan) == [
        ("Opening talk", 60, "09:00", []),
        ("Second talk", 45, "10:30", []),
    ]
    assert result.warnings == ()


def test_an_untimed_row_under_an_unpinned_block_is_still_warned() -> None:
    result = read_plan(PLANS / "untimed-row-in-duration-table-still-warned.md")
    assert blocks(result.plan) == [("Read chapter 2", 45, None, [])]
    assert warnings(result) == ['6: row "Exercises" skipped: no time']


def test_an_untimed_activity_after_a_break_is_no_paper_of_the_session() -> None:
    result = read_plan(PLANS / "untimed-activity-after-a-break-still-warned.md")
    assert blocks(result.plan) == [("Warm-up round", 90, "09:00", [])]
    assert warnings(result) == ['7: row "Retrospective" skipped: no time']
