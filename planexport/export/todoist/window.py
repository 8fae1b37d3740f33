"""Which whole days of a plan a push sends: a rolling window within Todoist's limits (pure)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planexport.errors import ServiceError
from planexport.export.todoist.mapping import short_date
from planexport.export.todoist.planner import completed_keys, ours_by_key
from planexport.export.todoist_limits import MAX_TASKS

if TYPE_CHECKING:
    from planexport.export.todoist.mapping import DesiredProject
    from planexport.export.todoist.planner import Remote

__all__ = ["MAX_SECTIONS", "MAX_TASKS", "Window", "candidates", "fit_window", "may_hold_done"]

MAX_SECTIONS = 20
"""Sections per project on every account."""


@dataclass(frozen=True)
class Window:
    """The days one project got in a push, and what is left for later."""

    project: str
    first: dt.date | None
    last: dt.date | None
    tasks: int
    """planexport's open tasks of the window's days after the push."""
    free: int
    """Active tasks the project can still take after the push (300 in all)."""
    following: dt.date | None
    """The first day left for a later push; None when every later day is in."""
    push_by: dt.date | None
    """When to push again so the days ahead stay filled."""

    def __str__(self) -> str:
        return self.describe()

    def describe(self, *, dry_run: bool = False) -> str:
        """`pushed Mon 30 Nov – Sun 13 Dec (170 tasks, 112 left free); push again by …`."""
        verb = "would push" if dry_run else "pushed"
        if self.first is None or self.last is None:
            return f"nothing to push in {self.project!r}: the plan's days are past"
        span = short_date(self.first)
        if self.last != self.first:
            span = f"{span} – {short_date(self.last)}"
        head = f"{verb} {span} ({self.tasks} tasks, {self.free} left free)"
        if self.push_by is None:
            return f"{head}; the rest of the plan is in Todoist"
        return f"{head}; push again by {short_date(self.push_by)} for the following days"


def _start(want: DesiredProject, today: dt.date) -> dt.date:
    """The first day a push may send: the start of the current week, or the plan's start."""
    monday = today - dt.timedelta(days=today.weekday())
    first = min((t.date for t in want.tasks), default=monday)
    return max(monday, first)


def candidates(want: DesiredProject, *, today: dt.date, ahead: int) -> DesiredProject:
    """`want` cut to the days a window may hold at most: from its start, `ahead` days (0: all)."""
    start = _start(want, today)
    end = start + dt.timedelta(days=ahead) if ahead > 0 else dt.date.max
    return _cut(want, start, end)


def may_hold_done(cand: DesiredProject, remote: Remote) -> bool:
    """Whether a task of `cand` missing from the open tasks may have been completed.

    Reading completed tasks costs a request per page, and their number grows all through a
    long plan, so they are read only for days an earlier push may have sent: a day with an open
    task of ours, or whose section is there (a push makes a day's section when the day first
    enters its window; deleting a section deletes its tasks, done ones too). Days beyond every
    earlier window have neither, and cost nothing.
    """
    ours = ours_by_key(remote, cand.plan_ids)
    have = [s.name for s in remote.sections]
    sections = {s.key: s for s in cand.sections}
    open_days = {t.date for t in cand.tasks if t.key in ours}
    section_of: dict[str, str | None] = {}
    for task in cand.tasks:
        # An item's task sits in its block's section (parents come before their subtasks).
        key = task.section if task.parent is None else section_of.get(task.parent)
        section_of[task.key] = key
        if task.key in ours:
            continue
        section = sections.get(key) if key is not None else None
        if task.date in open_days or section is None:
            return True
        if _exists(section.name, section.prefix, have):
            return True
    return False


def _cut(want: DesiredProject, start: dt.date, end: dt.date) -> DesiredProject:
    tasks = tuple(t for t in want.tasks if start <= t.date < end)
    used = {t.section for t in tasks}
    return dataclasses.replace(
        want,
        tasks=tasks,
        sections=tuple(s for s in want.sections if s.key in used),
        planned=want.keys,
    )


