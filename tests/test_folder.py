"""A folder of plans: every plan file as consecutive weeks, in Docusaurus sidebar order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planexport.errors import PlanError
from planexport.reader.folder import expand_plans, load_plans, plan_files
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA

TRACK = DATA / "living" / "track"


def test_sidebar_position_first_then_natural_name_order_and_partials_skipped() -> None:
    assert [p.name for p in plan_files(TRACK)] == [
        "intro.md",  # sidebar_position 1
        "week-1.md",  # sidebar_position 2
        "extra.yaml",
        "week-2.md",
        "week-10.md",  # week-10 after week-2, as people count
    ]


def test_the_files_run_as_consecutive_weeks() -> None:
    plans = load_plans([TRACK])
    assert [p.id for p in plans] == ["intro", "w1", "extra", "w2", "w10"]
    week = schedule(plans, ScheduleOptions(start=dt.date(2026, 11, 30), tz="UTC"))
    assert [(d.plan.id, d.date.isoformat()) for d in week.days] == [
        ("intro", "2026-11-30"),
        ("w1", "2026-12-01"),
        ("extra", "2026-12-02"),
        ("w2", "2026-12-03"),
        ("w10", "2026-12-04"),
    ]


def test_files_and_folders_mix_in_the_order_given() -> None:
    single = TRACK / "week-2.md"
    assert expand_plans([single, TRACK])[:2] == [single, TRACK / "intro.md"]


def test_positions_may_be_quoted_or_decimal_and_names_compare_without_case(
    tmp_path: Path,
) -> None:
    (tmp_path / "b.md").write_text("---\nsidebar_position: '2.5'\n---\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\nsidebar_position: 3\n---\n", encoding="utf-8")
    (tmp_path / "C.md").write_text("# no front matter\n", encoding="utf-8")
    (tmp_path / "c2.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    (tmp_path / "sub.md").mkdir()
    (tmp_path / ".hidden.md").write_text("", encoding="utf-8")
    assert [p.name for p in plan_files(tmp_path)] == ["b.md", "a.md", "C.md", "c2.md"]


def test_a_folder_without_plans_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# hi\n", encoding="utf-8")
    with pytest.raises(PlanError, match=r"no plan files in this folder") as caught:
        plan_files(tmp_path)
    assert caught.value.exit_code == 2
