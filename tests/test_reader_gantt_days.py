"""Mermaid gantt charts of a day's times in a code block: read as that day's pinned blocks,
their sections as the blocks' session; a chart of dates and times gives dated days, one of
dates alone is warned about and not read."""

from __future__ import annotations

from planexport.model import Day
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "gantt_days"


def _blocks(day: Day) -> list[tuple[str | None, int, str, str | None, bool]]:
    return [
        (b.at, b.min_minutes, b.title, b.session, b.done) for v in day.variants for b in v.blocks
    ]


def test_a_chart_titled_by_weekdays_is_those_days_with_sections_as_sessions() -> None:
    # "title Monday, Thursday" / "section Morning" / "Lab report :crit, s1, 09:00, 10:45"
    result = read_plan(PLANS / "en-two-charts.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "thu"]
    assert [d.title for d in plan.days] == ["Monday, Thursday", "Tuesday", "Monday, Thursday"]
    assert _blocks(plan.days[0]) == [
        ("06:30", 90, "Statistics reading", "Morning", False),
        ("09:00", 105, "Lab report", "Morning", False),  # an end time, not a length
        ("10:45", 45, "Flash cards", "Evening", False),  # "after s1"
        ("20:00", 60, "Essay outline", "Evening", True),  # "done"
        ("22:30", 480, "Sleep", "Evening", False),  # until the chart's first task, 06:30
    ]
    # sections run side by side: a start before the line above is as written, not warned
    assert _blocks(plan.days[1]) == [
        ("13:00", 120, "Group project", "Afternoon", False),
        ("11:15", 45, "Review notes", "Afternoon", False),
    ]
    # "Breakfast" is a gap; "Sleep :22:30" gives no length, and nothing starts after it
    assert warnings(result) == [
        '15: gantt task "Sleep" has a start time but no length: read until 06:30, where the '
        "chart's day starts again"
    ]


def test_a_chart_once_refused_is_now_its_days_timetable() -> None:
    # "## Lunes" over a ```mermaid gantt with "Clase de inglés : crit, 09:00, 1.5h"
    result = read_plan(DATA / "refusal_counts" / "gantt-code-block.md")
    plan = result.plan
    assert [(d.title, d.weekday) for d in plan.days] == [("Lunes", "mon")]
    assert _blocks(plan.days[0]) == [
        ("06:00", 120, "Estudio profundo", "Mañana", False),
        ("09:00", 90, "Clase de inglés", "Mañana", False),
        ("11:00", 60, "Repaso", "Mañana", False),
    ]
    assert warnings(result) == []


def test_the_heading_over_an_untitled_chart_names_its_day() -> None:
    # "## Samstag" over a chart with "section Vormittag" and a milestone
    result = read_plan(PLANS / "de-heading-day.md")
    plan = result.plan
    assert [(d.title, d.weekday) for d in plan.days] == [("Samstag", "sat")]
    assert _blocks(plan.days[0]) == [
        ("09:00", 60, "Vokabeln lernen", "Vormittag", False),
        ("14:00", 90, "Grammatik üben", "Nachmittag", False),
    ]
    assert warnings(result) == [
        '13: gantt milestone "Abschluss" is a moment, not a block: not read'
    ]


def test_a_chart_of_dates_and_times_gives_dated_days() -> None:
    # "dateFormat YYYY-MM-DD HH:mm" with "Mock exam :2026-12-07 09:00, 2h"
    result = read_plan(PLANS / "en-dated.md")
    plan = result.plan
    assert [(str(d.date), d.weekday) for d in plan.days] == [
        ("2026-12-07", "mon"),
        ("2026-12-08", "tue"),
    ]
    assert [[(b.at, b.min_minutes, b.title) for b in d.variants[0].blocks] for d in plan.days] == [
        [("09:00", 120, "Mock exam"), ("14:00", 90, "Go over mistakes")],
        [("10:00", 180, "Final exam")],
    ]
    assert warnings(result) == []


def test_a_chart_of_dates_alone_is_warned_about_and_not_read() -> None:
    result = read_plan(PLANS / "en-dated-days-only.md")
    plan = result.plan
    assert [(d.title, [b.title for v in d.variants for b in v.blocks]) for d in plan.days] == [
        ("Monday", ["Read two papers"])
    ]
    assert warnings(result) == [
        "3: gantt chart of dates (dateFormat YYYY-MM-DD) not read: no times of day"
    ]


def test_other_mermaid_diagrams_stay_code() -> None:
    result = read_plan(PLANS / "en-flowchart.md")
    assert [(b.at, b.title) for b in result.plan.days[0].variants[0].blocks] == [
        ("08:00", "Study"),
        ("09:30", "Stretching"),
    ]
    assert warnings(result) == []
