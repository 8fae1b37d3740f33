"""A weekday label that holds the day's length (`- **Mon (1h):** Cluster basics`, `* Tue (45
min): Reading`): the weekday's line with the length after what it is for, `- **Mon:** Cluster
basics (1h)`, as a plan writes it more often and the weekday lists read it."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["weekday_length_labels"]

# A list item or a line of its own, whole: weekdays (`Mon`, `Tue/Thu`, `Samstag`), a bracket, then a
# colon inside or after the bold, then what the day is for.
_LABEL = lazy(
    r"(?P<lead>[ \t]*(?:[-*+]|\d{1,2}[.)])?[ \t]*)(?P<mark>\*\*|__)?"
    r"(?P<names>[^\W\d_][^\W\d_ /+&,–-]{1,11}(?:[ \t]*[/+&,–-][ \t]*[^\W\d_]{2,12})*)"
    r"[ \t]*\((?P<length>[^()\n]{1,30})\)"
    r"[ \t]*(?(mark)(?:(?P=mark)[ \t]*:|:[ \t]*(?P=mark))|:)[ \t]*"
    r"(?P<rest>\S[^\n]*)"
)
# Where such a label may close: a bracket, maybe bold, then a colon.
_CLOSE = lazy(r"\)(?:\*\*|__)?[ \t]*:")


def weekday_length_labels(body: str) -> str:
    """The body with each weekday label that holds a length and nothing else in its bracket
    written with the length after the line's text; a line whose text gives a length of its
    own, or a bracket that is no length (`**Mon (online):**`), as it is."""
    if "):" not in body and ")**:" not in body and ")__:" not in body:
        return body
    from planexport.reader.weekday_abbrevs import weekdays_named

    def swap(match: re.Match[str]) -> str:
        if not weekdays_named(match["names"]):
            return match.group(0)
        length, rest = match["length"].strip(), match["rest"].rstrip()
        found = find_duration(length)
        if found is None or found.at is not None or length[: found.start].strip(" ~≈"):
            return match.group(0)
        if length[found.end :].strip() or find_duration(rest) is not None:
            return match.group(0)
        mark = match["mark"] or ""
        return f"{match['lead']}{mark}{match['names']}:{mark} {rest} ({length})"

    # Only the lines that hold a closing bracket and a colon are tried: a pattern anchored at
    # every line start would be tried at every character of a long plan.
    parts: list[str] = []
    done = 0
    for close in _CLOSE.finditer(body):
        start = body.rfind("\n", 0, close.start()) + 1
        if start < done:
            continue  # a line already tried
        end = body.find("\n", close.end())
        end = len(body) if end == -1 else end
        match = _LABEL.fullmatch(body, start, end)
        if match is not None:
            parts += [body[done:start], swap(match)]
            done = end
    return "".join([*parts, body[done:]]) if parts else body
