"""planexport: turn Markdown study-week plans into calendar time blocks and Todoist tasks.

The public API. Names load on first use so that `import planexport` (and the CLI's start-up)
stays light; calendar and HTTP libraries load only with the exporter that needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from planexport.errors import (
        CalendarError,
        ConfigError,
        OptionsError,
        PlanError,
        PlanexportError,
        ServiceError,
    )
    from planexport.model import Block, Day, Goal, Item, Link, Plan, Variant
    from planexport.reader import load, parse_markdown
    from planexport.reader.structured import parse_structured
    from planexport.schedule import (
        Schedule,
        ScheduledBlock,
        ScheduledDay,
        ScheduleOptions,
        schedule,
    )
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
    "Item": "planexport.model",
    "Goal": "planexport.model",
    "Link": "planexport.model",
    "load": "planexport.reader",
    "parse_markdown": "planexport.reader",
    "parse_structured": "planexport.reader.structured",
    "dump": "planexport.writer",
    "to_json": "planexport.writer",
    "to_yaml": "planexport.writer",
    "schedule": "planexport.schedule",
    "Schedule": "planexport.schedule",
    "ScheduleOptions": "planexport.schedule",
    "ScheduledBlock": "planexport.schedule",
    "ScheduledDay": "planexport.schedule",
}

__all__ = [
    "Block",
    "CalendarError",
    "ConfigError",
    "Day",
    "Goal",
    "Item",
    "Link",
    "OptionsError",
    "Plan",
    "PlanError",
    "PlanexportError",
    "Schedule",
    "ScheduleOptions",
    "ScheduledBlock",
    "ScheduledDay",
    "ServiceError",
    "Variant",
    "__version__",
    "dump",
    "load",
    "parse_markdown",
    "parse_structured",
    "schedule",
    "to_json",
    "to_yaml",
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
