"""Plan ids in one run: unique per plan file, and not a generic file name by accident."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planexport.errors import PlanError

if TYPE_CHECKING:
    from planexport.model import Plan

__all__ = ["GENERIC_NAMES", "check_plan_ids"]

GENERIC_NAMES = frozenset(
    {
        "calendar",
        "draft",
        "index",
        "main",
        "new",
        "notes",
        "plan",
        "plans",
        "readme",
        "schedule",
        "study",
        "study-plan",
        "todo",
        "untitled",
        "week",
        "weekly",
        "weekly-plan",
    }
)
"""File names many people give a plan: an id taken from one likely clashes with another plan's."""

_ID_LINE = re.compile(r"id[ \t]*:")


def check_plan_ids(paths: Sequence[Path], plans: Sequence[Plan]) -> list[str]:
    """Check the ids of plans read in one run; return warnings about generic ones.

    Every UID starts with its plan's id, and Google overwrites any event whose UID matches: two
    plans with one id would clobber each other's events. The same file given twice is a plan
    repeated on purpose (its second run gets a week suffix), not a clash.

    Args:
        paths: the files, in the order given.
        plans: the plans read from them, in the same order.

    Returns:
        One warning line per plan whose id comes from a generic file name (`week.md`).

    Raises:
        PlanError: two different files have the same plan id (names both, exit 2).
    """
    first: dict[str, Path] = {}
    warnings: list[str] = []
    warned: set[str] = set()
    for path, plan in zip(paths, plans, strict=True):
        earlier = first.setdefault(plan.id, path)
        if earlier is not path and not _same_file(earlier, path):
            raise PlanError(
                f"plan id {plan.id!r} is also the id of {earlier}; each plan needs its own "
                "(its events' UIDs start with it): give one of them another 'id:' in its "
                "front matter",
                file=path,
            )
        key = str(path)
        if key not in warned and _generic_id(path, plan):
            warned.add(key)
            warnings.append(
                f"{path}: the plan id {plan.id!r} comes from a generic file name, and another "
                f"plan called {path.name} would share its events' UIDs; "
                f"add 'id: {_suggestion(plan)}' to its front matter"
            )
    return warnings


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return one.resolve() == other.resolve()


def _generic_id(path: Path, plan: Plan) -> bool:
    """Whether the plan's id is its generic file name, with no `id:` of its own."""
    from planexport.keys import slugify

    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return False  # these formats always state their id
    stem = slugify(path.stem)
    if plan.id != stem or stem not in GENERIC_NAMES:
        return False
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:20_000]
    except OSError:
        return True
    return not _states_id(head)


def _states_id(text: str) -> bool:
    """Whether the text's YAML front matter has an `id:` key."""
    lines = text.removeprefix("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return False
    for line in lines[1:]:
        if line.strip() in ("---", "..."):
            return False
        if _ID_LINE.match(line):
            return True
    return False


def _suggestion(plan: Plan) -> str:
    from planexport.keys import slugify

    titled = slugify(plan.title)
    if titled and titled not in GENERIC_NAMES and titled != plan.id:
        return titled
    return "a-name-of-its-own"
