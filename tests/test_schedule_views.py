"""Weeks, weekdays, dates and carried blocks as the JSON, the table and the preview show them."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from rich.console import Console, RenderableType
from typer.testing import CliRunner

from planexport.carryover import carry_over
from planexport.cli import app
from planexport.cli.render import schedule_json, schedule_table
from planexport.export.html import to_html
from planexport.model import Block, Day, Plan, Variant, Weekday
from planexport.scheduling import Schedule, ScheduleOptions, schedule

DATA = Path(__file__).parent / "data" / "schedule"
MONDAY = dt.date(2026, 11, 30)
UTC = dt.timezone.utc
OPTIONS = ScheduleOptions(start=MONDAY, tz="UTC", break_minutes=10)


def study_day(
    number: int,
    *titles: str,
    week: int | None = None,
    weekday: Weekday | None = None,
    date: dt.date | None = None,
) -> Day:
    blocks = tuple(Block(title=t, min_minutes=50, max_minutes=50) for t in titles)
    return Day(
        number=number,
        title=f"Lesson {number}",
        week=week,
        weekday=weekday,
        date=date,
        variants=(Variant(hours=2, blocks=blocks),),
    )


def two_weeks() -> Plan:
    return Plan(
        id="p",
        title="Two weeks",
        days=(
            study_day(1, "Intro", week=1),
            study_day(2, "Loops", week=1),
            study_day(1, "Files", week=2),
            study_day(2, "Tests", week=2),
        ),
    )


def text_of(renderable: RenderableType) -> str:
    console = Console(width=140, record=True, color_system=None, force_terminal=False)
    console.print(renderable)
    return console.export_text()


def columns(page: str) -> dict[str, list[str]]:
    """The block keys drawn in each day column of a preview, by the column's date."""
    found: dict[str, list[str]] = {}
    for chunk in page.split('<div class="day" data-date="')[1:]:
        date = chunk[:10]
        found.setdefault(date, []).extend(
            re.findall(r'<details class="block[^"]*" data-key="([^"]+)"', chunk)
        )
    return found


# ---------------------------------------------------------------------------------------------
# JSON


def test_json_gives_the_week_of_a_plan_in_weeks_and_of_each_plan_given() -> None:
    data = schedule_json(schedule(two_weeks(), OPTIONS))
    assert [(d["week"], d["day"], d["block"]) for d in data] == [
        (1, 1, "Intro"),
        (1, 2, "Loops"),
        (2, 1, "Files"),
        (2, 2, "Tests"),
    ]
    plain = Plan(id="q", title="Q", days=(study_day(1, "A"),))
    data = schedule_json(schedule([plain, plain], OPTIONS))
    assert [d["week"] for d in data] == [1, 2]
    # Plans that name no weekday or date keep the fields they always had, and the week.
    assert set(data[0]) == {"key", "plan", "week", "day", "block", "start", "end", "minutes"}


def test_json_gives_weekday_and_date_where_the_plan_has_them() -> None:
    named = Plan(
        id="n",
        title="N",
        days=(
            study_day(1, "Lab", weekday="wed"),
            study_day(2, "Exam", date=dt.date(2026, 12, 11)),
        ),
    )
    # The default start counts from today: a fixed today keeps the dates below true.
    options = ScheduleOptions(tz="UTC", start_given=False)
    data = schedule_json(schedule(named, options, today=dt.date(2026, 11, 29)))
    assert data[0]["weekday"] == "wed"
    assert "date" not in data[0]
    assert data[0]["start"].startswith("2026-12-02")  # the Wednesday of the coming week
    assert data[1]["date"] == "2026-12-11"
    assert "weekday" not in data[1]
    assert data[1]["start"].startswith("2026-12-11")


