"""Plans saved in the encodings editors write: UTF-8 with or without a mark, Notepad's UTF-16."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import PlanError
from planexport.reader import read_plan

if TYPE_CHECKING:
    from pathlib import Path

runner = CliRunner()

PLAN = "# Woche 1\r\n\r\n### Tag 1 – Übungen\r\n- Grammatik (45 min)\r\n- Hörverstehen (30 min)\r\n"


def _blocks(path: Path) -> list[tuple[str, int]]:
    plan = read_plan(path).plan
    return [(b.title, b.max_minutes) for day in plan.days for b in day.variants[0].blocks]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be"])
def test_a_plan_reads_the_same_in_every_encoding_an_editor_saves(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "plan.md"
    data = PLAN.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # "Unicode big endian": the mark first
    path.write_bytes(data)
    assert _blocks(path) == [("Grammatik", 45), ("Hörverstehen", 30)]


def test_a_utf16_plan_exports_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_bytes(PLAN.encode("utf-16"))
    target = tmp_path / "plan.ics"
    result = runner.invoke(app, ["export", "ics", str(path), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 2


def test_broken_utf16_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    # A high surrogate with no low one after it, on the third line.
    path.write_bytes("### Day 1\n- Read (30 min)\n".encode("utf-16") + b"\x00\xd8\x41\x00")
    with pytest.raises(PlanError, match="not UTF-16 text") as caught:
        read_plan(path)
    assert caught.value.line == 3


def test_a_file_of_nul_bytes_without_a_mark_is_still_no_text_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_bytes(PLAN.encode("utf-16-le"))  # no byte-order mark: nothing says it is text
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}: not a text file; plans are Markdown")
