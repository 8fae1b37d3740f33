"""Schedule -> what Todoist should hold: projects, sections and tasks (pure; shared with CSV)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from planexport import keys
from planexport.errors import OptionsError
from planexport.export.sync import Kind
from planexport.export.todoist_limits import AHEAD, ROOM, ROOM_MAX

if TYPE_CHECKING:
    from planexport.model import Item
    from planexport.scheduling import Schedule, ScheduledBlock, ScheduledDay

__all__ = [
    "MAX_DAY_SECTIONS",
    "DesiredProject",
    "DesiredSection",
    "DesiredTask",
    "ItemsMode",
    "LabelsMode",
    "Priority",
    "SectionsMode",
    "TodoistOptions",
    "api_priority",
    "block_description",
    "block_labels",
    "desired_projects",
    "due_of",
    "items_markdown",
    "owned_labels",
    "recurring_titles",
    "section_name",
    "short_date",
    "ui_priority",
]

MAX_DAY_SECTIONS = 20
"""A free account allows 20 sections per project: more days than this get a section per week."""

Priority = Literal["p1", "p2", "p3", "p4"]
ItemsMode = Literal["subtasks", "description"]
SectionsMode = Literal["day", "week"]
LabelsMode = Literal["plan", "kind", "none"]

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
    room: int = ROOM
    """Active tasks a push leaves free in a project for the user (of Todoist's 300)."""
    ahead: int = AHEAD
    """Days a push sends at most, from the current week's start; 0 for as many as fit."""
    labels: LabelsMode = "plan"
    """Labels are account-wide: `plan` puts one per plan (its id), `kind` adds one per block
    title that recurs across days (Concepts, DSA, Review), `none` puts none."""


def api_priority(priority: Priority) -> int:
    """The API's number for `priority`: p1 is 4 (most urgent) ... p4 is 1 (normal)."""
    return 5 - ui_priority(priority)


def ui_priority(priority: Priority) -> int:
    """The app's and the CSV template's number for `priority`: p1 is 1 ... p4 is 4."""
    if priority not in ("p1", "p2", "p3", "p4"):
        raise OptionsError(f"priority must be p1, p2, p3 or p4, not {priority!r}")
    return int(priority[1])


def short_date(day: dt.date) -> str:
    """`Mon 30 Nov`, the same in every locale."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"


def section_name(prefix: str, day: ScheduledDay) -> str:
    """A day's section: `Day 1 · Mon 30 Nov · System Design Interview Framework`."""
    title = day.day.title.strip()
    name = f"{prefix} · {short_date(day.date)}"
    return f"{name} · {title}" if title else name


def recurring_titles(schedule: Schedule) -> frozenset[str]:
    """Slugs of block titles found on more than one day: the kinds worth a label."""
    days: dict[str, set[str]] = {}
    for day in schedule.days:
        for block in day.blocks:
            days.setdefault(keys.slugify(block.block.title), set()).add(day.key)
    return frozenset(slug for slug, seen in days.items() if len(seen) > 1)


def block_labels(
    block: ScheduledBlock, *, mode: LabelsMode = "plan", kinds: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """Labels of a block's task: its kind (with `kind`, when the title recurs), then the plan id.

    A label per unique title would fill the account's shared label list (500 at most) with
    names nobody filters by; a label the user already has would silently gain our tasks.
    """
    if mode == "none":
        return ()
    slug = keys.slugify(block.block.title)
    labels = [slug] if mode == "kind" and slug in kinds else []
    labels.append(keys.label(block.plan.id))
    return tuple(dict.fromkeys(label for label in labels if label))


def owned_labels(block: ScheduledBlock) -> tuple[str, ...]:
    """Every label some layout of planexport puts on the block's task (the title's and the plan's).

    A push takes off those its layout no longer wants, and never touches any other label.
    """
    labels = [keys.slugify(block.block.title), keys.label(block.plan.id)]
    return tuple(dict.fromkeys(label for label in labels if label))


def items_markdown(items: Sequence[Item], depth: int = 0) -> str:
    """Items as a nested Markdown list, `*` bullets (a leading `-` looks like a formula)."""
    lines: list[str] = []
    for item in items:
        lines.append(f"{'  ' * depth}* {item.text}")
        if item.children:
            lines.append(items_markdown(item.children, depth + 1))
    return "\n".join(lines)


def block_description(block: ScheduledBlock, *, items: ItemsMode) -> str:
    """A block task's description without the marker: what a person reads first comes first.

    The app shows a description's first line under the task's name: the block's note, else its
    planned range, then the session and the day's focus, then (with `description` items) the
    items.
    """
    parts = [block.block.note.strip()] if block.block.note and block.block.note.strip() else []
    facts = []
    if block.block.ranged:
        facts.append(f"Planned: {block.block.range_text}")
    if block.block.session and block.block.session.strip():
        facts.append(f"Session: {block.block.session.strip()}")
    if block.day.focus and block.day.focus.strip():
        facts.append(f"Day focus: {block.day.focus.strip()}")
    if facts:
        parts.append("\n".join(facts))
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
    date: dt.date
    """The block's day (an item's block's): what a push window counts in."""
    owned_labels: tuple[str, ...] = ()
    """Labels planexport may have put on this task in any layout; other labels are the user's."""

    @property
    def kind(self) -> Kind:
        """`task` for a block, `subtask` for an item."""
        return "task" if self.parent is None else "subtask"

    def full_description(self) -> str:
        """The description with the marker line that identifies the task."""
        mark = keys.marker(self.plan_id, self.key)
        return f"{self.description}\n\n{mark}" if self.description else mark


@dataclass(frozen=True)
class DesiredProject:
    """A project and everything the plans want in it, parents before their subtasks."""

    name: str
    plan_ids: frozenset[str]
    sections: tuple[DesiredSection, ...]
    tasks: tuple[DesiredTask, ...]
    planned: frozenset[str] = frozenset()
    """Keys of every task the plans hold, also those a push window leaves for later: a task
    of these is never stale. Empty means `tasks` is the whole plan."""

    @property
    def keys(self) -> frozenset[str]:
        """Keys of every task the plans hold."""
        return self.planned or frozenset(t.key for t in self.tasks)


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
    if options.labels not in ("plan", "kind", "none"):
        raise OptionsError(f"labels must be plan, kind or none, not {options.labels!r}")
    if not 0 <= options.room <= ROOM_MAX:
        raise OptionsError(f"room must be 0 to {ROOM_MAX} tasks, not {options.room}")
    if options.ahead < 0:
        raise OptionsError(f"ahead must be 0 (as many days as fit) or more, not {options.ahead}")
    kinds = recurring_titles(schedule) if options.labels == "kind" else frozenset()
    groups: dict[str, list[ScheduledDay]] = {}
    for day in schedule.days:
        if day.blocks:
            name = options.project or day.plan.title
            groups.setdefault(name, []).append(day)
    result = []
    for name, days in groups.items():
        weeks_in_project = {(d.plan.id, d.week) for d in days}
        group_tag = len(weeks_in_project) > 1
        by_week = options.sections == "week" or (
            options.sections is None and len(days) > MAX_DAY_SECTIONS
        )
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
                        labels=block_labels(block, mode=options.labels, kinds=kinds),
                        priority=priority,
                        path=path,
                        date=block.date,
                        owned_labels=owned_labels(block),
                    )
                )
                if options.items == "subtasks":
                    tasks.extend(
                        _item_tasks(block.plan.id, block.key, block.block.items, path, block.date)
                    )
        result.append(
            DesiredProject(
                name=name,
                plan_ids=frozenset(d.plan.id for d in days),
                sections=tuple(sections.values()),
                tasks=tuple(tasks),
            )
        )
    return tuple(result)


def _item_tasks(
    plan_id: str, parent: str, items: Sequence[Item], path: str, date: dt.date
) -> list[DesiredTask]:
    tasks: list[DesiredTask] = []
    for order, item in enumerate(items, start=1):
        key = keys.item_key(parent, order)
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
                date=date,
            )
        )
        tasks.extend(_item_tasks(plan_id, key, item.children, here, date))
    return tasks
