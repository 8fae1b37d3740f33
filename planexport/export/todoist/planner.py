"""Desired state + what Todoist holds -> the changes and the sync commands that make them (pure)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planexport.export.sync import Action, Change, ChangeSet, Kind
from planexport.keys import parse_marker, strip_marker

if TYPE_CHECKING:
    # The SDK's models are the remote state's types; only the client imports the SDK at run time.
    from todoist_api_python.models import Project, Section, Task

    from planexport.export.todoist.mapping import DesiredProject, DesiredTask
    from planexport.export.todoist.window import Window

__all__ = [
    "Change",
    "Planner",
    "PushPlan",
    "Remote",
    "TodoistChanges",
    "completed_keys",
    "fingerprint",
    "label_commands",
    "missing_labels",
    "ours_by_key",
    "plan_changes",
]

_NAMESPACE = uuid.UUID("5d0c36b5-5a4e-4c3e-9f0e-6a1f0c0f7d21")
_DATE = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_OUR_SECTION_RE = re.compile(
    rf"^(W\d+ · )?(Day \d+ · {_DATE}( · .*)?|Week \d+ · {_DATE}( – {_DATE})?)$"
)


@dataclass(frozen=True)
class TodoistChanges(ChangeSet):
    """The changes a push makes and the sync commands that make them."""

    changes: tuple[Change, ...]
    commands: tuple[dict[str, Any], ...]
    reads: int
    """HTTP requests made to read the server's state."""
    windows: tuple[Window, ...] = ()
    """The days each project got (see `window`)."""


PushPlan = TodoistChanges
"""The former name, kept for code written against it: a set of changes is not a plan."""


@dataclass
class Remote:
    """The server's state of one project, as far as planexport needs it."""

    project: Project | None
    sections: list[Section]
    open_tasks: list[Task]
    completed: list[Task] = field(default_factory=list)


