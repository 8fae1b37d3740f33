"""The command line: help, version, show, validate, schema, and how errors come out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from planexport import __version__
from planexport.cli import app
from planexport.reader import load
from tests.paths import DATA, ROOT, USER_PLAN

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


def _python(code: str) -> str:
    """What a fresh Python process running `code` from the project's root prints."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout


def test_help_stays_light() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['planexport', '--help']\n"
        "from planexport.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['icalendar', 'httpx', 'todoist_api_python', 'pydantic', 'yaml', 'dateutil']\n"
        "print('heavy=' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = _python(code)
    assert "Usage" in out
    assert out.strip().splitlines()[-1] == "heavy="


def test_the_command_collects_garbage_seldom() -> None:
    # A run's imported modules are frozen out of collections, and collections come 200,000
    # allocations apart: one collection cost some 8 ms, 3% of an export of the seed.
    code = (
        "import gc, sys\n"
        "sys.argv = ['planexport', '--version']\n"
        "from planexport.cli import main\n"
        "before = gc.get_threshold()[0]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(before, gc.get_threshold()[0], gc.get_freeze_count() > 1000)\n"
    )
    assert _python(code).strip().splitlines()[-1] == "700 200000 True"


def test_the_console_script_sets_the_collector_before_the_libraries_load() -> None:
    # The console script's own entry point: no collection runs while the CLI's libraries import.
    code = (
        "import gc, sys\n"
        "sys.argv = ['planexport', '--version']\n"
        "from planexport.console import main\n"
        "loaded = 'planexport.cli' in sys.modules\n"
        "before = sum(s['collections'] for s in gc.get_stats())\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "after = sum(s['collections'] for s in gc.get_stats())\n"
        "print(loaded, 'typer' in sys.modules, gc.get_threshold()[0], after - before)\n"
    )
    assert _python(code).strip().splitlines()[-1] == "False True 200000 0"


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
    # What a week holds on each choice of --hours, not both plans added together.
    assert line.endswith("; study 1320–1485 min with --hours 4, 1725–1905 min with --hours 6")


def test_validate_reports_bad_files_on_one_line_with_exit_2() -> None:
    bad = DATA / "bad" / "duplicate-day.md"
    result = runner.invoke(app, ["validate", str(USER_PLAN), str(bad)])
    assert result.exit_code == 2
    assert result.stderr == f"{bad}:8: day 1 appears twice (first at line 2)\n"
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
    assert result.stderr == (
        "planexport show: no such option: --no-such-option (see 'planexport show --help')\n"
    )


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


# ---------------------------------------------------------------------------------------------
# What a user sees when something is wrong: one line on stderr, the right exit code


def test_misspelt_option_is_one_line_with_the_likely_one() -> None:
    result = runner.invoke(app, ["show", str(USER_PLAN), "--shedule"])
    assert result.exit_code == 2
    assert result.stderr == (
        "planexport show: no such option: --shedule; did you mean --schedule? "
        "(see 'planexport show --help')\n"
    )


def test_misspelt_command_is_one_line() -> None:
    result = runner.invoke(app, ["shw", str(USER_PLAN)])
    assert result.exit_code == 2
    assert result.stderr == (
        "planexport: no such command 'shw'; did you mean 'show'? (see 'planexport --help')\n"
    )


def test_bad_option_values_are_one_line_in_words() -> None:
    negative = runner.invoke(app, ["show", str(USER_PLAN), "--schedule", "--break", "-5"])
    assert negative.exit_code == 2
    assert negative.stderr.count("\n") == 1
    assert "invalid value for '--break': must be at least 0" in negative.stderr
    fraction = runner.invoke(app, ["export", "ics", str(USER_PLAN), "--alarm", "2.5", "-o", "-"])
    assert fraction.exit_code == 2
    assert "invalid value for '--alarm': not a whole number" in fraction.stderr
    priority = runner.invoke(app, ["push", "todoist", str(USER_PLAN), "--priority", "1"])
    assert priority.exit_code == 2
    assert "invalid value for '--priority': '1' is not one of 'p1', 'p2', 'p3', 'p4' (see" in (
        priority.stderr
    )
    assert "Value error" not in priority.stderr


def test_usage_errors_come_out_plain_from_the_console_script() -> None:
    script = Path(sys.executable).parent / "planexport"
    out = subprocess.run(
        [str(script), "export", "ics"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 2
    assert out.stderr == (
        "planexport export ics: missing argument 'PLAN' (or plans in planexport.toml) "
        "(see 'planexport export ics --help')\n"
    )


def test_a_run_builds_only_the_command_it_runs() -> None:
    import typer
    from typer.core import TyperGroup

    group = get_command(app)
    assert isinstance(group, TyperGroup)
    ctx = typer.Context(group)
    assert list(group.commands) == []  # typer built the program's own options only
    assert group.list_commands(ctx) == [
        *("show", "validate", "schema", "preview", "status", "init", "sync", "serve"),
        *("export", "push"),
    ]
    export = group.get_command(ctx, "export")
    assert isinstance(export, TyperGroup)
    ics = export.get_command(ctx, "ics")
    assert ics is not None
    assert ics.name == "ics"
    assert list(group.commands) == ["export"]
    assert list(export.commands) == ["ics"]
    assert group.get_command(ctx, "nope") is None


def test_help_shows_no_type_labels_on_options() -> None:
    # Flags take no value and options name theirs (FILE, MIN); typer still labels the PLAN
    # argument's type, which no public setting of typer 0.29 leaves out.
    for args in (["--help"], ["show", "--help"], ["push", "caldav", "--help"]):
        result = runner.invoke(app, args, env={"COLUMNS": "80"})
        assert result.exit_code == 0
        for label in ("<bool>", "<str>", "<int>", "x>=0"):
            assert label not in result.stdout, (args, label)
    caldav = runner.invoke(app, ["push", "caldav", "--help"], env={"COLUMNS": "120"}).stdout
    assert "--url" in caldav
    assert "URL" in caldav.split("--url", 1)[1].splitlines()[0]


def test_output_option_says_where_it_writes_by_default() -> None:
    for args, default in (
        (["export", "ics"], "FIRST-PLAN.ics"),
        (["export", "todoist-csv"], "standard output"),
        (["preview"], "FIRST-PLAN.html"),
    ):
        result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "200"})
        line = next(line for line in result.stdout.splitlines() if "--output" in line)
        assert f"Default: {default}" in line


