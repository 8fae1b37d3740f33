"""planexport.toml on the command line: where it is found, and its values as option defaults."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from planexport.config import Config

__all__ = ["config_defaults", "config_first", "load_settings", "plans_given", "settings"]


def config_first(args: list[str]) -> list[str]:
    """`--config FILE` moved before the command, wherever it was written."""
    end = args.index("--") if "--" in args else len(args)
    for i, arg in enumerate(args[:end]):
        if arg.startswith("--config="):
            return [arg, *args[:i], *args[i + 1 :]]
        if arg == "--config" and i + 1 < end:
            return [arg, args[i + 1], *args[:i], *args[i + 2 :]]
    return args


def load_settings(ctx: typer.Context, *, config: Path | None) -> None:
    """Read the config in effect into the root context: its values become option defaults."""
    if ctx.invoked_subcommand in ("init", "schema"):
        return  # neither reads the options a config sets; init writes a new one
    from planexport.fileio import find_upwards

    # The config module (pydantic models) loads only when there is a file to read.
    path = config if config is not None else find_upwards("planexport.toml")
    if path is None:
        return
    from planexport.config import load_config

    found = load_config(path)
    ctx.obj["config"] = found
    ctx.default_map = config_defaults(found)


def config_defaults(settings: Config) -> dict[str, Any]:
    """The config's values as defaults of each command's options (the command line wins)."""
    scheduling = settings.scheduling()
    if settings.carry_over is not None:
        scheduling["carry_over"] = settings.carry_over
    todoist = settings.todoist
    tasks: dict[str, Any] = {}
    if todoist is not None:
        tasks = {
            k: v
            for k, v in {
                "priority": todoist.priority,
                "items": todoist.items,
                "sections": todoist.sections,
                "labels": todoist.labels,
            }.items()
            if v is not None
        }
    push_todoist = {**scheduling, **tasks}
    if todoist is not None:
        window = {"project": todoist.project, "room": todoist.room, "ahead": todoist.ahead}
        push_todoist.update({k: v for k, v in window.items() if v is not None})
    caldav = settings.caldav
    push_caldav = dict(scheduling)
    if caldav is not None:
        push_caldav.update(url=caldav.url, calendar=caldav.calendar)
        if caldav.user is not None:
            push_caldav["user"] = caldav.user
    ics = dict(scheduling)
    if settings.ics is not None and settings.ics.output is not None:
        ics["output"] = str(settings.path(settings.ics.output))
    preview = dict(scheduling)
    if settings.preview is not None and settings.preview.output is not None:
        preview["output"] = str(settings.path(settings.preview.output))
    return {
        "show": dict(scheduling),
        "status": dict(scheduling),
        "sync": dict(scheduling),
        "serve": dict(scheduling),
        "preview": preview,
        "export": {"ics": ics, "todoist-csv": {**scheduling, **tasks}},
        "push": {"todoist": push_todoist, "caldav": push_caldav},
    }


def _current_context() -> Any:
    """The running command's context, or None (newer typer bundles its own click: ask that)."""
    import importlib

    base = typer.Context.__mro__[1]
    found = importlib.import_module(base.__module__.rsplit(".", 1)[0] + ".globals")
    return found.get_current_context(silent=True)


def settings() -> Config | None:
    """The planexport.toml in effect, or None."""
    ctx = _current_context()
    root = ctx.find_root() if ctx is not None else None
    obj = root.obj if root is not None else None
    found = obj.get("config") if isinstance(obj, dict) else None
    if found is None:
        return None
    from planexport.config import Config

    return found if isinstance(found, Config) else None


def plans_given(plans: Sequence[Path] | None) -> list[Path]:
    """The PLAN arguments, else the plans of planexport.toml; a usage error when neither."""
    if plans:
        return list(plans)
    found = settings()
    if found is not None and found.plans:
        return found.plan_paths
    where = "set plans in the config" if found is not None else "or plans in planexport.toml"
    usage: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
    raise usage(f"missing argument 'PLAN' ({where})", ctx=_current_context())
