"""Timed blocks -> Todoist: work out the changes against what is there, then apply them."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import quote, unquote

from planexport.errors import ConfigError, OptionsError, ServiceError
from planexport.export.changes import summary
from planexport.scheduling import slugify

if TYPE_CHECKING:
    import httpx
    from todoist_api_python.api import TodoistAPI
    from todoist_api_python.models import Project, Section, Task

    from planexport.model import Item
    from planexport.scheduling import Schedule, ScheduledBlock, ScheduledDay

__all__ = [
    "DEFAULT_URL",
    "TOKEN_ENV",
    "URL_ENV",
    "Change",
    "PushPlan",
    "PushResult",
    "TodoistOptions",
    "api_priority",
    "desired_projects",
    "marker",
    "parse_marker",
    "push_todoist",
    "section_name",
    "ui_priority",
]

DEFAULT_URL = "https://api.todoist.com/api/v1"
TOKEN_ENV = "TODOIST_API_TOKEN"
URL_ENV = "PLANEXPORT_TODOIST_URL"

MAX_BATCH = 100
"""Commands per sync request: the server's own limit."""
PAGE_LIMIT = 200
MAX_PAGES = 1000
"""A listing that has not ended after this many pages never will."""
MAX_DAY_SECTIONS = 20
"""A free account allows 20 sections per project: more days than this get a section per week."""
COMPLETED_WINDOW = dt.timedelta(days=89)
"""The completed-tasks endpoint answers for at most three months at a time."""
COMPLETED_LOOKBACK = dt.timedelta(days=366)
"""How far back a push looks for tasks the user completed."""

Priority = Literal["p1", "p2", "p3", "p4"]
ItemsMode = Literal["subtasks", "description"]
SectionsMode = Literal["day", "week"]
Action = Literal["create", "update", "move", "delete", "unchanged", "completed", "kept"]
Kind = Literal["project", "section", "task", "subtask", "label"]

_NAMESPACE = uuid.UUID("5d0c36b5-5a4e-4c3e-9f0e-6a1f0c0f7d21")
_MARKER_RE = re.compile(r"(?m)^planexport:([^/\s]+)/(\S+)[ \t]*$")
_DATE = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_OUR_SECTION_RE = re.compile(
    rf"^(W\d+ · )?(Day \d+ · {_DATE}( · .*)?|Week \d+ · {_DATE}( – {_DATE})?)$"
)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

T = TypeVar("T")


# ---------------------------------------------------------------------------------------------
# Mapping: schedule -> what Todoist should hold (pure, shared with the CSV template)


@dataclass(frozen=True)
class TodoistOptions:
    """How a schedule becomes Todoist projects, sections and tasks. Defaults are the CLI's."""

    project: str | None = None
    """One project for every plan; None means a project per plan, named by its title."""
    priority: Priority = "p4"
    """Priority of block tasks as the app shows it (p1 most urgent, p4 normal)."""
    items: ItemsMode = "subtasks"
    sections: SectionsMode | None = None
    """None: a section per day, or per week when a project would get more than 20 days."""
    fixed_zone: bool = False
    """Pin due times to the schedule's zone; by default they float (09:00 wherever you are)."""
    prune: bool = False
    """Delete tasks and sections that planexport made for these plans and the plans dropped."""


def api_priority(priority: Priority) -> int:
    """The API's number for `priority`: p1 is 4 (most urgent) ... p4 is 1 (normal)."""
    return 5 - ui_priority(priority)


def ui_priority(priority: Priority) -> int:
    """The app's and the CSV template's number for `priority`: p1 is 1 ... p4 is 4."""
    if priority not in ("p1", "p2", "p3", "p4"):
        raise OptionsError(f"priority must be p1, p2, p3 or p4, not {priority!r}")
    return int(priority[1])


def marker(plan_id: str, key: str) -> str:
    """The line in a task's description that says which plan block (or item) the task is.

    Todoist has no external-id field and planexport keeps no local state, so every task it
    creates ends its description with `planexport:<plan id>/<key>`: the block's stable key from
    the scheduler (`go.d1.concepts`), or for an item the block's key and the item's position
    (`go.d1.concepts#1.2`). A push reads the project's open tasks (and, when something planned
    is missing, its completed ones) and matches them by this line, so it works from any machine
    and survives the user renaming, re-dating or moving a task; the push then puts content,
    description, due time, duration, priority, order and place back as the plan has them.
    Completed tasks are matched too and never touched. A task whose marker line was removed is
    the user's own from then on. A copy of a task (same marker) is the user's; the oldest one
    is planexport's. Sections are matched by name, then by their `Day N` / `Week N` prefix
    (renamed in place when the date moves); projects by name.
    """
    return f"planexport:{quote(plan_id, safe='')}/{quote(key, safe='.-_#~')}"