def _uuid(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return str(uuid.uuid5(_NAMESPACE, text))


def _due_text(task: Task) -> dict[str, str] | None:
    if task.due is None:
        return None
    value = task.due.date
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            text = value.isoformat(timespec="seconds")
        else:
            utc = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
            text = utc.isoformat(timespec="seconds") + "Z"
    else:
        text = value.isoformat()
    due = {"date": text}
    if task.due.timezone:
        due["timezone"] = task.due.timezone
    return due


def _same_due(want: dict[str, str] | None, have: dict[str, str] | None) -> bool:
    if want is None:
        return have is None
    if have is None or want["date"] != have["date"]:
        return False
    return "timezone" not in want or want["timezone"] == have.get("timezone")


class Planner:
    """Builds the change list and the commands, in the order they must run."""

    def __init__(self, *, prune: bool, salt: str) -> None:
        self.prune = prune
        self.salt = salt
        self.changes: list[Change] = []
        self.commands: list[dict[str, Any]] = []
        self.deletes: list[dict[str, Any]] = []
        self.free_sections: list[Section] = []

    def command(
        self, kind: str, args: dict[str, Any], *, ident: Any, temp: str | None = None
    ) -> None:
        cmd: dict[str, Any] = {"type": kind, "uuid": self.uuid(kind, ident, args), "args": args}
        if temp is not None:
            cmd["temp_id"] = temp
        self.commands.append(cmd)

    def uuid(self, *parts: Any) -> str:
        """A command uuid or temp id, unique to this plan.

        A server remembers executed uuids (for how long is not documented): a uuid reused by a
        later push, say after the user deleted what an earlier one created, would be dropped as
        a repeat. A retried request resends the same commands, so it is still never run twice.
        """
        return _uuid(self.salt, *parts)

    def project(self, want: DesiredProject, remote: Remote, *, fingerprint: str) -> None:
        if remote.project is None:
            project_id = self.uuid("temp", "project", want.name, fingerprint)
            self.command("project_add", {"name": want.name}, ident=fingerprint, temp=project_id)
            self.changes.append(Change("create", "project", want.name))
        else:
            project_id = remote.project.id
            self.changes.append(Change("unchanged", "project", want.name))

        ours = ours_by_key(remote, want.plan_ids)
        state = _uuid(sorted((k, t.id) for k, t in ours.items()), fingerprint)
        sections = self._sections(want, remote, project_id, state)
        ids: dict[str, str] = {}
        done_keys = completed_keys(remote, want.plan_ids)
        skipped: set[str] = set()
        reorder: list[dict[str, Any]] = []
        misordered = _misordered_tasks(want, ours, done_keys, sections)
        for task in want.tasks:
            name = f"{want.name} / {task.path}"
            if task.parent is not None and (task.parent in skipped or task.parent not in ids):
                skipped.add(task.key)
                self.changes.append(Change("completed", task.kind, name))
                continue
            have = ours.get(task.key)
            if have is None and task.key in done_keys:
                skipped.add(task.key)
                self.changes.append(Change("completed", task.kind, name))
                continue
            section_id = sections[task.section] if task.section is not None else None
            parent_id = ids[task.parent] if task.parent is not None else None
            if have is None:
                temp = self.uuid("temp", task.plan_id, task.key, state)
                ids[task.key] = temp
                args: dict[str, Any] = {
                    "content": task.content,
                    "description": task.full_description(),
                    "child_order": task.order,
                    "priority": task.priority,
                }
                if parent_id is not None:
                    args["parent_id"] = parent_id
                else:
                    args["project_id"] = project_id
                    if section_id is not None:
                        args["section_id"] = section_id
                if task.labels:
                    args["labels"] = list(task.labels)
                if task.due is not None:
                    args["due"] = task.due
                if task.duration is not None:
                    args["duration"] = {"amount": task.duration, "unit": "minute"}
                self.command("item_add", args, ident=(task.key, state), temp=temp)
                self.changes.append(Change("create", task.kind, name))
                continue
            ids[task.key] = have.id
            fields = self._update(task, have)
            moved = self._move(task, have, project_id, section_id, parent_id)
            if task.key in misordered:
                reorder.append({"id": have.id, "child_order": task.order})
                fields.append("order")
            if moved:
                self.changes.append(Change("move", task.kind, name, (moved, *fields)))
            elif fields:
                self.changes.append(Change("update", task.kind, name, tuple(fields)))
            else:
                self.changes.append(Change("unchanged", task.kind, name))
        if reorder:
            self.command("item_reorder", {"items": reorder}, ident=(project_id, state))
        self._stale(want, remote, ours, sections)

    def _sections(
        self, want: DesiredProject, remote: Remote, project_id: str, state: str
    ) -> dict[str, str]:
        ids: dict[str, str] = {}
        free = list(remote.sections)
        matched: dict[str, Section] = {}
        for section in want.sections:
            exact = [s for s in free if s.name == section.name]
            if exact:
                matched[section.key] = exact[0]
                free.remove(exact[0])
        for section in want.sections:
            if section.key in matched:
                continue
            near = [s for s in free if s.name.startswith(f"{section.prefix} · ")]
            if len(near) == 1:
                matched[section.key] = near[0]
                free.remove(near[0])
        reorder: list[dict[str, Any]] = []
        placed = [(s.order, matched[s.key]) for s in want.sections if s.key in matched]
        misordered = _misordered(placed, dirty=len(placed) < len(want.sections))
        for section in want.sections:
            name = f"{want.name} / {section.name}"
            have = matched.get(section.key)
            if have is None:
                temp = self.uuid("temp", "section", section.key, state)
                ids[section.key] = temp
                args = {
                    "name": section.name,
                    "project_id": project_id,
                    "section_order": section.order,
                }
                self.command("section_add", args, ident=(section.key, state), temp=temp)
                self.changes.append(Change("create", "section", name))
                continue
            ids[section.key] = have.id
            fields = []
            if have.name != section.name:
                self.command(
                    "section_update",
                    {"id": have.id, "name": section.name},
                    ident=(section.key, have.name),
                )
                fields.append("name")
            if have.id in misordered:
                reorder.append({"id": have.id, "section_order": section.order})
                fields.append("order")
            action: Action = "update" if fields else "unchanged"
            self.changes.append(Change(action, "section", name, tuple(fields)))
        if reorder:
            self.command("section_reorder", {"sections": reorder}, ident=(project_id, state))
        self.free_sections = free
        return ids

    def _update(self, task: DesiredTask, have: Task) -> list[str]:
        args: dict[str, Any] = {}
        if have.content != task.content:
            args["content"] = task.content
        if strip_marker(have.description) != task.description or not _marker_last(have):
            # An earlier layout put the marker elsewhere; the app shows the first line.
            args["description"] = task.full_description()
        if not _same_due(task.due, _due_text(have)):
            args["due"] = task.due
        want_duration = {"amount": task.duration, "unit": "minute"} if task.duration else None
        have_duration = (
            {"amount": have.duration.amount, "unit": have.duration.unit} if have.duration else None
        )
        if want_duration != have_duration:
            args["duration"] = want_duration
        if have.priority != task.priority:
            args["priority"] = task.priority
        have_labels = list(have.labels or [])
        labels = _labels(task, have_labels)
        if labels != have_labels:
            args["labels"] = labels
        if not args:
            return []
        fields = sorted(args)
        args["id"] = have.id
        self.command("item_update", args, ident=(task.key, have.updated_at))
        return fields

    def _move(
        self,
        task: DesiredTask,
        have: Task,
        project_id: str,
        section_id: str | None,
        parent_id: str | None,
    ) -> str | None:
        if parent_id is not None:
            if have.parent_id == parent_id:
                return None
            args = {"id": have.id, "parent_id": parent_id}
            what = "parent"
        elif (
            have.parent_id is None
            and have.section_id == section_id
            and have.project_id == project_id
        ):
            return None
        elif section_id is not None:
            args = {"id": have.id, "section_id": section_id}
            what = "section"
        else:
            args = {"id": have.id, "project_id": project_id}
            what = "project"
        self.command("item_move", args, ident=(task.key, have.updated_at, have.parent_id))
        return what

    def _stale(
        self,
        want: DesiredProject,
        remote: Remote,
        ours: dict[str, Task],
        sections: dict[str, str],
    ) -> None:
        wanted = want.keys
        by_id = {t.id: t for t in remote.open_tasks}
        children: dict[str, list[Task]] = {}
        for task in [*remote.open_tasks, *remote.completed]:
            if task.parent_id:
                children.setdefault(task.parent_id, []).append(task)
        completed_ids = {t.id for t in remote.completed}
        our_ids = {t.id for t in ours.values()}
        stale = [t for key, t in ours.items() if key not in wanted]
        in_window = {t.key for t in want.tasks}
        deleted: set[str] = set()

        def subtree(task: Task) -> Iterator[Task]:
            for child in children.get(task.id, []):
                yield child
                yield from subtree(child)

        def deletable(task: Task) -> bool:
            # Deleting a task deletes its subtasks: never when that takes the user's own
            # subtasks or completed ones with it. Planned subtasks are moved out first.
            return all(c.id not in completed_ids and c.id in our_ids for c in subtree(task))

        doomed = {t.id for t in stale if deletable(t)} if self.prune else set()
        for task in stale:
            name = f"{want.name} / {task.content}"
            kind: Kind = "task" if task.parent_id is None else "subtask"
            if task.id not in doomed:
                why = ("holds your tasks",) if self.prune else ()
                self.changes.append(Change("kept", kind, name, why))
                continue
            self.changes.append(Change("delete", kind, name))
            deleted.add(task.id)
            deleted.update(c.id for c in subtree(task))
            if _has_ancestor(task, doomed, by_id):
                continue  # goes with its parent
            self.deletes.append(
                {
                    "type": "item_delete",
                    "uuid": self.uuid("item_delete", task.id, task.updated_at),
                    "args": {"id": task.id},
                }
            )
        if not self.prune:
            return
        kept_sections = set(sections.values())
        for section in self.free_sections:
            if section.id in kept_sections:
                continue
            inside = [t for t in remote.open_tasks if t.section_id == section.id]
            done = [t for t in remote.completed if t.section_id == section.id]
            # Only tasks of the window are placed by this push; earlier or later days' tasks
            # stay where they are, so their section stays too.
            moved_out = {t.id for k, t in ours.items() if k in in_window}
            # Ours: it held planexport's tasks, or has exactly the name planexport gives.
            held_ours = any(t.id in our_ids for t in inside)
            if not held_ours and not _OUR_SECTION_RE.match(section.name):
                continue
            if done or any(t.id not in deleted and t.id not in moved_out for t in inside):
                continue
            self.changes.append(Change("delete", "section", f"{want.name} / {section.name}"))
            self.deletes.append(
                {
                    "type": "section_delete",
                    "uuid": self.uuid("section_delete", section.id, section.name),
                    "args": {"id": section.id},
                }
            )


def _labels(task: DesiredTask, have: list[str]) -> list[str]:
    """The labels a task should carry: the user's own kept in their order, ours as wanted.

    Labels are matched case-insensitively, as Todoist names them. A label planexport put on
    the task in an earlier layout (the block's title) comes off; any other label is the user's.
    """
    wanted = {label.casefold() for label in task.labels}
    unwanted = {label.casefold() for label in task.owned_labels} - wanted
    kept = [label for label in have if label.casefold() not in unwanted]
    folded = {label.casefold() for label in kept}
    return kept + [label for label in task.labels if label.casefold() not in folded]


def _marker_last(task: Task) -> bool:
    lines = (task.description or "").rstrip().splitlines()
    return bool(lines) and parse_marker(lines[-1]) is not None


def _misordered(placed: Sequence[tuple[int, Any]], *, dirty: bool) -> set[str]:
    """Ids among `placed` (wanted order, remote object) whose order must be sent again.

    Servers number siblings their own way (from 0, or appending after what is there), so the
    numbers are compared only when something joins the group; otherwise only the relative
    order counts, and an unchanged group sends nothing.
    """
    ranked = sorted(placed, key=lambda pair: pair[0])
    orders = [have.order for _, have in ranked]
    inverted = any(a > b for a, b in itertools.pairwise(orders))
    if not inverted and not dirty:
        return set()
    return {have.id for order, have in ranked if have.order != order}


def _misordered_tasks(
    want: DesiredProject,
    ours: dict[str, Task],
    completed_keys: set[str],
    sections: dict[str, str],
) -> set[str]:
    """Keys of planned tasks whose order must be sent again (see `_misordered`)."""
    groups: dict[str, list[tuple[int, Task]]] = {}
    dirty: set[str] = set()
    gone: set[str] = set()
    keys: dict[str, str] = {}
    for task in want.tasks:
        group = f"parent:{task.parent}" if task.parent is not None else f"section:{task.section}"
        have = ours.get(task.key)
        if (task.parent is not None and task.parent in gone) or (
            have is None and task.key in completed_keys
        ):
            gone.add(task.key)
            continue
        if have is None:
            dirty.add(group)
            continue
        keys[have.id] = task.key
        groups.setdefault(group, []).append((task.order, have))
        if task.parent is not None:
            parent = ours.get(task.parent)
            here = parent is not None and have.parent_id == parent.id
        else:
            section = sections.get(task.section) if task.section is not None else None
            here = have.parent_id is None and have.section_id == section
        if not here:
            dirty.add(group)
    found: set[str] = set()
    for group, placed in groups.items():
        found.update(keys[i] for i in _misordered(placed, dirty=group in dirty))
    return found


def _has_ancestor(task: Task, ids: set[str], by_id: dict[str, Task]) -> bool:
    parent = task.parent_id
    while parent is not None:
        if parent in ids:
            return True
        above = by_id.get(parent)
        parent = above.parent_id if above is not None else None
    return False


def _key_of(task: Task, plan_ids: frozenset[str]) -> str | None:
    found = parse_marker(task.description)
    if found is None or found[0] not in plan_ids:
        return None
    return found[1]


def completed_keys(remote: Remote, plan_ids: frozenset[str]) -> set[str]:
    """Keys of these plans' tasks among the completed tasks read."""
    return {key for key in (_key_of(t, plan_ids) for t in remote.completed) if key}


def ours_by_key(remote: Remote, plan_ids: frozenset[str]) -> dict[str, Task]:
    """Open tasks that carry a marker of these plans, by key; a copy keeps the oldest."""
    found: dict[str, Task] = {}
    for task in sorted(remote.open_tasks, key=lambda t: (t.created_at, t.id)):
        key = _key_of(task, plan_ids)
        if key is not None and key not in found:
            found[key] = task
    return found


def missing_labels(wants: Sequence[DesiredProject], remotes: Sequence[Remote]) -> dict[str, str]:
    """Labels the tasks want that no task of the projects carries yet, by folded name."""
    seen = {
        label.casefold()
        for remote in remotes
        for task in [*remote.open_tasks, *remote.completed]
        for label in task.labels or []
    }
    wanted: dict[str, str] = {}
    for want in wants:
        for task in want.tasks:
            for label in task.labels:
                if label.casefold() not in seen:
                    wanted.setdefault(label.casefold(), label)
    return wanted


def label_commands(
    wanted: dict[str, str], existing: Sequence[str], planner: Planner
) -> list[dict[str, Any]]:
    """label_add commands for the wanted labels the account lacks."""
    have = {name.casefold() for name in existing}
    commands = []
    for folded, label in wanted.items():
        if folded in have:
            continue
        commands.append(
            {"type": "label_add", "uuid": planner.uuid("label_add", label), "args": {"name": label}}
        )
        planner.changes.append(Change("create", "label", label))
    return commands


def fingerprint(remotes: Sequence[Remote]) -> list[str]:
    """The ids of the projects found: part of every project's fingerprint."""
    return sorted(r.project.id for r in remotes if r.project is not None)


def plan_changes(
    wants: Sequence[DesiredProject],
    remotes: Sequence[Remote],
    *,
    labels: Sequence[str] | None,
    prune: bool,
    salt: str,
    reads: int = 0,
) -> TodoistChanges:
    """The changes that bring the remote state in line with the desired one.

    Args:
        wants: what Todoist should hold, one entry per project.
        remotes: what it holds, in the same order.
        labels: the account's label names; None when they were not read (no label is missing).
        prune: delete what planexport made that the plans no longer have.
        salt: makes the command uuids and temp ids this plan's own.
        reads: HTTP requests the reading took, reported with the plan.

    Returns:
        Every change by name and the commands in the order they must run.
    """
    planner = Planner(prune=prune, salt=salt)
    wanted = missing_labels(wants, remotes)
    commands_for_labels = (
        label_commands(wanted, labels, planner) if wanted and labels is not None else []
    )
    base = fingerprint(remotes)
    for want, remote in zip(wants, remotes, strict=True):
        planner.project(want, remote, fingerprint=_uuid(want.name, base))
    # A project's add comes first in its own list; labels must exist before tasks use them.
    commands = [*commands_for_labels, *planner.commands, *planner.deletes]
    return TodoistChanges(changes=tuple(planner.changes), commands=tuple(commands), reads=reads)
