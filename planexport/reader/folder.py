"""A folder of plans as consecutive weeks, in the order a Docusaurus sidebar shows them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planexport.errors import PlanError
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.model import Plan

__all__ = ["PLAN_SUFFIXES", "expand_plans", "load_plans", "plan_files"]

PLAN_SUFFIXES = (".md", ".yaml", ".yml", ".json")


def plan_files(folder: Path) -> list[Path]:
    """The plan files of a folder, in order: front matter `sidebar_position` first (as Docusaurus
    orders a track), then natural file-name order (`week-2` before `week-10`).

    When every file opens with a breadcrumb heading (`# Year 1 → Week 4 → Day 3`), its numbers
    order the files before their names do (`frogs.md` for week 2 after `ants.md` for week 1).

    `_`-prefixed files (Docusaurus partials), hidden files and README.md are skipped; so are
    subfolders.

    Raises:
        PlanError: the folder cannot be read or holds no plan file.
    """
    try:
        entries = list(folder.iterdir())
    except OSError as error:
        raise PlanError(f"cannot read: {error.strerror or error}", file=folder) from None
    files = [
        path
        for path in entries
        if path.suffix.lower() in PLAN_SUFFIXES
        and not path.name.startswith(("_", "."))
        and path.name.lower() != "readme.md"
        and path.is_file()
    ]
    if not files:
        raise PlanError("no plan files in this folder (.md, .yaml, .yml or .json)", file=folder)
    crumbs = [_crumb(path) for path in files]
    if all(crumbs):
        # "# Year 1 → Week 4 → Day 3" heads every file: the curriculum's order, not the names'.
        order = dict(zip(files, crumbs, strict=True))
        return sorted(files, key=lambda path: (_order(path)[:2], order[path], _order(path)))
    return sorted(files, key=_order)


def expand_plans(paths: Sequence[Path]) -> list[Path]:
    """Plan paths with each folder replaced by its plan files, in order."""
    out: list[Path] = []
    for path in paths:
        out.extend(plan_files(path) if path.is_dir() else [path])
    return out


def load_plans(paths: Sequence[str | Path]) -> list[Plan]:
    """Read plans from files and folders (a folder's files as consecutive weeks).

    Raises:
        PlanError: a file or folder that cannot be read, or a file that is no valid plan.
    """
    from planexport.reader import load

    return [load(path) for path in expand_plans([Path(p) for p in paths])]


def _order(path: Path) -> tuple[bool, float, tuple[tuple[int, int | str], ...], str]:
    position = _sidebar_position(path)
    # Docusaurus puts documents without a position after those with one.
    return (position is None, position or 0.0, _natural(path.stem), path.suffix.lower())


def _natural(name: str) -> tuple[tuple[int, int | str], ...]:
    """`week-10.md` after `week-2.md`: runs of digits compare as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", name)
        if part
    )


_FRONT = lazy(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_POSITION = lazy(r"^sidebar_position[ \t]*:[ \t]*['\"]?(-?\d+(?:\.\d+)?)['\"]?[ \t]*$", re.M)


def _head(path: Path) -> str | None:
    """The first 8 KiB of a Markdown file, or None for another file or one that cannot be read
    (the reader names the file when it reads it)."""
    if path.suffix.lower() != ".md":
        return None
    try:
        with path.open("rb") as handle:
            return handle.read(8192).decode("utf-8", errors="replace")
    except OSError:
        return None


def _crumb(path: Path) -> tuple[int, ...] | None:
    """The numbers of a lesson file's breadcrumb heading (`# Week 4 → Day 3`), if it has one."""
    from planexport.reader.lesson_files import crumb_key

    head = _head(path)
    return crumb_key(head) if head is not None else None


def _sidebar_position(path: Path) -> float | None:
    """The `sidebar_position` of a Markdown file's front matter, if it has one."""
    head = _head(path)
    if head is None:
        return None
    front = _FRONT.match(head)
    if front is None:
        return None
    found = _POSITION.search(front[1])
    return float(found[1]) if found else None
