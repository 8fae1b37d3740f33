"""The Todoist planner: desired state + remote state -> changes, with no HTTP at all."""

from __future__ import annotations

from planexport.export.todoist.mapping import TodoistOptions, desired_projects
from planexport.export.todoist.planner import Remote, plan_changes
from tests.todoist_support import go_week, simple_schedule


def test_an_empty_account_gets_the_project_its_sections_tasks_and_labels() -> None:
    wants = desired_projects(simple_schedule(go_week()), options=TodoistOptions())
    plan = plan_changes(wants, [Remote(None, [], [])], labels=[], prune=False, salt="s")
    kinds = [c["type"] for c in plan.commands]
    assert kinds[0] == "label_add"
    assert kinds.index("project_add") < kinds.index("section_add") < kinds.index("item_add")
    assert plan.count("create") == len(plan.changes)
    tasks = [c for c in plan.commands if c["type"] == "item_add"]
    assert len(tasks) == len(wants[0].tasks)
    # Every task carries the marker that finds it again on the next push.
    assert all("planexport:go/go.d" in c["args"]["description"] for c in tasks)
    assert plan.reads == 0


def test_labels_the_account_has_are_not_made_again() -> None:
    wants = desired_projects(simple_schedule(go_week()), options=TodoistOptions())
    wanted = {label for task in wants[0].tasks for label in task.labels}
    plan = plan_changes(wants, [Remote(None, [], [])], labels=sorted(wanted), prune=False, salt="s")
    assert not [c for c in plan.commands if c["type"] == "label_add"]


def test_the_same_salt_gives_the_same_commands() -> None:
    wants = desired_projects(simple_schedule(go_week()), options=TodoistOptions())
    first = plan_changes(wants, [Remote(None, [], [])], labels=[], prune=False, salt="a")
    again = plan_changes(wants, [Remote(None, [], [])], labels=[], prune=False, salt="a")
    other = plan_changes(wants, [Remote(None, [], [])], labels=[], prune=False, salt="b")
    assert first.commands == again.commands
    assert first.commands[0]["uuid"] != other.commands[0]["uuid"]
