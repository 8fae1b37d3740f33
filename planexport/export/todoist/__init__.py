"""Timed blocks -> Todoist: mapping, planning, the HTTP client and the push that joins them.

Like vdirsyncer's sync: `mapping` turns a schedule into the desired state, `planner` compares it
with the server's state and returns changes (both pure), `client` is the only module that talks
HTTP, and `push` runs read -> plan -> apply.
"""

from __future__ import annotations

from planexport.export.todoist.client import DEFAULT_URL, TOKEN_ENV, URL_ENV
from planexport.export.todoist.done import completed_in_todoist
from planexport.export.todoist.mapping import (
    TodoistOptions,
    api_priority,
    desired_projects,
    section_name,
    short_date,
    ui_priority,
)
from planexport.export.todoist.planner import Change, PushPlan, TodoistChanges
from planexport.export.todoist.push import PushResult, push_todoist
from planexport.export.todoist.window import Window
from planexport.keys import marker, parse_marker

__all__ = [
    "DEFAULT_URL",
    "TOKEN_ENV",
    "URL_ENV",
    "Change",
    "PushPlan",
    "PushResult",
    "TodoistChanges",
    "TodoistOptions",
    "Window",
    "api_priority",
    "completed_in_todoist",
    "desired_projects",
    "marker",
    "parse_marker",
    "push_todoist",
    "section_name",
    "short_date",
    "ui_priority",
]
