"""The command line: help, version, show, validate, schema, and how errors come out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from paths import DATA, ROOT, USER_PLAN
from typer.testing import CliRunner

from planexport import __version__
from planexport.cli import app
from planexport.reader import load

runner = CliRunner()


def test_no_arguments_prints_help() -> None:
    result = runner.invoke(app, [])
    assert "Usage" in result.output
    assert "export" in result.output
    assert "push" in result.output


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"planexport {__version__}"


def test_help_stays_light() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['planexport', '--help']\n"
        "from planexport.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['icalendar', 'httpx', 'todoist_api_python', 'pydantic', 'yaml', 'dateutil']\n"
        "print('heavy=' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "Usage" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "heavy="


def test_python_dash_m_runs_the_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "planexport", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == f"planexport {__version__}"


def test_show_prints_days_blocks_and_totals() -> None:
    result = runner.invoke(app, ["show", str(USER_PLAN)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Go Track" in out
    assert "Template Creation" in out
    assert "60–75 min" in out
    assert "Self-interview" in out


def test_show_json_is_the_model() -> None:
    result = runner.invoke(app, ["show", "--json", str(USER_PLAN)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == load(USER_PLAN).model_dump(mode="json")


def test_show_json_of_two_plans_is_a_list() -> None:
    other = DATA / "plans" / "rest-day.md"
    result = runner.invoke(app, ["show", "--json", str(USER_PLAN), str(other)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["id"] for p in data] == ["go", "rest"]


def test_validate_summarises_good_files() -> None:
    result = runner.invoke(app, ["validate", str(USER_PLAN)])
    assert result.exit_code == 0, result.output
    line = result.stdout.strip()
    assert line.startswith(f"{USER_PLAN}: ok: go 'Go Track', 7 days, ")
    assert "(4h, 6h)" in line


def test_validate_reports_bad_files_on_one_line_with_exit_2() -> None:
    bad = DATA / "bad" / "no-duration.md"
    result = runner.invoke(app, ["validate", str(USER_PLAN), str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f'{bad}:8: block "Design" has no duration ("lots of time")\n'
    assert "ok" in result.stdout


def test_bad_plan_in_show_is_one_line_exit_2_no_traceback() -> None:
    bad = DATA / "bad" / "duplicate-day.md"
    result = runner.invoke(app, ["show", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"{bad}:8: day 1 appears twice")
    assert "Traceback" not in result.output


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    result = runner.invoke(app, ["show", str(missing)])
    assert result.exit_code == 2
    assert result.stderr == f"{missing}: no such file\n"


def test_console_script_error_has_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"### Day 1 \xff\n")
    out = subprocess.run(
        [sys.executable, "-m", "planexport", "validate", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 2
    assert out.stderr == f"{bad}:1: not UTF-8 text (byte 0xff at offset 10)\n"


def test_schema_is_json_schema_of_a_plan() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Plan"
    assert set(schema["required"]) >= {"id", "title", "days"}
    assert schema["additionalProperties"] is False


def test_usage_error_exits_2() -> None:
    result = runner.invoke(app, ["show", "--no-such-option", str(USER_PLAN)])
    assert result.exit_code == 2


def test_todoist_csv_options_reach_the_template() -> None:
    import csv
    import io

    result = runner.invoke(
        app,
        [
            "export",
            "todoist-csv",
            str(USER_PLAN),
            "--start",
            "2026-11-30",
            "--tz",
            "Europe/Berlin",
            "--priority",
            "p1",
            "--items",
            "description",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    tasks = [r for r in rows if r["TYPE"] == "task"]
    assert len(tasks) == 25  # one per block, items in the description: no subtask rows
    assert {r["PRIORITY"] for r in tasks} == {"1"}
    assert {r["INDENT"] for r in tasks} == {"1"}
    assert "Clarify requirements." in tasks[0]["DESCRIPTION"]
