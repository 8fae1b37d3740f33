"""A plan written as data in YAML front matter (`schema:` over `- heading: Week 1` over
`oefening:` entries) over a body with no days: the refusal says the front matter was not read."""

from __future__ import annotations

from typing import Any

__all__ = ["front_matter_plan"]

_READ = frozenset(("id", "title"))  # the keys of front matter the reader takes


def front_matter_plan(meta: dict[str, Any], text: str) -> tuple[int, str] | None:
    """The line and message of a refusal that names the front matter's keys holding lists or
    mappings of mappings (a schedule as data), when it has any; None otherwise."""
    keys = [key for key, value in meta.items() if key not in _READ and _structured(value)]
    if not keys:
        return None
    lines = text.split("\n")
    end = next((n for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), None)
    if end is None:
        return None
    where = {
        key: next((n + 1 for n in range(1, end) if lines[n].startswith(f"{key}:")), 1)
        for key in keys
    }
    named = ", ".join(f"'{key}' (line {where[key]})" for key in keys)
    return where[keys[0]], (
        f"no timed blocks found: the front matter (lines 1-{end + 1}) holds {named}, which is "
        "not read as a plan (only its 'id' and 'title' are read), and the Markdown below it "
        "has no days: write them as headings such as '### Day 1 – Topic' over lines such as "
        "'- Concepts (60 min)'"
    )


def _structured(value: Any) -> bool:
    """Whether a value holds entries of its own (`- heading: Week 1`), not one text or a list
    of words (`tags: [study]`)."""
    if isinstance(value, dict):
        return bool(value)
    return isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)
