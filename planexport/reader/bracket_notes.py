"""A length and a note after a dash in one pair of brackets (`**Flexible Block (1 hour - catch up
on anything missed)**`, `**Deep Work (90 min – no phone)**`, `### Walk (20 min — outside)`): the
length is the block's, the words before the brackets its title and the words after the dash its
note, as when the note follows the brackets (`**Deep Work (90 min)** – no phone`).

Words after a comma (`Buffer (30 minutes, optional)`) stay as they read already: in brackets
in the title (`Buffer (optional)`), the length taken out."""

from __future__ import annotations

import functools
import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["bracket_notes"]

# What a body must hold for any line to be read here: a bracket with a dash inside.
_MAY = lazy(r"\([^()\n]*(?:\s-\s|[\u2013\u2014])[^()\n]*\)")
# "Flexible Block (1 hour - catch up)**": a title's last word, then the bracket of a length and
# a note (split off below), then the marks that close a bold title, with its colon.
_BRACKET = lazy(
    r"(?<=[^\W_])[ \t]*\((?P<inner>[^()\n]+)\)(?P<close>:?(?:\*\*|__):?|:)?",
)
# "1 hour - note", "90 min – note", "20 Min.—note": the dash after the length.
_SEPARATOR = lazy(r"\s+-\s+|\s*[\u2013\u2014]\s*")
# "às 18h", "until 5pm", "bis 17:30": a time of day in the note, which is then no note
_CLOCK = lazy(r"\d(?:[:.h]\d\d|h\b|\s*[ap]\.?m\b)", re.IGNORECASE)
# Words that hedge a length and stay with it: "about 45 min", "ca. 20 Min.", "~1 h".
_HEDGE = lazy(
    r"^\s*(?:~|≈|about|around|approx\.?|ca\.?|circa|etwa|environ|unos|cerca\s+de)?\s*$",
    re.IGNORECASE,
)


def bracket_notes(body: str) -> str:
    """The body with each bracket that holds a length, then a note after a dash, closed after
    the length: the note follows the bracket (and a bold title's
    closing marks), so `**Deep Work (90 min – no phone)**` reads as `**Deep Work (90 min)** –
    no phone`, one block of 90 minutes titled `Deep Work`, its note `no phone`.

    On a line with a clock span the length restates the span and the words stay in the title,
    as they do after a comma: `9:00-10:00 Notes (1 h – chapter 3)` reads as `9:00-10:00 Notes
    (chapter 3)`. A note that holds a length or a time of its own (`(30 min - 1 hour)`,
    `(1 h – 10 min break)`) is no note: the bracket stays as written.
    """
    if _MAY.search(body) is None:
        return body  # most plans write no note beside a length: no work
    from planexport.reader.fenced import unfenced

    lines = body.split("\n")
    done: dict[str, str] = {}  # a plan's lines repeat ("- **Block 3 (DSA – 60 min)**")
    for at in unfenced(lines):
        line = lines[at]
        if line in done:
            lines[at] = done[line]
        elif "(" in line and _MAY.search(line) is not None:  # only such a line is rewritten
            lines[at] = done[line] = _BRACKET.sub(functools.partial(_moved, line=line), line)
    return "\n".join(lines)


def _spanned(line: str) -> bool:
    """Whether `line` holds a clock span."""
    return (span := find_duration(line)) is not None and span.at is not None


def _moved(match: re.Match[str], *, line: str) -> str:
    """The bracket closed after its length and its note after it, or the bracket as written;
    on a line with a clock span, the bracket of the note alone. The line is read for its span
    only when a bracket holds a length and a note (`(DSA – 60 min)` holds none: no work)."""
    inner = match["inner"]
    split = _SEPARATOR.search(inner)
    if split is None:
        return match.group(0)
    length, note = inner[: split.start()], inner[split.end() :].strip()
    found = find_duration(length)
    if found is None or found.at is not None or length[found.end :].strip():
        return match.group(0)
    if not _HEDGE.match(length[: found.start]):
        return match.group(0)
    if not re.match(r"[^\W\d_]", note) or find_duration(note) is not None or _CLOCK.search(note):
        return match.group(0)  # "(30 min - 1 hour)", "(6h - parar às 18h)": not a note
    before = match.group(0)[: match.start("inner") - match.start() - 1]
    if _spanned(line):
        return f"{before}({note}){match['close'] or ''}"
    return f"{before}({length.strip()}){match['close'] or ''} {split.group(0).strip()} {note}"
