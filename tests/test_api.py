"""The public API: every name loads, and `import planexport` stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import planexport


def test_every_public_name_loads() -> None:
    for name in planexport.__all__:
        assert getattr(planexport, name) is not None, name


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(planexport, "no_such_name")  # noqa: B009 - the lookup is what is tested


def test_import_is_light() -> None:
    code = (
        "import sys, planexport\n"
        "heavy = ['icalendar', 'httpx', 'todoist_api_python', 'pydantic', 'typer', 'rich']\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_export_in_a_few_lines(tmp_path: object) -> None:
    import datetime as dt

    from tests.paths import USER_PLAN

    plan = planexport.load(USER_PLAN)
    week = planexport.schedule(
        [plan], planexport.ScheduleOptions(start=dt.date(2026, 11, 30), tz="Europe/Berlin")
    )
    data = planexport.to_ics(week)
    assert data.count(b"BEGIN:VEVENT") == len(week.blocks) == 25


def test_progress_of_a_folder_in_a_few_lines() -> None:
    import datetime as dt

    from tests.paths import DATA

    plans = planexport.load_plans([DATA / "living" / "track"])
    week = planexport.schedule(plans, planexport.ScheduleOptions(start=dt.date(2026, 11, 30)))
    done = {"intro.d1.read": planexport.Done(source="plan")}
    now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)
    state = planexport.progress_of(week, done=done, now=now)
    assert [b.state for b in state.blocks][:4] == ["done", "missed", "missed", "missed"]


def test_a_json_plan_loads_without_the_markdown_reader(tmp_path: Path) -> None:
    from tests.paths import USER_PLAN

    plan = tmp_path / "plan.json"
    plan.write_text(planexport.load(USER_PLAN).model_dump_json(), encoding="utf-8")
    code = (
        "import sys, planexport\n"
        f"plan = planexport.load({str(plan)!r})\n"
        "print(len(plan.days))\n"
        "kept = ('markdown_it', 'planexport.reader.markdown')\n"
        "print(','.join(m for m in kept if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    days, loaded = out.stdout.splitlines()
    assert days == str(len(planexport.load(USER_PLAN).days))
    assert loaded == ""


def test_the_markdown_reader_still_loads_by_name() -> None:
    from planexport import reader

    day = reader.read_markdown(b"## Day 1\n\n- Read (30 min)\n").plan.days[0]
    assert [b.min_minutes for b in day.variants[0].blocks] == [30]
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(reader, "no_such_name")  # noqa: B009 - the lookup is what is tested
