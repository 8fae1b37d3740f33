"""What every command says about a plan's reading: warnings on stderr, nothing read is an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from tests.paths import DATA

runner = CliRunner()
WARNED = DATA / "plans" / "clock-span-redundant-length.md"
WARNING = f'{WARNED}:11: warning: "2h" differs from the span "07:30–10:00"; the span counts'


@pytest.mark.parametrize(
    "command",
    [
        ["show"],
        ["show", "--schedule", "--start", "2030-01-07", "--tz", "UTC"],
        ["export", "ics", "-o", "-", "--start", "2030-01-07", "--tz", "UTC"],
    ],
    ids=["show", "schedule", "export-ics"],
)
def test_every_command_prints_the_reader_warnings(command: list[str]) -> None:
    result = runner.invoke(app, [*command, str(WARNED)])
    assert result.exit_code == 0, result.output
    assert WARNING in result.stderr.splitlines()


def test_validate_says_how_much_was_read_and_lists_the_warnings() -> None:
    result = runner.invoke(app, ["validate", str(WARNED)])
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("; study 420 min; 1 warning(s)")
    assert ", 2 days, 3 blocks in 2 plans" in result.stdout
    assert result.stderr.splitlines() == [WARNING]


def test_validate_strict_turns_warnings_into_errors() -> None:
    result = runner.invoke(app, ["validate", "--strict", str(WARNED)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [WARNING.replace(": warning: ", ": ")]
    assert result.stdout == ""


def test_validate_strict_passes_a_plan_without_warnings() -> None:
    plan = DATA / "plans" / "clock-span-forms.md"
    result = runner.invoke(app, ["validate", "--strict", str(plan)])
    assert result.exit_code == 0
    assert result.stderr == ""


@pytest.mark.parametrize(
    "command",
    [
        ["show"],
        ["validate"],
        ["export", "ics", "-o", "{out}"],
        ["export", "todoist-csv", "-o", "{out}"],
    ],
    ids=["show", "validate", "export-ics", "export-csv"],
)
def test_a_plan_with_nothing_timed_fails_every_command_and_writes_nothing(
    command: list[str], tmp_path: Path
) -> None:
    plan = DATA / "bad" / "no-timed-blocks.md"
    out = tmp_path / "out.file"
    args = [part.replace("{out}", str(out)) for part in command]
    result = runner.invoke(app, [*args, str(plan)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{plan}:4: no timed blocks found (2 days found")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output
    assert not out.exists()