def fit_window(
    want: DesiredProject, remote: Remote, *, today: dt.date, room: int, ahead: int
) -> tuple[DesiredProject, Window]:
    """The whole days of `want` a push sends, in time order, as far as the project has room.

    The window starts at the current week's Monday (or the plan's first day when later) and
    takes whole days while the project's active tasks stay at most 300 minus `room` (the
    user's own tasks, and planexport's from earlier days still open, count) and its sections
    at most 20; `ahead` caps its length in days (0: as many as fit). Tasks already in Todoist
    cost nothing, nor do completed ones, which a push never recreates.

    Args:
        want: what the plans want in the project, every day.
        remote: what the project holds (completed tasks read when some are missing).
        today: the current date in the schedule's zone.
        room: active tasks to leave free for the user.
        ahead: days the window may span at most; 0 for no cap.

    Returns:
        `want` cut to the window (with every planned key kept, so nothing outside it is stale),
        and the window's figures.

    Raises:
        ServiceError: not even the first day fits; names the limit and what to do.
    """
    cand = candidates(want, today=today, ahead=ahead)
    ours = ours_by_key(remote, want.plan_ids)
    done = completed_keys(remote, want.plan_ids)
    active = len(remote.open_tasks)
    budget = MAX_TASKS - room
    have_sections = [s.name for s in remote.sections]
    free_sections = MAX_SECTIONS - len(have_sections)
    cost: dict[dt.date, int] = {}  # tasks each day would create
    open_by_day: dict[dt.date, int] = {}
    skipped: set[str] = set()
    new_sections: set[str] = set()
    for task in cand.tasks:
        gone = task.key in done and task.key not in ours
        if gone or (task.parent is not None and task.parent in skipped):
            skipped.add(task.key)
            continue
        open_by_day[task.date] = open_by_day.get(task.date, 0) + 1
        cost[task.date] = cost.get(task.date, 0) + (task.key not in ours)
    section_of_day: dict[dt.date, set[str]] = {}
    names = {s.key: s for s in cand.sections}
    for task in cand.tasks:
        if task.section is not None:
            section_of_day.setdefault(task.date, set()).add(task.section)
    days = sorted({t.date for t in cand.tasks})
    taken: list[dt.date] = []
    created = 0
    for day in days:
        more = cost.get(day, 0)
        fresh = {
            key
            for key in section_of_day.get(day, set()) - new_sections
            if not _exists(names[key].name, names[key].prefix, have_sections)
        }
        if active + created + more > budget or len(new_sections | fresh) > free_sections:
            break
        created += more
        new_sections |= fresh
        taken.append(day)
    later = sorted({t.date for t in want.tasks if t.date > taken[-1]}) if taken else []
    if not taken and days:
        first = days[0]
        need = cost.get(first, 0)
        if active + need > budget:
            raise ServiceError(
                f"Todoist's limit of {MAX_TASKS} active tasks per project leaves no room in "
                f"{want.name!r} for {short_date(first)} ({need} tasks; {active} active, "
                f"--room {room} kept free): complete or move some tasks there, or lower --room, "
                "then push again"
            )
        raise ServiceError(
            f"Todoist's limit of {MAX_SECTIONS} sections per project leaves no room in "
            f"{want.name!r} for {short_date(first)}: delete empty sections there or use "
            "--sections week, then push again"
        )
    end = taken[-1] + dt.timedelta(days=1) if taken else dt.date.max
    window = _cut(want, taken[0] if taken else dt.date.max, end)
    following = later[0] if later else None
    push_by = None
    if following is not None:
        push_by = following - dt.timedelta(days=7)
        if push_by <= today:
            push_by = following
    return window, Window(
        project=want.name,
        first=taken[0] if taken else None,
        last=taken[-1] if taken else None,
        tasks=sum(open_by_day.get(day, 0) for day in taken),
        free=MAX_TASKS - active - created,
        following=following,
        push_by=push_by,
    )


def _exists(name: str, prefix: str, have: list[str]) -> bool:
    """Whether the project has this section already (as the planner matches: name, prefix)."""
    return name in have or any(h.startswith(f"{prefix} · ") for h in have)