def test_export_lists_ics_first() -> None:
    text = runner.invoke(app, ["export", "--help"], env={"COLUMNS": "120"}).stdout
    assert text.index("ics ") < text.index("todoist-csv")


def test_a_calendar_or_a_pdf_given_as_a_plan_is_named_as_such(tmp_path: Path) -> None:
    calendar = tmp_path / "work.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    result = runner.invoke(app, ["show", str(calendar)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{calendar}: a calendar, not a plan (to plan around its events, pass it to --busy)\n"
    )
    pdf = tmp_path / "week.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = runner.invoke(app, ["validate", str(pdf)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{pdf}: not a text file; plans are Markdown (.md), YAML (.yaml, .yml) or JSON (.json)\n"
    )


def test_a_broken_markdown_plan_keeps_its_own_message(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("just some notes\n")
    result = runner.invoke(app, ["show", str(notes)])
    assert result.exit_code == 2
    assert "no days found" in result.stderr


def test_output_into_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "week.ics"
    args = ["export", "ics", str(USER_PLAN), "--start", "2026-11-30", "--tz", "UTC"]
    result = runner.invoke(app, [*args, "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"{target}: cannot write: there is no folder {target.parent}\n"


def test_a_start_in_the_past_is_pointed_out_in_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["show", str(USER_PLAN), "--schedule", "--start", "2020-01-06", "--tz", "UTC"]
    quiet = runner.invoke(app, args)  # not a terminal: a script may mean it
    assert quiet.exit_code == 0
    assert "in the past" not in quiet.stderr
    monkeypatch.setattr("planexport.cli.params._interactive", lambda: True)
    loud = runner.invoke(app, args)
    assert loud.exit_code == 0
    assert "planexport: warning: --start 2020-01-06 is in the past (" in loud.stderr
    future = runner.invoke(app, [*args[:4], "2999-01-07", "--tz", "UTC"])
    assert "in the past" not in future.stderr


def test_a_plan_dated_all_in_the_past_is_pointed_out() -> None:
    plan = DATA / "start_dates" / "weekday-days.md"  # January 2026, by its start date line
    args = ["export", "ics", str(plan), "-o", "-", "--tz", "UTC"]
    late = runner.invoke(app, [*args, "--now", "2026-12-03 10:00"])
    assert late.exit_code == 0
    assert "BEGIN:VEVENT" in late.stdout
    assert (
        "planexport: warning: the plan's dates are all past (2026-01-07 to 2026-01-14); "
        "--start DATE moves it by whole weeks\n"
    ) in late.stderr
    early = runner.invoke(app, [*args, "--now", "2026-01-02 10:00"])
    assert early.exit_code == 0
    assert "all past" not in early.stderr
    moved = runner.invoke(app, [*args, "--now", "2026-12-03 10:00", "--start", "2026-12-09"])
    assert moved.exit_code == 0
    assert "all past" not in moved.stderr
    assert "DTSTART:20261209T170000Z" in moved.stdout


def test_one_warning_for_a_week_without_the_hours_asked_for() -> None:
    args = ["show", str(USER_PLAN), "--schedule", "--start", "2026-11-30", "--tz", "UTC"]
    result = runner.invoke(app, [*args, "--hours", "5"])
    assert result.exit_code == 0
    assert result.stderr == (
        "planexport: warning: go days 1–7 (2026-11-30 to 2026-12-06) have no 5-hour plan; "
        "using their 4-hour plans\n"
    )


def test_a_mistyped_zone_gets_a_suggestion() -> None:
    result = runner.invoke(app, ["show", str(USER_PLAN), "--schedule", "--tz", "Europe/Berln"])
    assert result.exit_code == 2
    assert result.stderr == (
        "planexport: --tz: unknown time zone 'Europe/Berln' (did you mean Europe/Berlin?)\n"
    )


def test_dry_runs_say_what_they_would_do() -> None:
    from planexport.export.sync import would

    assert would(["create"] * 3 + ["unchanged"] * 20 + ["update"]) == (
        "would create 3, update 1, leave 20 unchanged"
    )
    assert would(["kept"]) == "would keep 1 not in the plan (--prune deletes them)"
    assert would([]) == "nothing to do"


def test_planexport_now_in_the_environment_is_the_default_of_now() -> None:
    args = ["show", str(USER_PLAN), "--schedule", "--start", "next monday", "--json"]
    args += ["--tz", "UTC"]
    by_env = CliRunner().invoke(app, args, env={"PLANEXPORT_NOW": "2027-03-03 10:00"})
    by_option = CliRunner().invoke(app, [*args, "--now", "2027-03-03 10:00"])
    assert by_env.exit_code == 0, by_env.output
    assert by_env.stdout == by_option.stdout
    assert '"2027-03-08T' in by_env.stdout  # the Monday after Wednesday 3 March