def parse_marker(description: str) -> tuple[str, str] | None:
    """The (plan id, key) of the last marker line in `description`, if any."""
    found = list(_MARKER_RE.finditer(description or ""))
    if not found:
        return None
    return unquote(found[-1].group(1)), unquote(found[-1].group(2))


def strip_marker(description: str) -> str:
    """`description` without its marker line(s) and the blank lines around them."""
    return _MARKER_RE.sub("", description or "").strip()


def short_date(day: dt.date) -> str:
    """`Mon 30 Nov`, the same in every locale."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def section_name(prefix: str, day: ScheduledDay) -> str:
    """A day's section: `Day 1 · Mon 30 Nov · System Design Interview Framework`."""
    title = day.day.title.strip()
    name = f"{prefix} · {short_date(day.date)}"
    return f"{name} · {title}" if title else name


def block_labels(block: ScheduledBlock) -> tuple[str, ...]:
    """Labels of a block's task: the block title slugged, then the plan id."""
    labels = [slugify(block.block.title), _label(block.plan.id)]
    return tuple(dict.fromkeys(label for label in labels if label))


def _label(text: str) -> str:
    # Todoist labels cannot hold spaces in the app's quick-add syntax; keep them one word.
    return re.sub(r"\s+", "-", text.strip())


def items_markdown(items: Sequence[Item], depth: int = 0) -> str:
    """Items as a nested Markdown list, `*` bullets (a leading `-` looks like a formula)."""
    lines: list[str] = []
    for item in items:
        lines.append(f"{'  ' * depth}* {item.text}")
        if item.children:
            lines.append(items_markdown(item.children, depth + 1))
    return "\n".join(lines)


def block_description(block: ScheduledBlock, *, items: ItemsMode) -> str:
    """A block task's description as the plan has it, without the marker."""
    parts = [block.block.note.strip()] if block.block.note else []
    if items == "description" and block.block.items:
        parts.append(items_markdown(block.block.items))
    return "\n\n".join(parts)


def due_of(block: ScheduledBlock, *, fixed_zone: bool, tz: str) -> dict[str, str]:
    """The due object of a block: floating local time, or UTC plus the zone when pinned."""
    if fixed_zone:
        utc = block.start.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return {"date": utc.isoformat(timespec="seconds") + "Z", "timezone": tz}
    return {"date": block.start.replace(tzinfo=None).isoformat(timespec="seconds")}


@dataclass(frozen=True)
class DesiredSection:
    """A section the plan wants: `key` is its identity, `prefix` what a rename keeps."""

    key: str
    name: str
    prefix: str
    order: int


@dataclass(frozen=True)
class DesiredTask:
    """A task the plan wants: a block, or one of its items when items are subtasks."""

    plan_id: str
    key: str
    content: str
    description: str
    section: str | None
    parent: str | None
    order: int
    due: dict[str, str] | None
    duration: int | None
    labels: tuple[str, ...]
    priority: int
    path: str
    """Where the task sits, for people: `Day 1 · … / Concepts / Learn framework:`."""

    @property
    def kind(self) -> Kind:
        """`task` for a block, `subtask` for an item."""
        return "task" if self.parent is None else "subtask"

    def full_description(self) -> str:
        """The description with the marker line that identifies the task."""
        mark = marker(self.plan_id, self.key)
        return f"{self.description}\n\n{mark}" if self.description else mark


@dataclass(frozen=True)
class DesiredProject:
    """A project and everything the plans want in it, parents before their subtasks."""

    name: str
    plan_ids: frozenset[str]
    sections: tuple[DesiredSection, ...]
    tasks: tuple[DesiredTask, ...]


