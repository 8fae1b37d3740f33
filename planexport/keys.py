"""Identity: slugs, plan-week, day, block, goal and item keys, UIDs and Todoist markers."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

if TYPE_CHECKING:
    from planexport.model import Day

__all__ = [
    "UID_DOMAIN",
    "block_keys",
    "day_key",
    "goals_key",
    "is_our_uid",
    "item_key",
    "label",
    "marker",
    "parse_marker",
    "prefix",
    "slugify",
    "strip_marker",
    "uid",
    "week_tag",
]

# Keys become UIDs in users' calendars and markers in their Todoist tasks: a key that changes
# makes a duplicate event or task. tests/test_keys.py pins them; change nothing here lightly.

UID_DOMAIN = "planexport"
"""Every UID ends in `@planexport`; a previous export's events with other UIDs are not ours."""

_MARKER_RE = re.compile(r"(?m)^planexport:([^/\s]+)/(\S+)[ \t]*$")


def slugify(text: str) -> str:
    """A lowercase ASCII slug of `text` (`Template Creation` -> `template-creation`)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if slug:
        return slug
    # A title with no ASCII letters at all: keep it distinct by its code points.
    return "x" + "-".join(f"{ord(c):x}" for c in text.strip()[:8]) if text.strip() else "block"


def week_tag(repeat: int) -> str:
    """The tag of a plan's `repeat`-th copy in one schedule: none for the first, `.w2`, `.w3`…"""
    return f".w{repeat}" if repeat > 1 else ""


def prefix(plan_id: str, *, repeat: int = 1) -> str:
    """The key prefix of a plan-week: `go`, or `go.w2` for the plan's second copy."""
    return f"{plan_id}{week_tag(repeat)}"


def day_key(week_prefix: str, number: int, *, week: int | None = None) -> str:
    """A day's key (`go.d1`), the UID of its all-day event.

    A day of a plan written in weeks (`week` set) adds its week as `.wk{N}` before the day
    (`go.wk2.d1`), so day numbers that restart each week stay distinct. `.w{N}` is taken by a
    plan's repeated copies, hence the distinct `.wk`; plans without weeks have no such part.
    """
    part = f".wk{week}" if week is not None else ""
    return f"{week_prefix}{part}.d{number}"


def goals_key(week_prefix: str) -> str:
    """The key of a plan-week's goals event (`go.goals`)."""
    return f"{week_prefix}.goals"


def block_keys(week_prefix: str, day: Day) -> dict[tuple[int, int], str]:
    """Keys of every block of a day, by (variant index, block index).

    A block's identity in its day is its title's slug and, when titles repeat, its occurrence
    number; a block shared by the 4- and 6-hour plans therefore has one key. The occurrence
    suffix uses `~`, which no slug contains, so `Review`, `Review` and `Review 2` stay distinct.
    """
    keys: dict[tuple[int, int], str] = {}
    base = day_key(week_prefix, day.number, week=day.week)
    for vi, variant in enumerate(day.variants):
        seen: dict[str, int] = {}
        for bi, block in enumerate(variant.blocks):
            slug = slugify(block.title)
            seen[slug] = seen.get(slug, 0) + 1
            suffix = f"~{seen[slug]}" if seen[slug] > 1 else ""
            keys[(vi, bi)] = f"{base}.{slug}{suffix}"
    return keys


def item_key(parent: str, order: int) -> str:
    """The key of an item of a block or item: `go.d1.concepts#1`, then `go.d1.concepts#1.2`."""
    sep = "#" if "#" not in parent else "."
    return f"{parent}{sep}{order}"


def uid(key: str) -> str:
    """The iCalendar UID of a key: `go.d1.concepts@planexport`."""
    return f"{key}@{UID_DOMAIN}"


def is_our_uid(value: str) -> bool:
    """Whether a UID is one planexport made."""
    return value.endswith(f"@{UID_DOMAIN}")


def label(text: str) -> str:
    """A Todoist label of one word: the app's quick-add syntax cannot hold spaces."""
    return re.sub(r"\s+", "-", text.strip())


def marker(plan_id: str, key: str) -> str:
    """The line in a task's description that says which plan block (or item) the task is.

    Todoist has no external-id field and planexport keeps no local state, so every task it
    creates ends its description with `planexport:<plan id>/<key>`: the block's stable key from
    the scheduler (`go.d1.concepts`), or for an item the block's key and the item's position
    (`go.d1.concepts#1.2`). A push reads the project's open tasks (and, when something planned
    is missing, its completed ones) and matches them by this line, so it works from any machine
    and survives the user renaming, re-dating or moving a task; the push then puts content,
    description, due time, duration, priority, order and place back as the plan has them.
    Completed tasks are matched too and never touched. A task whose marker line was removed is
    the user's own from then on. A copy of a task (same marker) is the user's; the oldest one
    is planexport's. Sections are matched by name, then by their `Day N` / `Week N` prefix
    (renamed in place when the date moves); projects by name.
    """
    return f"planexport:{quote(plan_id, safe='')}/{quote(key, safe='.-_#~')}"


def parse_marker(description: str) -> tuple[str, str] | None:
    """The (plan id, key) of the last marker line in `description`, if any."""
    found = list(_MARKER_RE.finditer(description or ""))
    if not found:
        return None
    return unquote(found[-1].group(1)), unquote(found[-1].group(2))


def strip_marker(description: str) -> str:
    """`description` without its marker line(s) and the blank lines around them."""
    return _MARKER_RE.sub("", description or "").strip()
