"""One misread line is a warning with that block skipped, never a refused plan (issue #12 §4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

SKIPPED = sorted((DATA / "skipped").glob("*.md"))
runner = CliRunner()


def _expected(path: Path) -> tuple[int, str]:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    expect = re.fullmatch(r"<!-- warning: (\d+): (.*) -->", first)
    assert expect is not None, f"{path.name} has no '<!-- warning: LINE: reason -->' on line 1"
    return int(expect.group(1)), expect.group(2)


def test_there_are_plans_with_a_misread_line() -> None:
    assert len(SKIPPED) >= 4


@pytest.mark.parametrize("path", SKIPPED, ids=lambda p: p.name)
def test_a_misread_line_is_skipped_with_a_warning(path: Path) -> None:
    line, reason = _expected(path)
    result = read_plan(path)
    said = [(w.line, w.message) for w in result.warnings]
    assert (line, f"{reason}: skipped") in said
    # The other blocks are read; the skipped line is no block and no block's source.
    blocks = [b for d in result.plan.days for v in d.variants for b in v.blocks]
    assert blocks
    assert line not in result.block_lines.values()
    title = re.search(r'block "([^"]+)"', reason)
    assert title is not None
    assert title.group(1) not in [b.title for b in blocks]


@pytest.mark.parametrize("path", SKIPPED, ids=lambda p: p.name)
def test_strict_reading_refuses_the_misread_line(path: Path) -> None:
    line, reason = _expected(path)
    with pytest.raises(PlanError) as caught:
        read_plan(path).strict()
    assert caught.value.line == line
    assert reason in caught.value.reason


def test_validate_says_ok_with_the_warning_and_strict_exits_2() -> None:
    path = DATA / "skipped" / "no-duration.md"
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert f'{path}:8: warning: block "Design" has no duration ("lots of time"): skipped' in (
        result.stderr
    )
    assert "1 blocks" in result.stdout
    strict = runner.invoke(app, ["validate", "--strict", str(path)])
    assert strict.exit_code == 2
    assert "Traceback" not in strict.output


def test_a_plan_with_nothing_left_is_refused_at_the_first_skipped_line() -> None:
    path = DATA / "bad" / "backwards-range-hours.md"
    with pytest.raises(PlanError) as caught:
        read_plan(path)
    assert caught.value.line == 8
    assert caught.value.reason == (
        'no timed blocks found: block "Reading": the range "2–1 h" runs backwards'
    )


def test_a_zero_span_among_other_blocks_is_skipped(tmp_path: Path) -> None:
    plan = tmp_path / "week.md"
    plan.write_text(
        "# W\n\n## Day 1 – A\n\n"
        "- 09:00–10:00 Concepts\n- 10:00–10:00 Review\n- 11:00–12:00 Drill\n",
        encoding="utf-8",
    )
    result = read_plan(plan)
    titles = [b.title for d in result.plan.days for v in d.variants for b in v.blocks]
    assert titles == ["Concepts", "Drill"]
    assert [(w.line, w.message) for w in result.warnings] == [
        (6, 'block "Review" has a zero duration ("10:00–10:00"): skipped')
    ]