def desired_projects(schedule: Schedule, *, options: TodoistOptions) -> tuple[DesiredProject, ...]:
    """What Todoist should hold for `schedule`: projects, sections and tasks, in order.

    Args:
        schedule: the scheduled plans.
        options: project, sections, items, priority and due-time choices.

    Returns:
        One entry per project, in the order the plans come.

    Raises:
        OptionsError: an unknown priority or sections mode.
    """
    priority = api_priority(options.priority)
    if options.sections not in (None, "day", "week"):
        raise OptionsError(f"sections must be day or week, not {options.sections!r}")
    if options.items not in ("subtasks", "description"):
        raise OptionsError(f"items must be subtasks or description, not {options.items!r}")
    groups: dict[str, list[ScheduledDay]] = {}
    for day in schedule.days:
        if day.blocks:
            name = options.project or day.plan.title
            groups.setdefault(name, []).append(day)
    result = []
    for name, days in groups.items():
        weeks_in_project = {(d.plan.id, d.week) for d in days}
        group_tag = len(weeks_in_project) > 1
        by_week = options.sections == "week" or (options.sections is None and len(days) > 20)
        sections: dict[str, DesiredSection] = {}
        section_days: dict[str, list[ScheduledDay]] = {}
        day_section: dict[int, str] = {}
        for day in days:
            tag = f"W{day.week + 1} · " if group_tag else ""
            # Plans written in weeks number days anew each week: their week keeps days apart.
            week = day.day.week
            if by_week:
                prefix = f"{tag}Week {week or (day.day.number - 1) // 7 + 1}"
            elif week is not None:
                prefix = f"{tag}Week {week} · Day {day.day.number}"
            else:
                prefix = f"{tag}Day {day.day.number}"
            skey = f"{day.plan.id}@{day.week}/{prefix}"
            section_days.setdefault(skey, []).append(day)
            day_section[id(day)] = skey
            if skey not in sections:
                sections[skey] = DesiredSection(skey, "", prefix, len(sections) + 1)
        for skey, sdays in section_days.items():
            section = sections[skey]
            if by_week:
                first, last = sdays[0].date, sdays[-1].date
                span = (
                    short_date(first)
                    if first == last
                    else f"{short_date(first)} – {short_date(last)}"
                )
                full = f"{section.prefix} · {span}"
            else:
                full = section_name(section.prefix, sdays[0])
            sections[skey] = DesiredSection(skey, full, section.prefix, section.order)
        tasks: list[DesiredTask] = []
        for skey, sdays in section_days.items():
            blocks = sorted((b for d in sdays for b in d.blocks), key=lambda b: b.start)
            where = sections[skey].name
            for order, block in enumerate(blocks, start=1):
                content = block.block.title.strip()
                path = f"{where} / {content}"
                tasks.append(
                    DesiredTask(
                        plan_id=block.plan.id,
                        key=block.key,
                        content=content,
                        description=block_description(block, items=options.items),
                        section=skey,
                        parent=None,
                        order=order,
                        due=due_of(block, fixed_zone=options.fixed_zone, tz=schedule.tz),
                        duration=block.minutes,
                        labels=block_labels(block),
                        priority=priority,
                        path=path,
                    )
                )
                if options.items == "subtasks":
                    tasks.extend(_item_tasks(block.plan.id, block.key, block.block.items, path))
        result.append(
            DesiredProject(
                name=name,
                plan_ids=frozenset(d.plan.id for d in days),
                sections=tuple(sections.values()),
                tasks=tuple(tasks),
            )
        )
    return tuple(result)


def _item_tasks(plan_id: str, parent: str, items: Sequence[Item], path: str) -> list[DesiredTask]:
    tasks: list[DesiredTask] = []
    for order, item in enumerate(items, start=1):
        sep = "#" if "#" not in parent else "."
        key = f"{parent}{sep}{order}"
        text = item.text.strip()
        here = f"{path} / {text}"
        tasks.append(
            DesiredTask(
                plan_id=plan_id,
                key=key,
                content=text,
                description="",
                section=None,
                parent=parent,
                order=order,
                due=None,
                duration=None,
                labels=(),
                priority=1,
                path=here,
            )
        )
        tasks.extend(_item_tasks(plan_id, key, item.children, here))
    return tasks


# ---------------------------------------------------------------------------------------------
# Planning: desired state + what the server holds -> changes and sync commands


@dataclass(frozen=True)
class Change:
    """One thing a push does (or leaves alone), by name."""

    action: Action
    kind: Kind
    name: str
    fields: tuple[str, ...] = ()

    def __str__(self) -> str:
        detail = f" ({', '.join(self.fields)})" if self.fields else ""
        return f"{self.action:<9} {self.kind:<7} {self.name}{detail}"


@dataclass(frozen=True)
class PushPlan:
    """The changes a push makes and the sync commands that make them."""

    changes: tuple[Change, ...]
    commands: tuple[dict[str, Any], ...]
    reads: int
    """HTTP requests made to read the server's state."""

    def count(self, action: Action) -> int:
        """How many changes have `action`."""
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        """`created 3, updated 1, ...` for the actions that happened."""
        return summary(c.action for c in self.changes)


@dataclass(frozen=True)
class PushResult:
    """What a push did: its plan, and how many sync requests carried it out."""

    plan: PushPlan
    batches: int
    dry_run: bool


@dataclass
class _Remote:
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


