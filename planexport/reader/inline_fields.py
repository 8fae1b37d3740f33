"""Dataview inline fields that give a task its length or time (`- [ ] Read chapter 4 [duration::
45 min]`, `(est:: 2h)`, `[time:: 09:00-10:30]`): read as that length or span in brackets."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["inline_fields"]

# "[duration:: 45 min]", "(est:: 2h)", "[time:: 09:00-10:30]": a field's key, then its value.
_FIELD = lazy(r"[\[(](?P<key>[^\W\d_][\w -]{0,30}?)::[ \t]*(?P<value>[^\[\]()\n]*?)[ \t]*[\])]")


def inline_fields(body: str) -> str:
    """The body with each inline field whose value is a length or a clock span written as that
    value in brackets (`(45 min)`), so that the task's title is its words and the field its
    length; other fields (`[priority:: high]`) stay as written."""
    if "::" not in body:
        return body
    return _FIELD.sub(_timed, body)


def _timed(match: re.Match[str]) -> str:
    value = match.group("value")
    found = find_duration(value)
    if found is None or value[: found.start].strip() or value[found.end :].strip():
        return match.group(0)  # "[priority:: high]", "[due:: 2027-03-08]": not a length
    return f"({value})"
