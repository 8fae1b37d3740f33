"""MkDocs admonitions: a plan made of them is read from their indented lines, titles as headings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from planexport.cli import app
from planexport.reader import parse_markdown, read_plan
from planexport.reader.admonitions import unfold_admonitions
from tests.paths import DATA

runner = CliRunner()
PLANS = DATA / "unseen"


def test_an_admonition_log_of_dated_sessions_is_read(tmp_path: Path) -> None:
    plan = PLANS / "admonition-sessions.md"
    out = tmp_path / "out.ics"
    result = runner.invoke(app, ["export", "ics", "-o", str(out), str(plan)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text().count("BEGIN:VEVENT") == 2
    read = read_plan(plan)
    assert [(d.title, d.weekday, d.date) for d in read.plan.days] == [
        ("Session 1", "thu", dt.date(2025, 9, 4)),
        ("Session 2", "fri", dt.date(2025, 9, 5)),
    ]
    first = read.plan.days[0].variants[0].blocks[0]
    assert (first.min_minutes, [i.text for i in first.items]) == (
        120,
        ["Lecture on classes", "First lab"],
    )
    assert read.warnings == ()


def test_nested_admonitions_are_weeks_and_days_and_code_stays_code() -> None:
    result = read_plan(PLANS / "admonition-weeks.md")
    assert [(d.week, d.number, d.title) for d in result.plan.days] == [
        (1, 1, "Chords"),
        (1, 2, "Scales"),
        (2, 1, "Songs"),
    ]
    blocks = [(b.title, b.min_minutes) for b in result.plan.days[2].variants[0].blocks]
    assert blocks == [("First song", 60)]
    assert [(w.line, w.message) for w in result.warnings] == [
        (17, "timed lines in a code block are not read")
    ]


def test_unfolding_keeps_every_line_in_its_place() -> None:
    text = '# P\n\n!!! note "Day 1"\n    - Concepts (60 min)\n\n    More text\nOutside\n'
    unfolded = unfold_admonitions(text)
    assert unfolded == "# P\n\n## Day 1\n- Concepts (60 min)\n\nMore text\nOutside\n"


def test_a_plan_that_reads_without_its_admonitions_keeps_them_as_they_are() -> None:
    text = "# P\n\n## Day 1\n\n- Concepts (60 min)\n\n!!! tip\n    - Extra reading (30 min)\n"
    plan = parse_markdown(text)
    assert [b.title for d in plan.days for v in d.variants for b in v.blocks] == ["Concepts"]


def test_text_with_no_admonition_is_not_unfolded() -> None:
    assert unfold_admonitions("# P\n\n!!! but no box here\n") is None
    assert unfold_admonitions('# P\n\n!!! note "Empty"\n\nNot indented\n') is None


def test_admonitions_with_nothing_timed_are_still_refused(tmp_path: Path) -> None:
    plan = tmp_path / "log.md"
    plan.write_text('# Log\n\n!!! note "Monday"\n    - Read the chapter\n')
    result = runner.invoke(app, ["validate", str(plan)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{plan}:")
    assert "no timed blocks found" in result.stderr
    assert "Traceback" not in result.stderr
