"""Timed blocks -> a Todoist CSV template, to import into a project without a token."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from planexport.export.todoist.mapping import (
    ItemsMode,
    LabelsMode,
    Priority,
    SectionsMode,
    TodoistOptions,
    desired_projects,
    ui_priority,
)

if TYPE_CHECKING:
    import datetime as dt

    from planexport.scheduling import Schedule, ScheduledBlock

__all__ = ["HEADER", "to_todoist_csv"]

HEADER = (
    "TYPE",
    "CONTENT",
    "DESCRIPTION",
    "PRIORITY",
    "INDENT",
    "AUTHOR",
    "RESPONSIBLE",
    "DATE",
    "DATE_LANG",
    "TIMEZONE",
    "DURATION",
    "DURATION_UNIT",
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def to_todoist_csv(
    schedule: Schedule,
    *,
    priority: Priority = "p4",
    items: ItemsMode = "subtasks",
    sections: SectionsMode | None = None,
    fixed_zone: bool = False,
    labels: LabelsMode = "plan",
) -> bytes:
    """A Todoist CSV template of `schedule`: one project's worth of sections, tasks and subtasks.

    A section per day (per week beyond 20 days), a task per block at INDENT 1 with its date,
    time and duration, its items below it at INDENT 2 and deeper. Labels, as `push todoist` puts
    them (`@go`, the plan id, by default), go in the content. Cells a spreadsheet would take
    for a formula start with an apostrophe.

    Args:
        schedule: the scheduled plans.
        priority: priority of block tasks, p1 (most urgent) to p4 (normal).
        items: `subtasks` (rows at INDENT 2+) or `description` (a Markdown list).
        sections: `day` or `week`; None picks as the Todoist push does.
        fixed_zone: pin times to the schedule's zone (TIMEZONE column); floating when False.
        labels: `plan` (the plan id), `kind` (also recurring block titles) or `none`.

    Returns:
        UTF-8 CSV bytes with the header Todoist's importer expects.

    Raises:
        OptionsError: an unknown priority, items, sections or labels value.
    """
    options = TodoistOptions(
        project="planexport",
        priority=priority,
        items=items,
        sections=sections,
        fixed_zone=fixed_zone,
        labels=labels,
    )
    block_priority = str(ui_priority(priority))
    blocks: dict[str, ScheduledBlock] = {b.key: b for b in schedule.blocks}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerow(_row("meta", "view_style=list"))
    for project in desired_projects(schedule, options=options):
        depth: dict[str, int] = {}
        names = {s.key: s.name for s in project.sections}
        current: str | None = None
        for task in project.tasks:
            if task.parent is None:
                if task.section != current and task.section is not None:
                    current = task.section
                    writer.writerow(_row("section", names[task.section]))
                depth[task.key] = 1
                block = blocks[task.key]
                content = " ".join([task.content, *(f"@{label}" for label in task.labels)])
                writer.writerow(
                    _row(
                        "task",
                        content,
                        description=task.description,
                        priority=block_priority,
                        indent=1,
                        date=_date_text(block.start),
                        timezone=schedule.tz if fixed_zone else "",
                        duration=block.minutes,
                    )
                )
            else:
                depth[task.key] = depth[task.parent] + 1
                writer.writerow(_row("task", task.content, priority="4", indent=depth[task.key]))
    return out.getvalue().encode("utf-8")


def _row(
    kind: str,
    content: str,
    *,
    description: str = "",
    priority: str = "",
    indent: int | None = None,
    date: str = "",
    timezone: str = "",
    duration: int | None = None,
) -> list[str]:
    cells = [
        kind,
        content,
        description,
        priority,
        "" if indent is None else str(indent),
        "",
        "",
        date,
        "en" if date else "",
        timezone,
        "" if duration is None else str(duration),
        "minute" if duration is not None else "",
    ]
    return [_neutral(cell) for cell in cells]


def _neutral(cell: str) -> str:
    # A spreadsheet runs `=...`, `+...`, `-...` and `@...` as formulas; an apostrophe makes
    # it text.
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def _date_text(when: dt.datetime) -> str:
    """`Nov 30 2026 9:00`: a date Todoist's importer reads in English."""
    return f"{_MONTHS[when.month - 1]} {when.day} {when.year} {when.hour}:{when.minute:02d}"
