"""A daily note whose meeting list restates its work log (`09:45-10:30: Design review meeting`,
then under `## Meetings` `**Design review** - 09:45-10:30 - notes`): each meeting is read once;
two sessions at one time with other names (`Workshop A`, `Workshop B`) both stay."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned

MEETINGS = DATA / "restated_meetings"


def read(name: str) -> ReadResult:
    return read_plan(MEETINGS / name)


def test_a_meeting_list_that_restates_the_log_adds_no_blocks() -> None:
    result = read("en-meeting-list-restates-the-log.md")
    day = result.plan.days[0]
    assert (day.weekday, day.date) == ("tue", dt.date(2026, 3, 10))
    assert pinned(result.plan, 0) == [
        ("Inbox and planning", 45, "09:00"),
        ("Design review meeting", 45, "09:45"),
        ("Parser refactoring", 90, "10:30"),
        ("Test coverage for the parser", 120, "13:00"),
        ("Sprint retro", 60, "15:00"),
    ]
    assert day.variants[0].hours == 6


def test_sessions_at_one_time_with_other_names_both_stay() -> None:
    result = read("en-same-time-other-sessions-stay.md")
    assert pinned(result.plan, 0) == [
        ("Workshop A: sketching", 60, "10:00"),
        ("Workshop B: printmaking", 60, "10:00"),
        ("Studio tidy-up", 60, "12:00"),
    ]