class _Planner:
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

    def project(self, want: DesiredProject, remote: _Remote, *, fingerprint: str) -> None:
        if remote.project is None:
            project_id = self.uuid("temp", "project", want.name, fingerprint)
            self.command("project_add", {"name": want.name}, ident=fingerprint, temp=project_id)
            self.changes.append(Change("create", "project", want.name))
        else:
            project_id = remote.project.id
            self.changes.append(Change("unchanged", "project", want.name))

        ours = _ours(remote, want.plan_ids)
        state = _uuid(sorted((k, t.id) for k, t in ours.items()), fingerprint)
        sections = self._sections(want, remote, project_id, state)
        ids: dict[str, str] = {}
        completed_keys = {
            key for key in (_key_of(t, want.plan_ids) for t in remote.completed) if key
        }
        skipped: set[str] = set()
        reorder: list[dict[str, Any]] = []
        misordered = _misordered_tasks(want, ours, completed_keys, sections)
        for task in want.tasks:
            name = f"{want.name} / {task.path}"
            if task.parent is not None and (task.parent in skipped or task.parent not in ids):
                skipped.add(task.key)
                self.changes.append(Change("completed", task.kind, name))
                continue
            have = ours.get(task.key)
            if have is None and task.key in completed_keys:
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
        self, want: DesiredProject, remote: _Remote, project_id: str, state: str
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
        if strip_marker(have.description) != task.description:
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
        missing = [
            lb for lb in task.labels if lb.casefold() not in {h.casefold() for h in have_labels}
        ]
        if missing:
            # The user's own labels on a planexport task stay.
            args["labels"] = have_labels + missing
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
        remote: _Remote,
        ours: dict[str, Task],
        sections: dict[str, str],
    ) -> None:
        wanted = {t.key for t in want.tasks}
        by_id = {t.id: t for t in remote.open_tasks}
        children: dict[str, list[Task]] = {}
        for task in [*remote.open_tasks, *remote.completed]:
            if task.parent_id:
                children.setdefault(task.parent_id, []).append(task)
        completed_ids = {t.id for t in remote.completed}
        our_ids = {t.id for t in ours.values()}
        stale = [t for key, t in ours.items() if key not in wanted]
        stale_ids = {t.id for t in stale}
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
            moved_out = {t.id for t in ours.values() if t.id not in stale_ids}
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


def _ours(remote: _Remote, plan_ids: frozenset[str]) -> dict[str, Task]:
    """Open tasks that carry a marker of these plans, by key; a copy keeps the oldest."""
    found: dict[str, Task] = {}
    for task in sorted(remote.open_tasks, key=lambda t: (t.created_at, t.id)):
        key = _key_of(task, plan_ids)
        if key is not None and key not in found:
            found[key] = task
    return found


# ---------------------------------------------------------------------------------------------
# The connection: reads through the SDK, writes through /sync, bounded retries for both


