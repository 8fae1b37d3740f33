"""MkDocs admonitions are refused with a message that says why their lines are not read."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planexport.cli import app
from tests.paths import DATA

runner = CliRunner()


def test_an_admonition_log_is_refused_in_one_line_naming_the_admonition(tmp_path: Path) -> None:
    plan = DATA / "bad" / "admonition-sessions.md"
    out = tmp_path / "out.ics"
    result = runner.invoke(app, ["export", "ics", "-o", str(out), str(plan)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"{plan}:4: no timed blocks found: '!!! done \"Session 1 (2h Thursday 04/09/25):\"' is an "
        "MkDocs admonition, and the indented lines under it are plain text or code in Markdown, "
        "not days or blocks (write each session as a heading such as "
        "'### Session 1 (2h) – Topic' over its bullets)\n"
    )
    assert not out.exists()
