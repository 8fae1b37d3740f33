"""Plan ids in one run: two files with one id are an error, a generic file name a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import PlanError
from planexport.plan_ids import check_plan_ids
from planexport.reader import load
from tests.paths import USER_PLAN

WEEK = ["--start", "2026-11-30", "--tz", "Europe/Berlin"]
BODY = USER_PLAN.read_text(encoding="utf-8").split("---\n", 2)[2]
"""The user's plan without its front matter: its id then comes from the file name."""


def run(*args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(app, list(args))
    return done.exit_code, done.stdout, done.stderr


def test_two_files_with_one_id_are_an_error_naming_both(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "go-track.md", tmp_path / "b" / "go-track.md"
    for path in (first, second):
        path.parent.mkdir()
        shutil.copy(USER_PLAN, path)
    target = tmp_path / "out.ics"

    code, out, err = run("export", "ics", str(first), str(second), *WEEK, "-o", str(target))

    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        f"{second}: plan id 'go' is also the id of {first}; each plan needs its own (its events' "
        "UIDs start with it): give one of them another 'id:' in its front matter"
    ]
    assert not target.exists()


def test_the_same_file_twice_is_a_plan_repeated_on_purpose(tmp_path: Path) -> None:
    target = tmp_path / "two.ics"
    same = USER_PLAN.parent / ".." / USER_PLAN.parent.name / USER_PLAN.name

    code, _, err = run("export", "ics", str(USER_PLAN), str(same), *WEEK, "-o", str(target))

    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "UID:go.d1.concepts@planexport" in text
    assert "UID:go.w2.d1.concepts@planexport" in text


@pytest.mark.parametrize("name", ["plan.md", "week.md", "README.md", "Schedule.md", "index.md"])
def test_an_id_from_a_generic_file_name_gets_a_warning(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(BODY, encoding="utf-8")
    stem = Path(name).stem.lower()

    code, _, err = run("show", str(path), *WEEK, "--schedule")

    assert code == 0
    assert err.splitlines() == [
        f"planexport: warning: {path}: the plan id '{stem}' comes from a generic file name, "
        f"and another plan called {name} would share its events' UIDs; "
        "add 'id: a-name-of-its-own' to its front matter"
    ]


def test_a_generic_file_name_with_an_id_of_its_own_gets_no_warning(tmp_path: Path) -> None:
    for front in ("---\nid: week\n---\n", "---\ntitle: x\nid: go-dec\n---\n"):
        path = tmp_path / "week.md"
        path.write_text(front + BODY, encoding="utf-8")
        code, _, err = run("show", str(path))
        assert code == 0
        assert err == ""


def test_a_specific_file_name_gets_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "go-backend-dec.md"
    path.write_text(BODY, encoding="utf-8")
    plans = [load(path)]
    assert plans[0].id == "go-backend-dec"
    assert check_plan_ids([path], plans) == []


def test_the_suggestion_is_the_plans_title_when_it_is_specific(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("# Rust Async Month\n\n" + BODY, encoding="utf-8")
    plan = load(path)
    assert plan.id == "plan"
    (warning,) = check_plan_ids([path], [plan])
    assert warning.endswith("add 'id: rust-async-month' to its front matter")


def test_library_check_raises_a_plan_error(tmp_path: Path) -> None:
    copy = tmp_path / "copy.md"
    shutil.copy(USER_PLAN, copy)
    with pytest.raises(PlanError) as failure:
        check_plan_ids([USER_PLAN, copy], [load(USER_PLAN), load(copy)])
    assert failure.value.file == str(copy)
    assert str(USER_PLAN) in failure.value.reason
