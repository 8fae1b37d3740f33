"""Headings that link to a daily note (`## [[2027-01-12|Tuesday]]`, `## [[2027-01-13]] Wednesday`),
as a weekly note writes its days: read as the link shows, with the date the link targets."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["wiki_headings"]

_HEADING = lazy(r"^ {0,3}#{1,6}[ \t]")
# "[[2027-01-12|Tuesday]]", "[[Daily/2027-01-13]]", "[[2027-01-14#Plan|Thu]]": a wiki link.
_WIKI = lazy(r"(?<![!\\])\[\[(?P<target>[^\[\]|\n]+?)(?:\|(?P<label>[^\[\]|\n]+?))?\]\]")
_DATE = lazy(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")


def wiki_headings(body: str) -> str:
    """The body with each wiki link in an ATX heading written as the note shows it: its label,
    else the name of the note it links to (no folder, no `#section`); a label without the date
    of a daily note it links to keeps that date after it (`Tuesday 2027-01-12`), so the day is
    that weekday and that date, as the link says, never a heading the reader cannot name."""
    if "[[" not in body:
        return body
    lines = body.split("\n")
    for pos, line in enumerate(lines):
        if "[[" in line and _HEADING.match(line):
            lines[pos] = _WIKI.sub(_shown, line)
    return "\n".join(lines)


def _shown(match: re.Match[str]) -> str:
    target, label = match.group("target").strip(), match.group("label")
    name = target.split("#", 1)[0].rsplit("/", 1)[-1].strip() or target
    if label is None or not label.strip():
        return name
    label = label.strip()
    date = _DATE.search(name)
    if date is not None and _DATE.search(label) is None:
        return f"{label} {date.group(0)}"
    return label
