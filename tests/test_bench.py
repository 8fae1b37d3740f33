"""The benchmarks' quick mode runs end to end and reports every figure (no timing checked)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

FIGURES = (
    "`planexport --help` (whole process)",
    "`planexport export ics plans/go-track.md` (whole process)",
    "read the 2-week Markdown plan",
    "peak memory of reading the 2-week plan",
    "export the 2-week plan to .ics",
    "peak memory of the 2-week .ics export",
    "first export of the 2-week plan to .ics (whole process)",
    "read a plan with one 4x longer line of a repeated character, worst kind",
    "Todoist requests: first push of the user's week",
    "Todoist requests: unchanged re-push of the user's week",
    "Todoist requests: 16-week plan pushed week by week",
    "CalDAV: 1-week first push to Radicale, 10 ms per request, --jobs 4 against --jobs 1",
)


def test_quick_run_prints_every_figure_and_leaves_the_results_file_alone() -> None:
    results = ROOT / "bench" / "results.md"
    before = results.read_bytes() if results.exists() else None

    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for figure in FIGURES:
        assert any(line.startswith(figure) for line in lines), figure
    for stage in ("read", "schedule", "export .ics"):
        assert any(line.startswith(f"{stage} ") for line in lines), stage
    assert any(line.startswith("slowest stage: ") for line in lines)
    written = re.search(r"^wrote (.+) \(\d+ s\)$", done.stdout, re.MULTILINE)
    assert written is not None
    report = Path(written.group(1)).read_text(encoding="utf-8")
    assert all(figure in report for figure in FIGURES)
    assert "## Profile of the slowest stage" in report
    assert (results.read_bytes() if results.exists() else None) == before


def test_only_measures_the_figure_named_and_writes_no_file() -> None:
    results = ROOT / "bench" / "results.md"
    before = results.read_bytes() if results.exists() else None

    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "todoist"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    shown = {figure for figure in FIGURES if any(line.startswith(figure) for line in lines)}
    assert shown == {figure for figure in FIGURES if figure.startswith("Todoist requests")}
    assert "wrote " not in done.stdout
    assert (results.read_bytes() if results.exists() else None) == before