def test_cli_show_schedule_json_of_a_timetable() -> None:
    result = CliRunner().invoke(
        app,
        [
            "show",
            str(DATA / "weekly-timetable.yaml"),
            "--schedule",
            "--json",
            "--start",
            "2026-11-30",
            "--tz",
            "Europe/Berlin",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    lecture = next(d for d in data if d["block"] == "Lecture")
    assert (lecture["week"], lecture["weekday"], lecture["start"]) == (
        1,
        "mon",
        "2026-11-30T18:30:00+01:00",
    )
    assert {d["week"] for d in data} == {1, 2}
    assert all(d["weekday"] in {"mon", "tue", "wed", "thu", "fri", "sat", "sun"} for d in data)


# ---------------------------------------------------------------------------------------------
# The table and the preview of a plan in weeks


def test_table_says_each_week_once_and_the_day_in_its_week() -> None:
    text = text_of(schedule_table(schedule(two_weeks(), OPTIONS)))
    assert text.count("Week 1") == 1
    assert text.count("Week 2") == 1
    lines = text.splitlines()
    week2 = next(i for i, line in enumerate(lines) if "Week 2" in line)
    files = next(i for i, line in enumerate(lines) if "Files" in line)
    assert week2 < files
    assert any("Wed 02 Dec 2026" in line and "Day 1 · Lesson 1" in line for line in lines)
    titled = Plan(
        id="t",
        title="T",
        days=(study_day(1, "A", week=1).model_copy(update={"title": "Day 1: A"}),),
    )
    assert "Day 1 · Day 1" not in text_of(schedule_table(schedule(titled, OPTIONS)))


def test_preview_draws_each_week_of_a_plan_in_weeks_as_its_own_grid() -> None:
    page = to_html(schedule(two_weeks(), OPTIONS))
    headings = re.findall(r"<h2>([^<]*)</h2>", page)
    assert headings == ["Week 1 · Two weeks", "Week 2 · Two weeks"]
    assert page.count('<section class="week"') == 2
    assert "Week 2 · Day 1 · 2 h plan" in page
    assert columns(page) == {
        "2026-11-30": ["p.wk1.d1.intro"],
        "2026-12-01": ["p.wk1.d2.loops"],
        "2026-12-02": ["p.wk2.d1.files"],
        "2026-12-03": ["p.wk2.d2.tests"],
    }


# ---------------------------------------------------------------------------------------------
# Carried blocks, placed by their date


def carried() -> Schedule:
    # Each day holds two blocks of 50 min in its 2 h; missing Monday pushes every day one later,
    # and Wednesday's blocks onto Thursday, a date the plan has no day for.
    plan = Plan(
        id="c",
        title="Carry",
        days=(
            study_day(1, "a1", "a2"),
            study_day(2, "b1", "b2"),
            study_day(3, "c1", "c2"),
        ),
    )
    now = dt.datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    return carry_over(plan, OPTIONS, now=now, mode="shift").schedule


def test_preview_draws_carried_blocks_on_the_date_they_moved_to() -> None:
    page = to_html(carried())
    assert columns(page) == {
        "2026-11-30": [],
        "2026-12-01": ["c.d1.a1", "c.d1.a2"],
        "2026-12-02": ["c.d2.b1", "c.d2.b2"],
        "2026-12-03": ["c.d3.c1", "c.d3.c2"],
    }
    thursday = page.split('data-date="2026-12-03"')[1]
    assert "carried over" in thursday.split("</header>")[0]
    assert "1 h 40 min of study" in thursday.split("</footer>")[0]


def test_table_lists_carried_blocks_under_the_date_they_moved_to() -> None:
    lines = text_of(schedule_table(carried())).splitlines()

    def row(text: str) -> int:
        return next(i for i, line in enumerate(lines) if text in line)

    assert row("Mon 30 Nov") < row("a1 → Tue 01 Dec") < row("Tue 01 Dec 2026")
    assert row("Tue 01 Dec 2026") < row("a1 (from Mon 30 Nov)") < row("Wed 02 Dec 2026")
    assert row("Thu 03 Dec 2026") < row("c2 (from Wed 02 Dec)")
    assert "carried over" in lines[row("Thu 03 Dec 2026")]