class _Connection:
    """The SDK and its httpx client, with planexport's retries and error messages."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str,
        transport: httpx.BaseTransport | None,
        sleep: Callable[[float], None],
        retries: int,
        max_wait: float,
    ) -> None:
        import httpx
        from todoist_api_python._core import endpoints
        from todoist_api_python.api import TodoistAPI

        self.token = token
        self.base_url = base_url.rstrip("/")
        self.sleep = sleep
        self.retries = retries
        self.max_wait = max_wait
        self.requests = 0
        inner = transport if transport is not None else httpx.HTTPTransport()
        self.client = httpx.Client(
            transport=_rebased(inner, endpoints.API_URL, self.base_url, self._count)
        )
        self.api: TodoistAPI = TodoistAPI(token, client=self.client)

    def _count(self) -> None:
        self.requests += 1

    def close(self) -> None:
        self.client.close()

    def call(self, fn: Callable[[], T], *, what: str) -> T:
        """`fn()`, retried on 429 (after Retry-After), 5xx and connection errors."""
        import httpx
        from dataclass_wizard.errors import JSONWizardError

        attempt = 0
        waited = 0.0
        while True:
            try:
                return fn()
            except httpx.HTTPStatusError as error:
                response = error.response
                status = response.status_code
                if status == 429:
                    delay = _retry_after(response)
                    if delay is None:
                        delay = _backoff(attempt)
                    if waited + delay > self.max_wait or attempt >= 20:
                        raise ServiceError(
                            f"Todoist's rate limit was reached while {what}; "
                            f"try again in {max(1, round(delay))} s"
                        ) from None
                elif status >= 500 and attempt < self.retries:
                    delay = _backoff(attempt)
                else:
                    raise self._error(response, what) from None
            except (ServiceError, ConfigError):
                raise
            except (TypeError, ValueError, KeyError, JSONWizardError) as error:
                # A body the SDK's models cannot read: no retry makes it readable.
                raise ServiceError(
                    f"Todoist answered something planexport cannot read while {what}: "
                    f"{_scrub(_first_line(error), self.token)}"
                ) from None
            except httpx.TransportError as error:
                if attempt >= self.retries:
                    raise ServiceError(
                        f"cannot reach Todoist at {self.base_url} while {what}: "
                        f"{_scrub(str(error) or type(error).__name__, self.token)}"
                    ) from None
                delay = _backoff(attempt)
            attempt += 1
            waited += delay
            self.sleep(delay)

    def pages(self, make: Callable[[], Iterator[list[T]]], *, what: str) -> list[T]:
        """Every page of a paginated SDK call; a failed page is asked for again."""
        pages = make()
        found: list[T] = []
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            page = self.call(lambda: next(pages, None), what=what)
            if page is None:
                return found
            ids = {str(getattr(row, "id", "")) for row in page}
            if page and ids <= seen:
                return found  # the cursor led back to rows already read: the listing is over
            seen |= ids
            found.extend(page)
        raise ServiceError(f"Todoist's answer did not end while {what} ({MAX_PAGES} pages)")

    def sync(self, commands: list[dict[str, Any]]) -> dict[str, Any]:
        """POST the commands to /sync; the response as a dict."""

        def post() -> dict[str, Any]:
            response = self.client.post(
                f"{self.base_url}/sync",
                data={"commands": json.dumps(commands, ensure_ascii=False)},
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=60.0,
            )
            response.raise_for_status()
            data = response.json()
            if not isinstance(data, dict):
                raise ServiceError("Todoist's sync endpoint answered with something unexpected")
            return data

        return self.call(post, what="sending changes")

    def _error(self, response: httpx.Response, what: str) -> Exception:
        status = response.status_code
        body = _json(response)
        tag = str(body.get("error_tag") or body.get("error_code") or "")
        text = _scrub(str(body.get("error") or response.reason_phrase or ""), self.token)
        if status == 401 or (status == 403 and tag.startswith("AUTH")):
            return ConfigError(
                f"Todoist rejected the token: set {TOKEN_ENV} to your API token "
                "(Todoist: Settings > Integrations > Developer)"
            )
        limit = _limit_message(tag, text)
        if limit is not None:
            return ServiceError(limit)
        if status == 410:
            return ServiceError(
                f"{self.base_url} is a retired Todoist API (410 Gone); "
                f"unset {URL_ENV} or point it at an API v1 URL"
            )
        detail = f": {tag} {text}".rstrip() if (tag or text) else ""
        return ServiceError(f"Todoist answered {status} while {what}{detail}")


def _rebased(
    inner: httpx.BaseTransport, default: str, base: str, count: Callable[[], None]
) -> httpx.BaseTransport:
    import httpx

    class Rebased(httpx.BaseTransport):
        """Sends the SDK's requests for the default API URL to `base`, and counts requests."""

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            url = str(request.url)
            if base != default and url.startswith(default):
                target = httpx.URL(base + url[len(default) :])
                headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"host"]
                request = httpx.Request(
                    request.method,
                    target,
                    headers=headers,
                    content=request.read(),
                    extensions=request.extensions,
                )
            count()
            response = inner.handle_request(request)
            kind = _list_kind(request)
            if kind is None or response.status_code != 200:
                return response
            response.read()
            response.close()
            try:
                data = json.loads(response.content)
            except ValueError:
                return response
            fixed = json.dumps(_tolerant_page(data, kind)).encode()
            headers = [
                (k, v)
                for k, v in response.headers.raw
                if k.lower() not in (b"content-length", b"content-encoding", b"transfer-encoding")
            ]
            return httpx.Response(
                200,
                headers=[*headers, (b"content-length", str(len(fixed)).encode())],
                content=fixed,
                request=request,
                extensions=response.extensions,
            )

        def close(self) -> None:
            inner.close()

    return Rebased()


_LIST_PATHS = {
    "projects": "project",
    "sections": "section",
    "labels": "label",
    "tasks": "task",
    "tasks/completed/by_completion_date": "completed",
    "tasks/completed/by_due_date": "completed",
}
_EPOCH = "1970-01-01T00:00:00.000000Z"
_DEFAULTS: dict[str, dict[str, Any]] = {
    "project": {
        "description": "",
        "color": "charcoal",
        "is_collapsed": False,
        "is_shared": False,
        "is_favorite": False,
        "is_archived": False,
        "can_assign_tasks": False,
        "view_style": "list",
    },
    "section": {"is_collapsed": False},
    "label": {"color": "charcoal", "order": 0, "is_favorite": False},
    "task": {
        "description": "",
        "section_id": None,
        "parent_id": None,
        "labels": [],
        "priority": 1,
        "due": None,
        "deadline": None,
        "duration": None,
        "is_collapsed": False,
        "responsible_uid": None,
        "assigned_by_uid": None,
        "completed_at": None,
        "added_by_uid": "",
    },
}
_ORDER_KEYS = {"project": "child_order", "section": "section_order", "task": "child_order"}
_TIME_KEYS = {"project": ("created_at", "updated_at"), "task": ("added_at", "updated_at")}
_ALIASES = {"created_at": "added_at", "added_at": "created_at"}


def _list_kind(request: httpx.Request) -> str | None:
    if request.method != "GET":
        return None
    path = request.url.path.rstrip("/")
    for suffix, kind in _LIST_PATHS.items():
        if path.endswith(f"/{suffix}"):
            return kind
    return None


