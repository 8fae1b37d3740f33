"""planexport.toml: the options a user would type every time, kept in one file."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from planexport.errors import OptionsError, PlanexportError
from planexport.export.todoist_limits import AHEAD, ROOM, ROOM_MAX

__all__ = [
    "CONFIG_NAME",
    "CaldavTable",
    "Config",
    "ConfigFileError",
    "IcsTable",
    "PreviewTable",
    "TodoistTable",
    "config_text",
    "find_config",
    "load_config",
    "parse_config",
]

CONFIG_NAME = "planexport.toml"

# Keys that would hold a secret: they belong in the environment, where the CLI reads them.
_SECRETS = {
    "password": "PLANEXPORT_CALDAV_PASSWORD",
    "token": "TODOIST_API_TOKEN",
    "api_token": "TODOIST_API_TOKEN",
    "secret": "the environment",
}


class ConfigFileError(PlanexportError, ValueError):
    """A planexport.toml that cannot be read or holds a bad key or value: bad input (exit 2)."""

    exit_code = 2


class _Table(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


def _option_value(check: Callable[[str], object]) -> Callable[[Any], Any]:
    """A validator that runs the CLI's own reading of a value, with the option's name dropped."""

    def validate(value: Any) -> Any:
        if value is None:
            return value
        try:
            check(str(value))
        except OptionsError as error:
            raise ValueError(re.sub(r"^--[a-z-]+: ", "", error.reason)) from None
        return value

    return validate


class IcsTable(_Table):
    """`[ics]`: where `sync` writes the calendar file."""

    output: str | None = None
    """The .ics file to write; the first plan's name with .ics when not given."""
    feed: str | None = None
    """A subscription feed to write as well (for the feed exporter)."""


class TodoistTable(_Table):
    """`[todoist]`: how `push todoist` (and `export todoist-csv`) make tasks."""

    project: str | None = None
    priority: Literal["p1", "p2", "p3", "p4"] | None = None
    items: Literal["subtasks", "description"] | None = None
    sections: Literal["day", "week"] | None = None
    labels: Literal["plan", "kind", "none"] | None = None
    """`plan`: the plan's id; `kind`: also block titles that recur across days; `none`."""
    room: int | None = Field(default=None, ge=0, le=ROOM_MAX)
    """Active tasks a push leaves free in a project for the user's own."""
    ahead: int | None = Field(default=None, ge=0)
    """Days a push sends at most, from the current week's start; 0 for as many as fit."""


class CaldavTable(_Table):
    """`[caldav]`: the calendar `push caldav` writes to (the password stays in the environment)."""

    url: str
    user: str | None = None
    calendar: str

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        from urllib.parse import urlsplit

        if not re.match(r"^https?://", value.strip(), flags=re.IGNORECASE):
            raise ValueError("not an http:// or https:// URL")
        if urlsplit(value.strip()).password is not None:
            # The value is never echoed: it holds the password.
            raise ValueError(
                "a password in the URL stays out of this file; set PLANEXPORT_CALDAV_PASSWORD "
                "in the environment"
            )
        return value.strip()


class PreviewTable(_Table):
    """`[preview]`: where `sync` writes the HTML picture of the week."""

    output: str | None = None


def _check_time(text: str) -> None:
    from planexport.options import _parse_time

    _parse_time(text, option="--time")


def _check_start(text: str) -> None:
    from planexport.options import parse_start

    parse_start(text, today=dt.date.today())


def _check_zone(text: str) -> None:
    from planexport.scheduling import zone_info

    zone_info(text.strip())


def _check_hours(text: str) -> None:
    from planexport.options import parse_hours

    parse_hours(text)


def _check_weekdays(text: str) -> None:
    from planexport.options import parse_weekdays

    parse_weekdays(text)


