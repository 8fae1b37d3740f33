"""planexport: turn Markdown study-week plans into calendar time blocks and Todoist tasks.

The public API. Names load on first use so that `import planexport` (and the CLI's start-up)
stays light; calendar and HTTP libraries load only with the exporter that needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from planexport.carryover import CarryOver, Move, carry_over
    from planexport.config import Config, ConfigFileError, load_config
    from planexport.errors import (
        CalendarError,
        ConfigError,
        OptionsError,
        PlanError,
        PlanexportError,
        ServiceError,
    )
    from planexport.export.caldav import CaldavResult, push_caldav
    from planexport.export.csv import to_todoist_csv
    from planexport.export.html import to_html
    from planexport.export.ics import to_ics
    from planexport.export.todoist import PushResult, TodoistOptions, push_todoist
    from planexport.fileio import write_atomic
    from planexport.model import Block, BusySpan, Day, Goal, Item, Link, Plan, Variant
    from planexport.options import options_from_strings
    from planexport.progress import Done, Progress, progress_of
    from planexport.reader import (
        ReadResult,
        ReadWarning,
        load,
        parse_markdown,
        read_markdown,
        read_plan,
    )
    from planexport.reader.busy import BusyCalendar, read_busy
    from planexport.reader.folder import load_plans
    from planexport.reader.structured import parse_structured
    from planexport.scheduling import (
        Schedule,
        ScheduledBlock,
        ScheduledDay,
        ScheduleOptions,
        schedule,
    )
    from planexport.ticks import tick_markdown, tick_structured
    from planexport.writer import dump, to_json, to_yaml

_WHERE = {
    "PlanexportError": "planexport.errors",
    "PlanError": "planexport.errors",
    "OptionsError": "planexport.errors",
    "CalendarError": "planexport.errors",
    "ServiceError": "planexport.errors",
    "ConfigError": "planexport.errors",
    "Plan": "planexport.model",
    "Day": "planexport.model",
    "Variant": "planexport.model",
    "Block": "planexport.model",
    "BusySpan": "planexport.model",
    "Item": "planexport.model",
    "Goal": "planexport.model",
    "Link": "planexport.model",
    "load": "planexport.reader",
    "parse_markdown": "planexport.reader",
    "read_plan": "planexport.reader",
    "read_markdown": "planexport.reader",
    "ReadResult": "planexport.reader",
    "ReadWarning": "planexport.reader",
    "parse_structured": "planexport.reader.structured",
    "dump": "planexport.writer",
    "to_json": "planexport.writer",
    "to_yaml": "planexport.writer",
    "schedule": "planexport.scheduling",
    "Schedule": "planexport.scheduling",
    "ScheduleOptions": "planexport.scheduling",
    "ScheduledBlock": "planexport.scheduling",
    "ScheduledDay": "planexport.scheduling",
    "options_from_strings": "planexport.options",
    "read_busy": "planexport.reader.busy",
    "BusyCalendar": "planexport.reader.busy",
    "to_ics": "planexport.export.ics",
    "to_html": "planexport.export.html",
    "push_caldav": "planexport.export.caldav",
    "CaldavResult": "planexport.export.caldav",
    "to_todoist_csv": "planexport.export.csv",
    "push_todoist": "planexport.export.todoist",
    "TodoistOptions": "planexport.export.todoist",
    "PushResult": "planexport.export.todoist",
    "write_atomic": "planexport.fileio",
    "Config": "planexport.config",
    "ConfigFileError": "planexport.config",
    "load_config": "planexport.config",
    "Done": "planexport.progress",
    "Progress": "planexport.progress",
    "progress_of": "planexport.progress",
    "load_plans": "planexport.reader.folder",
    "tick_markdown": "planexport.ticks",
    "tick_structured": "planexport.ticks",
    "carry_over": "planexport.carryover",
    "CarryOver": "planexport.carryover",
    "Move": "planexport.carryover",
}

__all__ = [
    "Block",
    "BusyCalendar",
    "BusySpan",
    "CaldavResult",
    "CalendarError",
    "CarryOver",
    "Config",
    "ConfigError",
    "ConfigFileError",
    "Day",
    "Done",
    "Goal",
    "Item",
    "Link",
    "Move",
    "OptionsError",
    "Plan",
    "PlanError",
    "PlanexportError",
    "Progress",
    "PushResult",
    "ReadResult",
    "ReadWarning",
    "Schedule",
    "ScheduleOptions",
    "ScheduledBlock",
    "ScheduledDay",
    "ServiceError",
    "TodoistOptions",
    "Variant",
    "__version__",
    "carry_over",
    "dump",
    "load",
    "load_config",
    "load_plans",
    "options_from_strings",
    "parse_markdown",
    "parse_structured",
    "progress_of",
    "push_caldav",
    "push_todoist",
    "read_busy",
    "read_markdown",
    "read_plan",
    "schedule",
    "tick_markdown",
    "tick_structured",
    "to_html",
    "to_ics",
    "to_json",
    "to_todoist_csv",
    "to_yaml",
    "write_atomic",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'planexport' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
