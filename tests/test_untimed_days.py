"""Days whose lines give no lengths (`- Bench press 4x8`): labelled as days with no timed blocks,
not as rest days, in the tables, the preview and the calendar; rest stays for days named so."""

from __future__ import annotations

import datetime as dt
import json

from rich.console import Console, RenderableType

from planexport.cli.render import plan_table, schedule_table
from planexport.day_kinds import is_untimed, no_block_label
from planexport.export.html import to_html
from planexport.export.ics import to_ics
from planexport.model import Day, Plan
from planexport.reader import load
from planexport.scheduling import Schedule, ScheduleOptions, schedule
from tests.paths import DATA

FOLDER = DATA / "untimed-days"
MONDAY = dt.date(2026, 12, 7)


def text_of(renderable: RenderableType) -> str:
    console = Console(width=160, record=True, color_system=None, force_terminal=False)
    console.print(renderable)
    return console.export_text()


def read(name: str) -> Plan:
    return load(FOLDER / name)


def week(name: str) -> Schedule:
    return schedule(read(name), ScheduleOptions(start=MONDAY, tz="Europe/Berlin"))


def row_of(text: str, words: str) -> str:
    return next(line for line in text.splitlines() if words in line)


def test_a_day_of_exercises_without_lengths_is_read_as_before() -> None:
    plan = read("workout-week.md")
    push = plan.day(1)
    assert push.title == "Upper Push"
    assert push.is_rest  # no variant: the model's reading does not change
    assert push.notes == ("Bench press 4x8", "Overhead press 3x10", "Dips 3x12")
    assert [b.title for b in plan.day(2).variants[0].blocks] == ["Run", "Stretching"]
    assert "untimed" not in json.dumps(plan.model_dump(mode="json"))


def test_days_of_untimed_lines_are_not_rest_days() -> None:
    plan = read("workout-week.md")
    assert [no_block_label(day) for day in plan.days if day.is_rest] == [
        "no timed blocks",
        "rest",
        "no timed blocks",
        "rest",
    ]
    assert [d.title for d in plan.days if is_untimed(d)] == ["Upper Push", "Lower"]


def test_plan_table_labels_a_day_of_untimed_lines() -> None:
    text = text_of(plan_table(read("workout-week.md")))
    assert "no timed blocks" in row_of(text, "1  Upper Push")
    assert "· Bench press 4x8" in text
    assert "rest" in row_of(text, "3  Rest")
    assert "no timed blocks" in row_of(text, "4  Lower")
    assert "rest" in row_of(text, "5  Off")


def test_schedule_table_labels_a_day_of_untimed_lines() -> None:
    text = text_of(schedule_table(week("workout-week.md")))
    assert "no timed blocks · Upper Push" in row_of(text, "Mon 07 Dec 2026")
    assert "rest · Rest" in row_of(text, "Wed 09 Dec 2026")
    assert "no timed blocks · Lower" in row_of(text, "Thu 10 Dec 2026")
    assert "rest · Off" in row_of(text, "Fri 11 Dec 2026")
    assert "rest · Upper" not in text


def test_a_day_named_ruhetag_with_a_line_stays_a_rest_day() -> None:
    text = text_of(schedule_table(week("ruhetag-with-a-walk.md")))
    assert "no timed blocks · Beine" in row_of(text, "Mon 07 Dec 2026")
    assert "rest · Ruhetag" in row_of(text, "Wed 09 Dec 2026")
    assert "· Spaziergang mit dem Hund" in text


def test_a_day_whose_only_line_says_descanso_stays_a_rest_day() -> None:
    plan = read("a-day-whose-only-line-is-rest.md")
    assert plan.day(2).notes == ("Descanso",)
    assert no_block_label(plan.day(2)) == "rest"
    assert no_block_label(plan.day(3)) == "no timed blocks"


def test_rest_names_in_the_seven_languages() -> None:
    for title in (
        "Rest",
        "Sunday – Rest day",
        "Day off",
        "Ruhetag",
        "Sonntag (frei)",
        "Descanso activo",
        "Día de descanso",
        "Repos",
        "Jour de repos",
        "Riposo",
        "Giorno libero",
        "Folga",
        "Rust",
        "Rustdag",
        "Off",
        "**Rest** 😴",
    ):
        assert no_block_label(Day(number=1, title=title, notes=("Walk",))) == "rest", title
    for title in ("Freitag – Beine", "Vrijdag", "Rust ownership", "Upper Push", "Offense drills"):
        assert is_untimed(Day(number=1, title=title, notes=("Squat 5x5",))), title


def test_an_empty_day_is_a_rest_day() -> None:
    assert no_block_label(Day(number=1, title="Upper Push")) == "rest"


def test_preview_labels_a_day_of_untimed_lines_and_lists_them() -> None:
    page = to_html(week("workout-week.md"))
    assert page.count('class="day-body untimed"') == 2
    assert page.count('class="day-body rest"') == 2
    assert "No timed blocks" in page
    assert "<li>Bench press 4x8</li>" in page


def test_day_event_of_a_day_of_untimed_lines() -> None:
    data = to_ics(week("workout-week.md"), day_events=True).decode()
    unfolded = data.replace("\r\n ", "")
    assert "No timed blocks" in unfolded
    assert unfolded.count("Rest day") == 2
