"""Readers: plans from Markdown, YAML and JSON; busy time from existing calendars.

A style module that only some plans need (a table's weekday grid, a code block's agenda) is
imported inside the function that calls it, after the check that the plan has that shape, so
that a plan without it never loads it: reading starts with the modules it uses, not all of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planexport.errors import PlanError
from planexport.reader.result import ReadResult, ReadWarning

if TYPE_CHECKING:
    from planexport.model import Plan
    from planexport.reader.markdown import parse_markdown, read_markdown

__all__ = [
    "MARKDOWN_SUFFIXES",
    "ReadResult",
    "ReadWarning",
    "load",
    "parse_markdown",
    "read_markdown",
    "read_plan",
]

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".txt")


def load(path: str | Path) -> Plan:
    """Read a plan from a file, by its suffix: Markdown, YAML (.yaml, .yml) or JSON (.json).

    Raises:
        PlanError: the file is missing, unreadable, or not a valid plan (names file and line).
    """
    return read_plan(path).plan


def read_plan(path: str | Path) -> ReadResult:
    """Read a plan from a file, with the warnings about what was skipped and each block's line.

    Raises:
        PlanError: the file is missing, unreadable, or not a valid plan (names file and line).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PlanError("no such file", file=path) from None
    except IsADirectoryError:
        raise PlanError("is a folder, not a plan file", file=path) from None
    except OSError as error:
        raise PlanError(f"cannot read: {error.strerror or error}", file=path) from None
    if suffix in (".yaml", ".yml", ".json"):
        from planexport.reader.structured import parse_structured

        plan = parse_structured(
            data, source=str(path), kind="json" if suffix == ".json" else "yaml"
        )
        return ReadResult(plan)
    from planexport.reader.markdown import read_markdown

    return read_markdown(data, source=str(path))


def __getattr__(name: str) -> object:
    # The Markdown reader is most of the package: YAML and JSON plans never load it.
    if name in ("parse_markdown", "read_markdown"):
        from planexport.reader import markdown

        return getattr(markdown, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
