"""The README tells the truth: every command in it runs, and every command and option is in it."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from planexport.cli import app
from tests.fake_todoist import TOKEN, FakeTodoist
from tests.paths import ROOT
from tests.radicale_server import start_radicale

README = (ROOT / "README.md").read_text(encoding="utf-8")
README_NOW = "2026-11-29 12:00"


def console_commands() -> list[str]:
    """Every `$ ` line of the README's console blocks, in order."""
    blocks = re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL)
    return [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


@pytest.fixture(scope="module")
def readme_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A folder with the README's files, and an environment with a local Todoist and CalDAV."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "plans", folder / "plans")
    shutil.copytree(ROOT / "examples", folder / "examples")
    fake = FakeTodoist()
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        with fake.serve() as url:
            env = {
                **os.environ,
                # The tour is written on Sunday 29 November 2026: its week stays ahead of the clock.
                "PLANEXPORT_NOW": README_NOW,
                "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                "TODOIST_API_TOKEN": TOKEN,
                "PLANEXPORT_TODOIST_URL": url,
                "CALDAV_URL": server.url,
                "CALDAV_USER": server.user,
                "PLANEXPORT_CALDAV_PASSWORD": server.password,
                "NO_COLOR": "1",
                "COLUMNS": "120",
            }
            yield folder, env
    finally:
        server.stop()


def test_readme_has_commands() -> None:
    commands = console_commands()
    assert len(commands) >= 10
    assert all(c.startswith("planexport ") for c in commands)


@pytest.mark.parametrize("command", console_commands())
def test_readme_command_runs(command: str, readme_env: tuple[Path, dict[str, str]]) -> None:
    folder, env = readme_env
    out = subprocess.run(
        ["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, f"{command}\n{out.stdout}\n{out.stderr}"
    assert "Traceback" not in out.stderr
    assert TOKEN not in out.stdout + out.stderr
    assert env["PLANEXPORT_CALDAV_PASSWORD"] not in out.stdout + out.stderr


def test_readme_quotes_what_the_todoist_commands_print(monkeypatch: pytest.MonkeyPatch) -> None:
    # The prose after the Todoist commands quotes their last lines; the commands run in the
    # README's order against an empty account, as a first-time reader's would.
    tour = README.split("## Five-minute tour", 1)[1].split("\n## ", 1)[0]
    quoted = re.findall(r"`((?:dry run, nothing sent|todoist): [^`]+)`", tour)
    assert len(quoted) == 2
    commands = [c for c in console_commands() if c.startswith("planexport push todoist ")]
    assert len(commands) == 3
    monkeypatch.chdir(ROOT)
    fake = FakeTodoist()
    last = []
    with fake.serve() as url:
        env = {
            "TODOIST_API_TOKEN": TOKEN,
            "PLANEXPORT_TODOIST_URL": url,
            "PLANEXPORT_NOW": README_NOW,
        }
        for command in commands:
            result = CliRunner().invoke(app, shlex.split(command)[1:], env=env)
            assert result.exit_code == 0, f"{command}\n{result.output}"
            last.append(result.stdout.splitlines()[-1])
    for quote in quoted:
        assert quote in last, f"the README quotes `{quote}`; the commands print {last}"
    assert last.index(quoted[0]) < last.index(quoted[1])


def test_readme_python_runs(readme_env: tuple[Path, dict[str, str]]) -> None:
    folder, env = readme_env
    for code in python_blocks():
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 0, out.stderr
    assert (folder / "go-track.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    if hasattr(command, "list_commands"):  # a group: its commands are built when asked for
        ctx = typer.Context(command)
        for name in command.list_commands(ctx):
            yield from walk(command.get_command(ctx, name), (*path, name))


def test_every_command_has_help_and_is_in_the_readme() -> None:
    seen = 0
    for path, command in walk(get_command(app)):
        if not path:
            continue
        seen += 1
        assert (command.help or "").strip(), f"{' '.join(path)} has no help text"
        if hasattr(command, "list_commands"):
            continue  # a group: its commands are checked one by one
        assert f"planexport {' '.join(path)}" in README, f"planexport {' '.join(path)}"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{' '.join(path)} {opt} is not in the README"
            if param.param_type_name == "option":
                assert (param.help or "").strip(), f"{' '.join(path)} {param.name} has no help"
    assert seen >= 9


def test_no_text_file_keeps_a_merge_conflict() -> None:
    listed = subprocess.run(
        ["git", "ls-files", "*.md", "*.py", "*.toml", "*.yaml", "*.json", "Makefile"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode != 0:
        paths = [ROOT / "README.md", *ROOT.glob("planexport/**/*.py"), *ROOT.glob("tests/**/*.md")]
    else:
        paths = [ROOT / name for name in listed.stdout.split("\n") if name]
    marker = re.compile(r"^(?:<{7}|>{7}) |^={7}$", re.MULTILINE)
    kept = [
        str(path.relative_to(ROOT))
        for path in paths
        if path.is_file() and marker.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert kept == []