def _tolerant_page(data: Any, kind: str) -> Any:
    """A list page as the SDK's strict models need it, from any faithful server.

    The SDK rejects a whole page when one object lacks a key its models require, and reads
    the completed tasks from `items` only; a server may leave out keys it has no value for,
    use `results` throughout, or end the pages with an empty cursor (which the SDK would
    take for "start again"). Keys that are there are never changed.
    """
    if not isinstance(data, dict):
        return data
    field = "items" if kind == "completed" else "results"
    rows = data.get(field)
    if rows is None:
        rows = data.get("results") if field == "items" else data.get("items")
    row_kind = "task" if kind == "completed" else kind
    fixed = {**data, field: [_tolerant(row, row_kind) for row in rows or []]}
    if not fixed.get("next_cursor") or not rows:
        fixed["next_cursor"] = None  # an empty page ends the listing whatever the cursor says
    return fixed


def _tolerant(row: Any, kind: str) -> Any:
    if not isinstance(row, dict):
        return row
    fixed = {**_DEFAULTS.get(kind, {}), **row}
    for key in ("id", "project_id", "section_id", "parent_id"):
        if isinstance(fixed.get(key), int):
            fixed[key] = str(fixed[key])
    order = _ORDER_KEYS.get(kind)
    if order is not None and order not in fixed and "order" not in fixed:
        fixed[order] = 0
    times = _TIME_KEYS.get(kind, ())
    for key in times:
        if fixed.get(key) is None and fixed.get(_ALIASES.get(key, "")) is None:
            fixed[key] = next((row[k] for k in times if row.get(k)), _EPOCH)
    if kind == "task":
        if fixed.get("labels") is None:
            fixed["labels"] = []
        due = fixed.get("due")
        if isinstance(due, dict):
            due = dict(due)
            # A REST v2 style due keeps the time in `datetime` and only the day in `date`.
            if isinstance(due.get("datetime"), str) and due["datetime"]:
                due["date"] = due["datetime"]
            due.setdefault("string", str(due.get("date") or ""))
            fixed["due"] = due if due.get("date") else None
        duration = fixed.get("duration")
        if isinstance(duration, dict) and not duration.get("amount"):
            fixed["duration"] = None
    return fixed


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _retry_after(response: httpx.Response) -> float | None:
    header = response.headers.get("Retry-After")
    if header:
        try:
            return max(0.0, float(header))
        except ValueError:
            pass
    extra = _json(response).get("error_extra")
    if isinstance(extra, dict):
        value = extra.get("retry_after")
        if isinstance(value, (int, float)):
            return max(0.0, float(value))
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__


def _backoff(attempt: int) -> float:
    return float(min(8.0, 0.5 * 2**attempt))


def _scrub(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text


def _limit_message(tag: str, text: str) -> str | None:
    match = re.fullmatch(r"MAX_(\w+?)_LIMIT_REACHED", tag)
    if match is None:
        return None
    what = match.group(1).lower().replace("_", " ")
    known = {
        "items": "tasks per project (300 on a free account)",
        "sections": "sections per project (20 on a free account; try --sections week)",
        "projects": "projects (5 on a free account)",
    }
    limit = known.get(what, what)
    detail = f" ({text})" if text else ""
    return f"Todoist's limit on {limit} was reached: {tag}{detail}"


# ---------------------------------------------------------------------------------------------
# Reading, planning and applying


def _read(
    conn: _Connection, wants: Sequence[DesiredProject], *, now: dt.datetime, prune: bool
) -> list[_Remote]:
    api = conn.api
    projects = conn.pages(lambda: api.get_projects(limit=PAGE_LIMIT), what="reading projects")
    remotes: list[_Remote] = []
    for want in wants:
        found = [p for p in projects if p.name == want.name and not p.is_archived]
        # Servers list projects in any order: of two with the plan's name, the oldest is ours.
        found.sort(key=lambda p: (p.created_at, p.id))
        project = found[0] if found else None
        if project is None:
            remotes.append(_Remote(None, [], []))
            continue
        pid = project.id
        sections = conn.pages(
            lambda pid=pid: api.get_sections(project_id=pid, limit=PAGE_LIMIT),  # type: ignore[misc]
            what="reading sections",
        )
        tasks = conn.pages(
            lambda pid=pid: api.get_tasks(project_id=pid, limit=PAGE_LIMIT),  # type: ignore[misc]
            what="reading tasks",
        )
        remotes.append(_Remote(project, sections, tasks))
    # Completed tasks cost requests: ask only when something planned is missing from the open
    # tasks (it may be done) or when pruning must not delete a section that holds done tasks.
    need_completed = []
    for want, remote in zip(wants, remotes, strict=True):
        if remote.project is None:
            continue
        ours = _ours(remote, want.plan_ids)
        if prune or any(t.key not in ours for t in want.tasks):
            need_completed.append(remote)
    if need_completed:
        since = min(r.project.created_at for r in need_completed if r.project is not None)
        done = _completed(conn, since=since, until=now)
        for remote in need_completed:
            assert remote.project is not None
            remote.completed = [t for t in done if t.project_id == remote.project.id]
    return remotes


def _completed(conn: _Connection, *, since: dt.datetime, until: dt.datetime) -> list[Task]:
    api = conn.api
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)
    # Whole seconds: a server may read `since`/`until` without fractions. A project's own
    # creation time bounds the search, and a year of history caps its cost.
    since = max(since, until - COMPLETED_LOOKBACK).replace(microsecond=0)
    until = until.replace(microsecond=0) + dt.timedelta(seconds=1)
    found: list[Task] = []
    start = since - dt.timedelta(minutes=1)
    while start < until:
        end = min(until, start + COMPLETED_WINDOW)
        found.extend(
            conn.pages(
                lambda s=start, e=end: api.get_completed_tasks_by_completion_date(  # type: ignore[misc]
                    since=s, until=e, limit=PAGE_LIMIT
                ),
                what="reading completed tasks",
            )
        )
        start = end
    return found


