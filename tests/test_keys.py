"""Block, day and goal keys, UIDs and Todoist markers stay what users' calendars already hold."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from planexport.export.ics import to_ics
from planexport.export.todoist import TodoistOptions, desired_projects
from planexport.keys import marker
from planexport.model import Plan
from planexport.reader import load
from planexport.scheduling import ScheduleOptions, schedule

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
PINNED = DATA / "keys" / "pinned.json"
START = dt.date(2026, 11, 30)
_UID = re.compile(rb"^UID:(.*)\r$", re.MULTILINE)


def corpus() -> dict[str, Plan]:
    """The seed plan and every plan of the test data, by path from the project root."""
    paths = [ROOT / "plans" / "go-track.md", *sorted((DATA / "plans").glob("*.md"))]
    plans = {p.relative_to(ROOT).as_posix(): load(p) for p in paths}
    structured = [*sorted((DATA / "todoist").glob("*.json")), *(DATA / "ics").glob("*.json")]
    for path in structured:
        plans[path.relative_to(ROOT).as_posix()] = Plan.model_validate_json(
            path.read_text(encoding="utf-8")
        )
    return plans


def identities(plan: Plan) -> dict[str, Any]:
    """Keys, UIDs and markers of a plan alone and of the plan given twice, longest variants."""
    found: dict[str, Any] = {}
    for name, plans in (("once", [plan]), ("twice", [plan, plan])):
        for hours in (None, 99.0):
            options = ScheduleOptions(start=START, tz="Europe/Berlin", hours=hours)
            result = schedule(plans, options)
            ics = to_ics(result, day_events=True, goals=True)
            projects = desired_projects(result, options=TodoistOptions())
            found[f"{name}/{'shortest' if hours is None else 'longest'}"] = {
                "blocks": [b.key for d in result.days for b in d.blocks],
                "unplaced": [u.key for u in result.unplaced],
                "uids": [m.decode() for m in _UID.findall(ics)],
                "markers": [marker(t.plan_id, t.key) for p in projects for t in p.tasks],
            }
    return found


def snapshot() -> dict[str, Any]:
    """Every identity of the corpus, by plan file."""
    return {path: identities(plan) for path, plan in corpus().items()}


@pytest.mark.parametrize("path", sorted(json.loads(PINNED.read_text(encoding="utf-8"))))
def test_keys_and_uids_stay_pinned(path: str) -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))[path]
    plan = corpus()[path]
    assert identities(plan) == pinned


def test_pinned_file_covers_the_whole_corpus() -> None:
    assert sorted(json.loads(PINNED.read_text(encoding="utf-8"))) == sorted(corpus())


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    # Run once to pin a new plan of the corpus; a changed key of a pinned plan is a bug.
    PINNED.parent.mkdir(parents=True, exist_ok=True)
    PINNED.write_text(json.dumps(snapshot(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def test_a_rest_only_week_of_a_repeated_plan_gets_the_prefix_its_blocks_would() -> None:
    # A plan-week with blocks and one with only rest days once got different day UIDs.
    rest = Plan.model_validate(
        {"id": "r", "title": "Rest", "days": [{"number": 1, "title": "Off", "variants": []}]}
    )
    other = Plan.model_validate(
        {"id": "o", "title": "Other", "days": [{"number": 1, "title": "Off", "variants": []}]}
    )
    result = schedule([rest, other, rest], ScheduleOptions(start=START, tz="UTC"))
    uids = _UID.findall(to_ics(result, day_events=True))
    assert [u.decode() for u in uids] == [
        "r.d1@planexport",
        "o.d1@planexport",
        "r.w2.d1@planexport",
    ]
    assert [d.key for d in result.days] == ["r.d1", "o.d1", "r.w2.d1"]


def test_keys_module_makes_every_kind_of_identity() -> None:
    from planexport import keys

    assert keys.prefix("go", repeat=1) == "go"
    assert keys.prefix("go", repeat=3) == "go.w3"
    assert keys.day_key("go.w2", 4) == "go.w2.d4"
    assert keys.goals_key("go") == "go.goals"
    assert keys.item_key("go.d1.concepts", 2) == "go.d1.concepts#2"
    assert keys.item_key("go.d1.concepts#2", 1) == "go.d1.concepts#2.1"
    assert keys.uid("go.d1.concepts") == "go.d1.concepts@planexport"
    assert keys.is_our_uid("go.d1@planexport")
    assert not keys.is_our_uid("go.d1@example.com")
    assert keys.marker("my plan", "p.d1.x~2#1") == "planexport:my%20plan/p.d1.x~2#1"
    found = keys.parse_marker("notes\n\nplanexport:my%20plan/p.d1.x~2#1")
    assert found == ("my plan", "p.d1.x~2#1")
    assert keys.strip_marker("notes\n\nplanexport:go/go.d1.x") == "notes"
    assert keys.slugify("Template Creation") == "template-creation"
    assert keys.slugify("日本") == "x65e5-672c"
