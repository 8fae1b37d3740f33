"""A day's busy spans are listed by `show` and `show --schedule` the same way whether they come
from a Markdown plan's work hours (notes as written) or from a YAML or JSON plan's `busy` list:
as `08:00–16:00 Work` among the day's notes, once, however the plan was written."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.model import BusySpan, Day
from planexport.plan_busy import busy_notes
from planexport.reader import load
from planexport.writer import to_json, to_yaml
from tests.paths import DATA

if TYPE_CHECKING:
    from pathlib import Path

SHOW = DATA / "busy_show"
SCHEDULE = ["--schedule", "--start", "2026-12-07", "--tz", "Europe/Berlin"]
runner = CliRunner()


def show(path: Path, *args: str) -> str:
    result = runner.invoke(app, ["show", str(path), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_a_structured_plans_busy_spans_show_as_a_markdown_plans_work_hours(suffix: str) -> None:
    markdown = SHOW / "evening-study.md"
    structured = SHOW / f"evening-study.{suffix}"
    assert load(structured).days[0].notes == ()  # busy spans only, no notes
    assert show(structured) == show(markdown)
    assert show(structured, *SCHEDULE) == show(markdown, *SCHEDULE)
    assert "· 08:00–16:00 Work" in show(structured)
    assert "· 22:00–06:00 Night shift" in show(structured, *SCHEDULE)


def test_a_markdown_plan_written_out_as_yaml_or_json_shows_its_work_once(tmp_path: Path) -> None:
    markdown = SHOW / "evening-study.md"
    plan = load(markdown)
    (tmp_path / "evening-study.yaml").write_text(to_yaml(plan), encoding="utf-8")
    (tmp_path / "evening-study.json").write_text(to_json(plan), encoding="utf-8")
    for written in ("evening-study.yaml", "evening-study.json"):
        out = show(tmp_path / written)
        assert out == show(markdown)
        assert out.count("08:00–16:00 Work") == 1


def test_a_span_a_note_already_names_is_not_listed_again() -> None:
    day = load(SHOW / "notes-and-busy.yaml").days[0]
    # "8:30 AM - 4:30 PM: Office" is the office span; the commute has no note and goes by its
    # start, before the note of 21:30.
    assert busy_notes(day) == (
        "6:30: wake up and stretch",
        "8:30 AM - 4:30 PM: Office",
        "17:00–17:45 Commute home",
        "21:30: lights out",
    )


def test_busy_spans_without_notes_are_listed_by_their_start() -> None:
    day = Day(
        number=1,
        title="Monday",
        busy=(
            BusySpan(at="22:00", minutes=600, title="Nachtdienst"),
            BusySpan(at="07:15", minutes=30, title="Pendeln"),
        ),
    )
    assert busy_notes(day) == ("07:15–07:45 Pendeln", "22:00–08:00 Nachtdienst")


def test_a_day_without_busy_time_keeps_its_notes() -> None:
    day = Day(number=1, title="Monday", notes=("Rest", "10:00 Walk"))
    assert busy_notes(day) == ("Rest", "10:00 Walk")