def _labels(
    conn: _Connection,
    wants: Sequence[DesiredProject],
    remotes: Sequence[_Remote],
    planner: _Planner,
) -> list[dict[str, Any]]:
    """label_add commands for labels the account lacks; read the labels only when needed."""
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
    if not wanted:
        return []
    api = conn.api
    existing = conn.pages(lambda: api.get_labels(limit=PAGE_LIMIT), what="reading labels")
    have = {label.name.casefold() for label in existing}
    commands = []
    for folded, label in wanted.items():
        if folded in have:
            continue
        commands.append(
            {"type": "label_add", "uuid": planner.uuid("label_add", label), "args": {"name": label}}
        )
        planner.changes.append(Change("create", "label", label))
    return commands


def _plan(
    schedule: Schedule,
    conn: _Connection,
    *,
    options: TodoistOptions,
    now: dt.datetime,
    salt: str = "",
) -> PushPlan:
    """The changes that bring Todoist in line with `schedule`, and their sync commands.

    Args:
        schedule: the scheduled plans.
        conn: an open connection (see `push_todoist`).
        options: the mapping and pruning choices.
        now: the current time, the end of the completed-tasks window.
        salt: makes this plan's command uuids and temp ids its own.

    Returns:
        The plan: every change by name and the commands in the order they must run.

    Raises:
        ServiceError: Todoist failed or refused a read.
        ConfigError: the token was rejected.
    """
    before = conn.requests
    wants = desired_projects(schedule, options=options)
    remotes = _read(conn, wants, now=now, prune=options.prune)
    planner = _Planner(prune=options.prune, salt=salt)
    label_commands = _labels(conn, wants, remotes, planner)
    fingerprint_base = sorted(r.project.id for r in remotes if r.project is not None)
    for want, remote in zip(wants, remotes, strict=True):
        planner.project(want, remote, fingerprint=_uuid(want.name, fingerprint_base))
    commands = [*label_commands, *planner.commands, *planner.deletes]
    # A project's add comes first in its own list; labels must exist before tasks use them.
    return PushPlan(
        changes=tuple(planner.changes),
        commands=tuple(commands),
        reads=conn.requests - before,
    )


class _Unresolved(Exception):
    """The server's answer leaves the state unknown; plan again from fresh reads.

    A later batch needs an id that the server did not report, or a command got no status
    (a server may leave out a uuid it had already run).
    """

    def __init__(self, batches: int, *, progress: bool) -> None:
        super().__init__(batches)
        self.batches = batches
        self.progress = progress
        """Whether batches before this one went through in full."""


def _apply(
    plan: PushPlan,
    conn: _Connection,
    *,
    batch_size: int,
    progress: Callable[[int, int], None] | None,
) -> int:
    mapping: dict[str, str] = {}
    temp_ids = {c["temp_id"] for c in plan.commands if "temp_id" in c}
    total = len(plan.commands)
    batches = 0
    for start in range(0, total, batch_size):
        batch = list(plan.commands[start : start + batch_size])
        here = {c["temp_id"] for c in batch if "temp_id" in c}
        resolved = []
        for command in batch:
            args = _resolve(command["args"], mapping)
            pending = _temp_refs(args, temp_ids) - here
            if pending:
                raise _Unresolved(batches, progress=batches > 0)
            resolved.append({**command, "args": args})
        response = conn.sync(resolved)
        batches += 1
        statuses = response.get("sync_status") or {}
        raw_mapping = response.get("temp_id_mapping")
        if isinstance(raw_mapping, dict):
            mapping.update({str(k): str(v) for k, v in raw_mapping.items() if v is not None})
        failures = []
        unknown = False
        for command in resolved:
            status = statuses.get(command["uuid"]) if isinstance(statuses, dict) else None
            if _is_ok(status) or _harmless(command, status):
                continue
            if status is None:
                unknown = True
            else:
                failures.append((command, status))
        if failures:
            raise _sync_failure(failures, conn.token)
        if unknown:
            raise _Unresolved(batches, progress=False)
        if progress is not None:
            progress(min(total, start + batch_size), total)
    return batches


def _is_ok(status: Any) -> bool:
    return isinstance(status, str) and status.strip().lower() == "ok"


