"""A plan's busy time is shown wherever its schedule is: the calendar's all-day day events and
the preview list a YAML or JSON plan's `busy` spans as they list a Markdown plan's work hours,
and `show --schedule` and the preview list a weekly routine's work hours on the dates after its
last day that blocks were carried over to, as the scheduler keeps them free there."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

import icalendar
import pytest
from typer.testing import CliRunner

from planexport.carryover import carry_over
from planexport.cli import app
from planexport.export.html import to_html
from planexport.export.ics import to_ics
from planexport.model import Block, BusySpan, Day, Plan, Variant
from planexport.plan_busy import busy_lines, busy_notes, routine_day
from planexport.reader import load
from planexport.scheduling import Schedule, ScheduleOptions, schedule
from tests.paths import DATA
from tests.test_preview import Page

if TYPE_CHECKING:
    from pathlib import Path

SHOW = DATA / "busy_show"
MONDAY = dt.date(2026, 12, 7)
BERLIN = "Europe/Berlin"
OPTIONS = ScheduleOptions(start=MONDAY, tz=BERLIN)
# Tuesday night, after both days: each pinned block is missed and carried a week on.
LATE = dt.datetime(2026, 12, 8, 23, 0, tzinfo=dt.timezone.utc)
WORK = BusySpan(at="09:00", minutes=480, title="Work")
runner = CliRunner()


def day_events(path: Path) -> list[str]:
    """The descriptions of the all-day day events of a plan's .ics, in date order."""
    data = to_ics(schedule(load(path), OPTIONS), day_events=True)
    found = [e for e in icalendar.Calendar.from_ical(data).events if "." in str(e["UID"])]
    whole_days = [e for e in found if not isinstance(e.decoded("DTSTART"), dt.datetime)]
    whole_days.sort(key=lambda e: e.decoded("DTSTART"))
    return [str(e["DESCRIPTION"]) for e in whole_days]


def busy_by_date(page: Page) -> dict[str, list[str]]:
    """Each day column's listed busy time, by its ISO date (columns without any left out)."""
    found: dict[str, list[str]] = {}
    for index, element in enumerate(page.elements):
        if "busy" in element.classes and element.column is not None:
            items = itertools.takewhile(lambda e: e.tag == "li", page.elements[index + 1 :])
            found[element.column] = [item.content for item in items]
    return found


def carried(plan: Plan) -> Schedule:
    return carry_over(plan, OPTIONS, now=LATE, mode="shift").schedule


# ---------------------------------------------------------------------------------------------
# The calendar's all-day day events


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_a_structured_plans_day_events_list_its_busy_spans_as_a_markdown_plans(
    suffix: str,
) -> None:
    structured = day_events(SHOW / f"evening-study.{suffix}")
    assert structured == day_events(SHOW / "evening-study.md")
    assert structured == [
        "1.5-hour plan, 90 min scheduled\n\n- 08:00–16:00 Work",
        "1-hour plan, 60 min scheduled\n\n- 22:00–06:00 Night shift",
    ]


def test_a_day_events_busy_span_sits_among_its_notes_and_is_never_listed_twice() -> None:
    (description,) = day_events(SHOW / "notes-and-busy.yaml")
    assert description.endswith(
        "min scheduled\n\n"
        "- 6:30: wake up and stretch\n"
        "- 8:30 AM - 4:30 PM: Office\n"
        "- 17:00–17:45 Commute home\n"
        "- 21:30: lights out"
    )
    assert description.count("Office") == 1


# ---------------------------------------------------------------------------------------------
# The preview


@pytest.mark.parametrize("suffix", ["md", "yaml", "json"])
def test_the_preview_lists_each_days_busy_time_under_its_heading(suffix: str) -> None:
    page = Page(to_html(schedule(load(SHOW / f"evening-study.{suffix}"), OPTIONS)))
    assert busy_by_date(page) == {
        "2026-12-07": ["08:00–16:00 Work"],
        "2026-12-08": ["22:00–06:00 Night shift"],
    }
    for busy in page.having("busy"):
        heads = [h for h in page.having("day-head") if h.column == busy.column]
        assert len(heads) == 1
        assert busy.content in heads[0].content  # in the heading, not among the blocks


