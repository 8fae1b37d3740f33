"""Study plans as chat assistants write them: weeks of `- **Monday**: Topic (2 hours)` lines
closed by `- **Weekend**: Topic (4 hours)`, and a day's `## Schedule (3-4 hours)` over
`### Session 1: Topic (60 minutes)` headings whose bullets give clock spans."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks, pinned, warnings

PLANS = DATA / "assistant_study_plans"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def test_weekend_line_after_weekday_lines_is_saturday_with_the_weekends_time() -> None:
    result = read("weekend-after-weekdays.md")
    assert [
        (week, weekday, title, blocks)
        for week, weekday, _, title, blocks in dated_days(result.plan)
    ] == [
        (1, "mon", "Clay bodies and shrinkage", [("Clay bodies and shrinkage", 120, None)]),
        (1, "wed", "Glaze chemistry basics", [("Glaze chemistry basics", 120, None)]),
        (1, "fri", "Kiln logs review", [("Kiln logs review", 60, None)]),
        (1, "sat", "Test tiles and notes", [("Test tiles and notes", 240, None)]),
        (2, "tue", "Firing curves", [("Firing curves", 120, None)]),
        (2, "thu", "Cone charts", [("Cone charts", 60, None)]),
        (2, "sat", "Glaze test batch", [("Glaze test batch", 180, None)]),
    ]
    assert warnings(result) == []


def test_weekend_line_said_per_day_is_both_days() -> None:
    result = read("weekend-each-day.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Italian game lines", 60, None)]),
        ("thu", [("Sicilian basics", 60, None)]),
        ("sat", [("Blitz practice", 60, None)]),
        ("sun", [("Blitz practice", 60, None)]),
    ]


def test_sessions_over_clock_spans_give_the_spans_as_blocks_at_their_times() -> None:
    result = read("budget-over-clocked-sessions.md")
    assert len(result.plan.days) == 1
    assert pinned(result.plan, 0) == [
        ("Flat wash on cold-press paper", 30, "09:30"),
        ("Graded wash practice", 30, "10:00"),
        ("Two-layer glaze study", 30, "10:45"),
        ("Lifting colour with a damp brush", 30, "11:15"),
        ("Mix a twelve-step colour wheel", 45, "12:30"),
    ]
    assert "Keep the wheel for tomorrow's lesson" in result.plan.days[0].notes
    assert warnings(result) == []


def test_sessions_over_untimed_bullets_stay_blocks_of_their_length() -> None:
    result = read("budget-over-untimed-sessions.md")
    assert pinned(result.plan, 0) == [("Clouds", 60, None), ("Sunsets", 60, None)]


def test_range_lines_give_their_total_when_the_week_then_keeps_its_stated_hours() -> None:
    result = read("range-totals-within-weekly-hours.md")
    assert [(week, weekday, blocks) for week, weekday, _, _, blocks in dated_days(result.plan)] == [
        (1, "mon", [("Common garden calls", 120, None)]),
        (1, "tue", [("Common garden calls", 120, None)]),
        (1, "wed", [("Common garden calls", 120, None)]),
        (1, "thu", [("Woodland warblers", 120, None)]),
        (1, "fri", [("Woodland warblers", 120, None)]),
        (1, "sat", [("Dawn chorus recording", 120, None)]),
        (2, "mon", [("Wetland birds", 120, None)]),
        (2, "tue", [("Wetland birds", 120, None)]),
        (2, "wed", [("Wetland birds", 120, None)]),
        (2, "thu", [("Wetland birds", 120, None)]),
        (2, "fri", [("Quiz yourself", 60, None)]),
        (2, "sat", [("Field walk", 180, None)]),
    ]
    assert warnings(result) == []


def test_range_lines_keep_each_days_length_when_that_is_nearer_the_weekly_hours() -> None:
    result = read("range-lengths-each-day.md")
    blocks = day_blocks(result.plan)
    assert blocks[:6] == [
        ("mon", [("Home row drills", 120, None)]),
        ("tue", [("Home row drills", 120, None)]),
        ("wed", [("Home row drills", 120, None)]),
        ("thu", [("Home row drills", 120, None)]),
        ("fri", [("Home row drills", 120, None)]),
        ("sat", [("Speed test", 60, None)]),
    ]
    assert len(blocks) == 12
