"""MkDocs admonitions nested in admonitions, indented with tabs, each session's length on a line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from planexport.cli import app
from planexport.reader import read_plan
from planexport.reader.admonitions import unfold_admonitions
from tests.paths import DATA

runner = CliRunner()
PLANS = DATA / "unseen"


def _days(plan: Path) -> list[tuple[str, str | None, dt.date | None, list[tuple[str, int]]]]:
    read = read_plan(plan)
    return [
        (
            d.title,
            d.weekday,
            d.date,
            [(b.title, b.min_minutes) for v in d.variants for b in v.blocks],
        )
        for d in read.plan.days
    ]


def test_sessions_nested_in_a_month_and_indented_with_tabs_are_dated_days(
    tmp_path: Path,
) -> None:
    plan = PLANS / "admonition-nested-tabs.md"
    assert _days(plan) == [
        (
            "Chapter 2 - Lesson 1",
            "thu",
            dt.date(2024, 10, 3),
            [("Chapter 2 - Lesson 1", 120)],
        ),
        (
            "Chapter 2 - Lesson 2",
            "mon",
            dt.date(2024, 10, 7),
            [("Chapter 2 - Lesson 2", 90)],
        ),
    ]
    read = read_plan(plan)
    block = read.plan.days[0].variants[0].blocks[0]
    assert [(i.text, [c.text for c in i.children]) for i in block.items] == [
        ("Course: limits", ["one-sided limits"])
    ]
    assert read.warnings == ()
    out = tmp_path / "out.ics"
    result = runner.invoke(app, ["export", "ics", "-o", str(out), str(plan)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text().count("BEGIN:VEVENT") == 2


def test_tabs_and_spaces_mixed_count_a_tab_to_the_next_multiple_of_four() -> None:
    assert _days(PLANS / "admonition-mixed-indent.md") == [
        ("Session 1", "tue", dt.date(2024, 10, 1), [("Session 1", 60)]),
        ("Session 2", "fri", dt.date(2024, 10, 4), [("Session 2", 60)]),
    ]
    text = '!!! note "A"\n  \t!!! tip "B"\n  \t  \tinside\n'
    assert unfold_admonitions(text) == "## A\n### B\ninside\n"


def test_a_session_in_two_timed_parts_is_as_long_as_both() -> None:
    plan = PLANS / "admonition-session-parts.md"
    assert _days(plan) == [
        ("Session 1", "mon", dt.date(2024, 10, 14), [("Session 1", 120)]),
        ("Session 2", "thu", dt.date(2024, 10, 17), [("Session 2", 120)]),
    ]
    items = [i.text for i in read_plan(plan).plan.days[0].variants[0].blocks[0].items]
    assert items == ["Test 3: acids", "Course: bases", "Exercises 3.1, 3.2"]


def test_a_line_with_words_and_a_length_is_a_note_not_a_part(tmp_path: Path) -> None:
    plan = tmp_path / "log.md"
    plan.write_text(
        '# Log\n\n!!! done "Session 1 : Monday 14/10/2024"\n    _2h_\n\n'
        "    _Homework about 1h_\n\n    * Read\n\n"
        '!!! done "Session 2 : Thursday 17/10/2024"\n    _2h_\n\n    * Exercises\n'
    )
    assert [blocks for *_, blocks in _days(plan)] == [[("Session 1", 120)], [("Session 2", 120)]]


def test_a_session_with_no_length_takes_the_usual_one_with_a_warning() -> None:
    plan = PLANS / "admonition-session-no-length.md"
    assert [blocks for *_, blocks in _days(plan)] == [
        [("Session 1", 120)],
        [("Session 2", 120)],
        [("Session 3", 120)],
    ]
    assert [(w.line, w.message) for w in read_plan(plan).warnings] == [
        (8, "Session 2 gives no length: read as 2h, as most sessions are")
    ]