def test_the_preview_lists_busy_spans_by_their_start_and_no_other_notes() -> None:
    page = Page(to_html(schedule(load(SHOW / "notes-and-busy.yaml"), OPTIONS)))
    assert busy_by_date(page) == {"2026-12-09": ["08:30–16:30 Office", "17:00–17:45 Commute home"]}
    assert "wake up" not in page.having("day-head")[0].content


def test_a_day_without_busy_time_has_no_busy_list_in_the_preview() -> None:
    plan = Plan(
        id="p",
        title="P",
        days=(
            Day(number=1, title="Mon", weekday="mon", busy=(WORK,), variants=(study(60),)),
            Day(number=2, title="Tue", weekday="tue", variants=(study(60),)),
        ),
    )
    page = Page(to_html(schedule(plan, OPTIONS)))
    assert busy_by_date(page) == {"2026-12-07": ["09:00–17:00 Work"]}
    assert len(page.having("busy")) == 1


# ---------------------------------------------------------------------------------------------
# A weekly routine's busy time on dates blocks were carried over to


def study(minutes: int) -> Variant:
    return Variant(hours=2, blocks=(Block(title="Read", min_minutes=minutes, max_minutes=minutes),))


@pytest.mark.parametrize("suffix", ["md", "yaml"])
def test_show_schedule_lists_a_routines_work_hours_on_the_dates_carried_to(suffix: str) -> None:
    args = ["show", str(SHOW / f"evening-study.{suffix}"), "--schedule", "--tz", BERLIN]
    args += ["--start", MONDAY.isoformat(), "--now", "2026-12-09 00:00", "--carry-over", "shift"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = [line.strip("│ ") for line in result.stdout.splitlines()]
    monday = next(i for i, row in enumerate(rows) if row.startswith("Mon 14 Dec 2026"))
    tuesday = next(i for i, row in enumerate(rows) if row.startswith("Tue 15 Dec 2026"))
    assert "carried over" in rows[monday]
    assert "· 08:00–16:00 Work" in rows[monday + 1]
    assert "16:10–17:40" in rows[monday + 2]
    assert "Statistics (from Mon 07 Dec)" in rows[monday + 2]
    assert "· 22:00–06:00 Night shift" in rows[tuesday + 1]
    assert "Linear algebra (from Tue 08 Dec)" in rows[tuesday + 2]
    # Each span is said once per date it holds on: the plan's two days and the two carried to.
    assert result.stdout.count("08:00–16:00 Work") == 2
    assert result.stdout.count("22:00–06:00 Night shift") == 2


def test_the_preview_lists_a_routines_work_hours_on_a_column_carried_to() -> None:
    week = carried(load(SHOW / "evening-study.yaml"))
    page = Page(to_html(week))
    assert busy_by_date(page) == {
        "2026-12-07": ["08:00–16:00 Work"],
        "2026-12-08": ["22:00–06:00 Night shift"],
        "2026-12-14": ["08:00–16:00 Work"],
        "2026-12-15": ["22:00–06:00 Night shift"],
    }


def test_numbered_days_list_no_busy_time_on_the_dates_carried_to() -> None:
    plan = Plan(
        id="p",
        title="P",
        days=(
            Day(number=1, title="One", busy=(WORK,), variants=(study(60),)),
            Day(number=2, title="Two", busy=(WORK,), variants=(study(60),)),
        ),
    )
    week = carried(plan)
    later = sorted({b.date for b in week.blocks} - {d.date for d in week.days})
    assert later  # the blocks went to dates after the plan
    page = Page(to_html(week))
    assert set(busy_by_date(page)) == {"2026-12-07", "2026-12-08"}


def test_a_routine_repeats_the_last_day_on_a_weekday_after_its_last_day_only() -> None:
    early = Day(number=1, title="Mon", weekday="mon", busy=(WORK,))
    late = Day(
        number=3,
        title="Mon again",
        weekday="mon",
        busy=(BusySpan(at="13:00", minutes=240, title="Dienst"),),
    )
    tuesday = Day(number=2, title="Tue", weekday="tue")
    days = [(early, MONDAY), (tuesday, MONDAY + dt.timedelta(days=1))]
    days.append((late, MONDAY + dt.timedelta(days=7)))
    assert routine_day(days, MONDAY + dt.timedelta(days=7)) is None  # the plan's own day
    assert routine_day(days, MONDAY + dt.timedelta(days=14)) is late
    assert routine_day(days, MONDAY + dt.timedelta(days=15)) is tuesday
    assert routine_day(days, MONDAY + dt.timedelta(days=16)) is None  # no Wednesday
    assert routine_day([], MONDAY) is None
    friday = MONDAY + dt.timedelta(days=11)
    dated = Day(number=4, title="Fri", date=friday)
    assert routine_day([*days, (dated, friday)], MONDAY + dt.timedelta(days=14)) is None


def test_busy_lines_are_the_spans_alone_by_their_start() -> None:
    day = Day(
        number=1,
        title="Monday",
        notes=("06:30 wake up",),
        busy=(BusySpan(at="22:00", minutes=600, title="Nachtdienst"), WORK),
    )
    assert busy_lines(day) == ("09:00–17:00 Work", "22:00–08:00 Nachtdienst")


# ---------------------------------------------------------------------------------------------
# Work hours written in bare hours are listed once, as written


@pytest.mark.parametrize(
    "path",
    sorted(
        path
        for folder in ("work_bare_hours", "work_hours_as_read", "evening_shift_past_midnight")
        for path in (DATA / folder).glob("*.md")
    ),
    ids=str,
)
def test_work_hours_in_bare_hours_are_listed_once_as_written(path: Path) -> None:
    plan = load(path)
    assert any(day.busy for day in plan.days)
    for day in plan.days:
        assert busy_notes(day) == day.notes


def test_a_day_event_lists_bare_work_hours_as_written_and_once() -> None:
    first, second = day_events(DATA / "work_bare_hours" / "de-schicht-bare-stunden.md")
    assert first.endswith("min scheduled\n\n- Schicht 6-14")
    assert second.endswith("min scheduled\n\n- Arbeit 8–16 Uhr\n- Lesen 6-7")


@pytest.mark.parametrize(
    ("note", "at", "minutes", "title"),
    [
        ("Arbeit von 8 bis 16 Uhr", "08:00", 480, "Arbeit"),
        ("Werk van 9 tot 17", "09:00", 480, "Werk"),
        ("Lavoro 9-18", "09:00", 540, "Lavoro"),
        ("Trabalho das 9 às 17", "09:00", 480, "Trabalho"),
        ("Travail de 9 à 17", "09:00", 480, "Travail"),
        ("Turno de 22 a 6", "22:00", 480, "Turno"),
        ("Work 9-5", "09:00", 480, "Work"),
        ("Nachtschicht 22-6", "22:00", 480, "Nachtschicht"),
        ("School 1-4", "13:00", 180, "School"),
        ("Late shift 2-10", "14:00", 480, "Late shift"),
        ("Late shift 11-7", "23:00", 480, "Late shift"),
        ("Evening shift 6-2", "18:00", 480, "Evening shift"),
    ],
)
def test_a_note_naming_a_spans_hours_bare_is_the_span(
    note: str, at: str, minutes: int, title: str
) -> None:
    day = Day(
        number=1,
        title="Monday",
        notes=(note,),
        busy=(BusySpan(at=at, minutes=minutes, title=title),),
    )
    assert busy_notes(day) == (note,)


@pytest.mark.parametrize(
    "note",
    [
        "Travail 17-9",  # the hours the other way round
        "Travail 9 Karten",  # one number, no span
        "Travail 9-16",  # another end
        "Lesen 9-17",  # another title
        "Travail 9:30-17",  # a start with minutes is another start
    ],
)
def test_a_note_with_other_hours_is_not_the_span(note: str) -> None:
    span = BusySpan(at="09:00", minutes=480, title="Travail")
    day = Day(number=1, title="Lundi", notes=(note,), busy=(span,))
    assert busy_notes(day) == (note, "09:00–17:00 Travail")
