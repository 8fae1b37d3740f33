"""The project's error types: one root, a few subclasses that carry where and why."""

from __future__ import annotations

from pathlib import Path


class PlanexportError(Exception):
    """Root of every error planexport raises on purpose.

    `exit_code` is what the CLI exits with: 2 for bad input or usage, 1 for a failing service or
    environment. `str(error)` is the one line the CLI prints: `FILE:LINE: reason`.
    """

    exit_code = 1

    def __init__(
        self, reason: str, *, file: str | Path | None = None, line: int | None = None
    ) -> None:
        self.reason = reason
        self.file = str(file) if file is not None else None
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.file is None:
            return self.reason
        if self.line is None:
            return f"{self.file}: {self.reason}"
        return f"{self.file}:{self.line}: {self.reason}"


class PlanError(PlanexportError, ValueError):
    """A plan (Markdown, YAML or JSON) that cannot be read: bad input."""

    exit_code = 2


class OptionsError(PlanexportError, ValueError):
    """An option that makes no sense (unknown time zone, unreadable date): bad usage.

    `option` names the field of the options at fault (`break_minutes`, `tz`), when one is; the
    library says it that way, and the command line words it as its flag (`--break`).
    """

    exit_code = 2

    def __init__(
        self,
        reason: str,
        *,
        option: str | None = None,
        file: str | Path | None = None,
        line: int | None = None,
    ) -> None:
        self.option = option
        super().__init__(reason, file=file, line=line)

    def __str__(self) -> str:
        text = super().__str__()
        return f"{self.option}: {text}" if self.option is not None else text


class CalendarError(PlanexportError, ValueError):
    """An existing calendar (busy time, a previous export) that cannot be read: bad input."""

    exit_code = 2


class ServiceError(PlanexportError):
    """A remote service (Todoist, a CalDAV server) refused or failed: exit 1."""

    exit_code = 1


class ConfigError(PlanexportError):
    """The environment lacks something (a token, a password): exit 1."""

    exit_code = 1
