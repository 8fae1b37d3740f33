"""Numbers that are not lengths (`2.5M listeners`) and checklists of dated weekday lines
(`- [ ] **Mon Mar 2**: Arrays`): read as a person does, never as a plan of one stray block."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import load, read_plan
from planexport.reader.durations import parse_duration
from tests.paths import DATA

PLANS = DATA / "counts_and_dated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interviews, 2.5M listeners", None),
        ("6M подписчиков", None),
        ("10-20M downloads", None),
        ("1.5M views (20 min)", (20, 20)),
        ("Reading 30m", (30, 30)),
        ("1h 30m", (90, 90)),
    ],
)
def test_an_upper_case_m_after_a_number_is_millions_not_minutes(
    text: str, expected: tuple[int, int] | None
) -> None:
    assert parse_duration(text) == expected


def test_a_table_of_counts_in_millions_is_no_plan() -> None:
    with pytest.raises(PlanError) as caught:
        load(PLANS / "en-channel-table-millions.md")
    message = str(caught.value)
    assert message.startswith(f"{PLANS / 'en-channel-table-millions.md'}:1: no timed blocks found")
    assert "none with a length or a clock time" in message


def test_dated_checklist_lines_are_days_and_a_stray_length_elsewhere_is_not_a_plan() -> None:
    with pytest.raises(PlanError) as caught:
        load(PLANS / "es-dated-checklist-no-lengths.md")
    # The three dated lines are the days; the `(2 min de discurso)` line is no plan of its own.
    assert str(caught.value) == (
        f"{PLANS / 'es-dated-checklist-no-lengths.md'}:6: no timed blocks found (3 days found, "
        "none with a length or a clock time: write lines such as '- Concepts (60 min)' or "
        "'- 09:00–10:30 Arrays')"
    )


def test_dated_checklist_lines_with_lengths_are_dated_days_with_the_year_of_the_title() -> None:
    result = read_plan(PLANS / "en-dated-checklist-with-lengths.md")
    plan = result.plan
    assert [(d.weekday, d.date, d.week) for d in plan.days] == [
        ("mon", dt.date(2026, 3, 2), 1),
        ("tue", dt.date(2026, 3, 3), 1),
        ("wed", dt.date(2026, 3, 4), 1),
    ]
    blocks = [
        (b.title, b.min_minutes, b.done) for d in plan.days for v in d.variants for b in v.blocks
    ]
    assert blocks == [
        ("Arrays, two sum", 45, True),
        ("Hash maps", 60, False),
        ("Review", 30, False),
    ]
    assert [f"{w.line}: {w.message}" for w in result.warnings] == [
        '11: "[ ] Introduce yourself (2 min pitch)" is in no day: not read'
    ]