def _harmless(command: dict[str, Any], status: Any) -> bool:
    """A failure that leaves nothing undone worth stopping for."""
    if not isinstance(status, dict):
        return False
    tag = str(status.get("error_tag") or "").upper()
    if command["type"] == "label_add" and "EXIST" in tag:
        return True  # made meanwhile (some servers make labels as tasks use them)
    # Order is cosmetic and sibling numbering is the server's own: a server that cannot
    # reorder must not stop a push whose content went through.
    return command["type"] in ("item_reorder", "section_reorder") and not tag.startswith(
        ("AUTH", "MAX_", "LIMITS")
    )


def _resolve(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [_resolve(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, mapping) for k, v in value.items()}
    return value


def _temp_refs(value: Any, temp_ids: set[str]) -> set[str]:
    if isinstance(value, str):
        return {value} if value in temp_ids else set()
    if isinstance(value, list):
        return set().union(*(_temp_refs(v, temp_ids) for v in value)) if value else set()
    if isinstance(value, dict):
        return _temp_refs(list(value.values()), temp_ids)
    return set()


def _sync_failure(failures: list[tuple[dict[str, Any], Any]], token: str) -> Exception:
    command, status = failures[0]
    info = status if isinstance(status, dict) else {}
    tag = str(info.get("error_tag") or info.get("error_code") or "")
    text = _scrub(str(info.get("error") or ""), token)
    limit = _limit_message(tag, text)
    more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
    if limit is not None:
        return ServiceError(f"{limit}{more}")
    if tag.startswith("AUTH") or info.get("http_code") == 401:
        return ConfigError(f"Todoist rejected the token: set {TOKEN_ENV} to your API token")
    what = command["args"].get("content") or command["args"].get("name") or command["type"]
    reason = f"{tag} {text}".strip() if info else "no status reported"
    return ServiceError(
        f"Todoist refused {command['type']} for {what!r}: {reason}{more}; "
        "run the push again to finish"
    )


def push_todoist(
    schedule: Schedule,
    *,
    token: str | None,
    options: TodoistOptions | None = None,
    base_url: str | None = None,
    dry_run: bool = False,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = MAX_BATCH,
    retries: int = 4,
    max_wait: float = 120.0,
) -> PushResult:
    """Bring Todoist in line with `schedule`: read, plan the changes, then apply them.

    Args:
        schedule: the scheduled plans.
        token: the Todoist API token (from TODOIST_API_TOKEN).
        options: the mapping and pruning choices; the CLI's defaults when None.
        base_url: the API v1 base URL; DEFAULT_URL when None.
        dry_run: plan only; send no write request.
        transport: the httpx transport under the SDK's client (tests use a fake).
        sleep: waits between retries; time.sleep when None.
        now: the current time (UTC); the clock when None.
        progress: called with (commands done, commands in all) after each batch.
        batch_size: commands per sync request, 1..100.
        retries: attempts after a 5xx answer or a connection error.
        max_wait: the most seconds to wait in all for rate limits.

    Returns:
        The plan that was (or, with dry_run, would be) applied and the batches it took.

    Raises:
        ConfigError: no token, or Todoist rejected it.
        ServiceError: Todoist failed, refused a change or a plan limit was reached.
        OptionsError: a bad option.
    """
    if not token or not token.strip():
        raise ConfigError(
            f"no Todoist token: set {TOKEN_ENV} to your API token "
            "(Todoist: Settings > Integrations > Developer)"
        )
    if not 1 <= batch_size <= MAX_BATCH:
        raise OptionsError(f"batch size must be 1 to {MAX_BATCH}, not {batch_size}")
    options = options or TodoistOptions()
    moment = now or dt.datetime.now(dt.timezone.utc)
    conn = _Connection(
        token.strip(),
        base_url=base_url or DEFAULT_URL,
        transport=transport,
        sleep=sleep if sleep is not None else time.sleep,
        retries=retries,
        max_wait=max_wait,
    )
    try:
        # Each round plans from fresh reads; a round that applied nothing counts against the
        # bound, one that made progress (a server that reports few ids) does not, up to a cap.
        stalled = 0
        first: PushPlan | None = None
        batches = 0
        for _ in range(100):
            plan = _plan(schedule, conn, options=options, now=moment, salt=secrets.token_hex(8))
            first = first or plan
            if dry_run or not plan.commands:
                return PushResult(plan=first, batches=batches, dry_run=dry_run)
            try:
                batches += _apply(plan, conn, batch_size=batch_size, progress=progress)
            except _Unresolved as unresolved:
                batches += unresolved.batches
                stalled = 0 if unresolved.progress else stalled + 1
                if stalled == 3:
                    break
                continue
            return PushResult(plan=first, batches=batches, dry_run=False)
        raise ServiceError("Todoist did not report the ids of new items; run the push again")
    finally:
        conn.close()
