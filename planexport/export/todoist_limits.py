"""Todoist's per-project limits and the push's window defaults: one home, cheap to import."""

from __future__ import annotations

__all__ = ["AHEAD", "MAX_TASKS", "ROOM", "ROOM_MAX"]

MAX_TASKS = 300
"""Active tasks per project (subtasks included) on every Todoist account, free or paid."""
ROOM_MAX = MAX_TASKS - 1
"""The most active tasks a push may leave free: it must be able to add at least one."""
ROOM = 20
"""Active tasks a push leaves free in a project for the user's own, unless told otherwise."""
AHEAD = 14
"""Days a push sends at most, from the current week's start, unless told otherwise."""