class Config(_Table):
    """The contents of a planexport.toml; paths in it are relative to its folder."""

    plans: tuple[str, ...] = ()
    start: str | None = None
    tz: str | None = None
    hours: str | None = None
    day_start: str | None = None
    day_end: str | None = None
    durations: Literal["min", "max", "mid", "fit"] | None = None
    break_minutes: int | None = Field(default=None, alias="break", ge=0)
    rest: str | None = None
    busy: tuple[str, ...] = ()
    carry_over: Literal["shift", "fill"] | None = None
    ics: IcsTable | None = None
    todoist: TodoistTable | None = None
    caldav: CaldavTable | None = None
    preview: PreviewTable | None = None
    folder: Path = Field(default=Path("."), exclude=True)
    """The folder the file is in; relative paths in it are read from there."""

    @field_validator("plans", "busy", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

    @field_validator("start", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        # TOML has dates of its own (start = 2026-11-30).
        if isinstance(value, dt.datetime):
            raise ValueError("a date, not a date and time")
        value = value.isoformat() if isinstance(value, dt.date) else value
        return _option_value(_check_start)(value)

    @field_validator("day_start", "day_end", mode="before")
    @classmethod
    def _time(cls, value: Any) -> Any:
        # TOML has times of its own (day_start = 09:00:00).
        value = value.strftime("%H:%M") if isinstance(value, dt.time) else value
        return _option_value(_check_time)(value)

    @field_validator("hours", mode="before")
    @classmethod
    def _hours(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("a number of hours, such as 4 or '4,sat-sun=6'")
        value = f"{value:g}" if isinstance(value, (int, float)) else value
        return _option_value(_check_hours)(value)

    @field_validator("rest", mode="before")
    @classmethod
    def _rest(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            value = ",".join(str(v) for v in value)
        return _option_value(_check_weekdays)(value)

    @field_validator("tz", mode="before")
    @classmethod
    def _tz(cls, value: Any) -> Any:
        return _option_value(_check_zone)(value)

    def path(self, text: str) -> Path:
        """A path written in the file, as seen from the current folder."""
        path = Path(text).expanduser()
        return path if path.is_absolute() else self.folder / path

    @property
    def plan_paths(self) -> list[Path]:
        """The plans (files or folders) the file names."""
        return [self.path(p) for p in self.plans]

    @property
    def busy_paths(self) -> list[Path]:
        """The busy calendars the file names."""
        return [self.path(p) for p in self.busy]

    def scheduling(self) -> dict[str, Any]:
        """The scheduling options the file sets, by the CLI's parameter names."""
        values: dict[str, Any] = {
            "start": self.start,
            "tz": self.tz,
            "hours": self.hours,
            "day_start": self.day_start,
            "day_end": self.day_end,
            "durations": self.durations,
            "break_minutes": self.break_minutes,
            "rest": self.rest,
            "busy": [str(p) for p in self.busy_paths] or None,
        }
        return {k: v for k, v in values.items() if v is not None}

    @property
    def targets(self) -> tuple[str, ...]:
        """The targets the file names, in the order `sync` runs them."""
        names = ("ics", "preview", "caldav", "todoist")
        return tuple(name for name in names if getattr(self, name) is not None)


def find_config(folder: Path | None = None) -> Path | None:
    """The planexport.toml in `folder` (the current one when None) or the nearest parent."""
    from planexport.fileio import find_upwards

    return find_upwards(CONFIG_NAME, folder)


def load_config(path: str | Path) -> Config:
    """Read and check a planexport.toml.

    Raises:
        ConfigFileError: the file is missing, not TOML, or has a bad key or value
            (`planexport.toml:LINE: reason`).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigFileError("no such file", file=path) from None
    except IsADirectoryError:
        raise ConfigFileError("is a folder, not a planexport.toml", file=path) from None
    except OSError as error:
        raise ConfigFileError(f"cannot read: {error.strerror or error}", file=path) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigFileError("not UTF-8 text", file=path) from None
    return parse_config(text, source=str(path), folder=path.parent)


def parse_config(text: str, *, source: str = CONFIG_NAME, folder: Path | None = None) -> Config:
    """Check the text of a planexport.toml.

    Raises:
        ConfigFileError: not TOML, or a bad key or value, with its line.
    """
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        line = int(found[1]) if found else getattr(error, "lineno", None)
        raise ConfigFileError(
            f"not valid TOML: {reason[:1].lower()}{reason[1:]}", file=source, line=line
        ) from None
    lines = _key_lines(text)
    _refuse_secrets(raw, lines, source=source)
    try:
        config = Config.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        raise ConfigFileError(_reason(first, loc), file=source, line=_line(lines, loc)) from None
    return config.model_copy(update={"folder": folder if folder is not None else Path(".")})


def _reason(error: Mapping[str, Any], loc: tuple[Any, ...]) -> str:
    where = ".".join(str(p) for p in loc if not isinstance(p, int)) or "file"
    if error["type"] == "extra_forbidden":
        table = _TABLES.get(loc[0]) if len(loc) > 1 else Config
        known = [
            (f.alias or name)
            for name, f in (table or Config).model_fields.items()
            if name != "folder"
        ]
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f"; did you mean {close[0]}?" if close else f" (known: {', '.join(known)})"
        return f"unknown key {where!r}{hint}"
    if error["type"] == "missing":
        return f"{where}: missing (this table needs it)"
    message = str(error["msg"]).removeprefix("Value error, ")
    message = message.replace("Input should be ", "should be ")
    return f"{where}: {message}"


_TABLES: dict[str, type[BaseModel]] = {
    "ics": IcsTable,
    "todoist": TodoistTable,
    "caldav": CaldavTable,
    "preview": PreviewTable,
}


def _refuse_secrets(
    raw: Mapping[str, Any], lines: Mapping[tuple[str, ...], int], *, source: str
) -> None:
    def walk(node: Mapping[str, Any], path: tuple[str, ...]) -> None:
        for key, value in node.items():
            if key.lower() in _SECRETS:
                where = ".".join((*path, key))
                raise ConfigFileError(
                    f"{where}: secrets stay out of this file; set {_SECRETS[key.lower()]} "
                    "in the environment",
                    file=source,
                    line=_line(lines, (*path, key)),
                )
            if isinstance(value, Mapping):
                walk(value, (*path, key))

    walk(raw, ())


_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\s\"-]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\"'.\s-]+?)\s*=")


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The line of each key and table header, by its path (tomllib keeps no positions)."""
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    in_string = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string:
            in_string = line.count('"""') % 2 == 0 and line.count("'''") % 2 == 0
            continue
        header = _HEADER.match(line)
        if header:
            table = _split_key(header[1])
            found.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            found.setdefault((*table, *_split_key(key[1])), number)
            after = line[key.end() :]
            in_string = after.count('"""') % 2 == 1 or after.count("'''") % 2 == 1
    return found


def _split_key(text: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in text.split("."))


def _line(lines: Mapping[tuple[str, ...], int], loc: Sequence[Any]) -> int | None:
    path = tuple(str(p) for p in loc if not isinstance(p, int))
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1 if lines else None


# ---------------------------------------------------------------------------------------------
# Writing a new file (`planexport init`)


def config_text(values: Mapping[str, Any]) -> str:
    """A commented planexport.toml with `values` set and every other key shown commented out.

    Args:
        values: keys as in the file (`plans`, `start`, ..., `break`), and tables as mappings
            (`{"ics": {"output": "study.ics"}}`); None leaves a key commented out.

    Returns:
        The file's text; it reads back as the same values.
    """
    out = [
        "# planexport.toml: what you would otherwise type with every command.",
        "# Options on the command line win over this file. Secrets (TODOIST_API_TOKEN,",
        "# PLANEXPORT_CALDAV_PASSWORD) stay in the environment, never here.",
        "",
    ]
    for key, example, help_text in _TOP:
        out.append(f"# {help_text}")
        out.append(_entry(key, values.get(key), example))
    for table, keys in _TABLE_KEYS:
        given = values.get(table)
        out.append("")
        out.append(f"# {_TABLE_HELP[table]}")
        if given is None:
            out.append(f"# [{table}]")
            out.extend(f"# {k} = {_toml(example)}" for k, example, _ in keys)
            continue
        out.append(f"[{table}]")
        for key, example, help_text in keys:
            out.append(_entry(key, given.get(key), example, help_text=help_text))
    return "\n".join(out) + "\n"


def _entry(key: str, value: Any, example: Any, *, help_text: str | None = None) -> str:
    note = f"  # {help_text}" if help_text else ""
    if value is None or value in ((), []):
        return f"# {key} = {_toml(example)}{note}"
    return f"{key} = {_toml(value)}{note}"


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    import json

    # A JSON string is a valid TOML basic string (the same escapes).
    return json.dumps(str(value), ensure_ascii=False)


_TOP: tuple[tuple[str, Any, str], ...] = (
    ("plans", ["plans/week-1.md", "plans/"], "Plan files or folders, run as consecutive weeks."),
    ("start", "2026-11-30", "Date of Day 1 (ISO, or 'next monday')."),
    ("tz", "Europe/Berlin", "IANA time zone. Default: the system's."),
    ("hours", "4,sat-sun=6", "Which plan to follow, by its hours."),
    ("day_start", "09:00", "Earliest start of a block."),
    ("day_end", "21:00", "Latest end of a block."),
    ("durations", "fit", "How a range becomes minutes: min, max, mid or fit."),
    ("break", 10, "Minutes between blocks."),
    ("rest", "sun", "Weekdays with no study."),
    ("busy", ["work.ics"], "Calendars whose events blocks must not overlap."),
    ("carry_over", "shift", "Missed blocks: shift (the plan moves on) or fill (spare time)."),
)
_TABLE_KEYS: tuple[tuple[str, tuple[tuple[str, Any, str], ...]], ...] = (
    (
        "ics",
        (
            ("output", "study.ics", "the calendar file"),
            ("feed", "feed.ics", "a subscription feed"),
        ),
    ),
    (
        "todoist",
        (
            ("project", "Study", "one project for every plan"),
            ("priority", "p4", "p1 (most urgent) to p4"),
            ("items", "subtasks", "subtasks or description"),
            ("sections", "day", "day or week"),
            ("labels", "plan", "plan (its id), kind (also recurring titles) or none"),
            ("room", ROOM, "active tasks left free for your own"),
            ("ahead", AHEAD, "days pushed at most; 0 for as many as fit"),
        ),
    ),
    (
        "caldav",
        (
            ("url", "https://dav.example.com/", "the server"),
            ("user", "me", "the user name"),
            ("calendar", "Study", "created when missing"),
        ),
    ),
    ("preview", (("output", "week.html", "the HTML page"),)),
)
_TABLE_HELP = {
    "ics": "`planexport sync` writes the calendar file (`export ics`).",
    "todoist": "`planexport sync` pushes tasks (TODOIST_API_TOKEN in the environment).",
    "caldav": "`planexport sync` pushes events (PLANEXPORT_CALDAV_PASSWORD in the environment).",
    "preview": "`planexport sync` draws the week (`preview`).",
}
