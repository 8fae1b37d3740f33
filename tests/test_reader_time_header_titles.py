"""A weekday table with no title column (`| Day | Revision time | Hours |`): its blocks are
titled by the time column's header when that names what is done, not by the weekday."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.time_headers import worded_time_header
from tests.paths import DATA
from tests.reader_support import days, pinned

HEADERS = DATA / "time_header_titles"


def test_blocks_take_the_worded_header_of_the_time_column() -> None:
    result = read_plan(HEADERS / "study-time-column.md")
    assert days(result.plan) == [
        ("mon", None, "Monday"),
        ("wed", None, "Wednesday"),
        ("sat", None, "Saturday"),
    ]
    assert pinned(result.plan, 0) == [("Revision time", 90, "19:00")]
    assert pinned(result.plan, 1) == [("Revision time", 90, "22:30")]  # to midnight
    assert pinned(result.plan, 2) == [("Revision time", 180, "09:00")]
    assert result.warnings == ()


def test_a_bare_time_header_leaves_the_weekday_as_the_title() -> None:
    result = read_plan(HEADERS / "bare-time-column.md")
    assert pinned(result.plan, 0) == [("Tuesday", 60, "18:00")]
    assert pinned(result.plan, 1) == [("Friday", 120, "17:00")]


def test_which_headers_name_what_is_done() -> None:
    assert worded_time_header("study time") == "Study time"
    assert worded_time_header("Time Slot") is None
    assert worded_time_header("Horario") is None
