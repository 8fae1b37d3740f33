"""Routines written as an activity, then its clock span in brackets on a labelled line:

    Activity 1: Morning Routine

    Duration: 1 hour (7:00 AM - 8:00 AM)
    Location: Home

or `##### Activity 2: Go course` over `- Duration: 2 hours (10:30 AM - 12:30 PM)`, or a bold
`**Morning Routine**` line. The label is one of `Duration`, `Time`, `Dauer`, `Zeit`, `Duración`,
`Horario`, `Durée`, `Horaire`, `Durata`, `Orario`, `Duração`, `Horário`, `Duur`, `Tijd` (and a few
more); the span must be in brackets at the end, after an optional length. Each activity becomes a
line the reader already reads, the span before the title and the length after it, where it is
checked against the span (`- 7:00 AM - 8:00 AM Morning Routine (1 hour)`, `##### 10:30 AM -
12:30 PM Go course (2 hours)`); the labelled line is emptied and the lines under the activity
(`Location:`, `Description:`) stay with it as its notes or items. Every line keeps its number, so
warnings still name the line written.
"""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS, FULL_WEEKDAYS, WEEK_WORDS, fold

__all__ = ["activity_spans"]

_LABELS = (
    r"duration|time|timing|dauer|zeit|uhrzeit|duraci[oó]n|horario|hora|dur[eé]e|horaire|heure"
    r"|durata|orario|dura[cç][aã]o|hor[aá]rio|duur|tijd|tijdstip"
)
# "- **Duration:** 1 hour (7:00 AM - 8:00 AM)": the labelled line, its value after the colon.
_SPAN_LINE = lazy(
    rf"^(?P<indent>[ \t]*)(?:(?P<bullet>[-*+]|\d{{1,2}}[.)])[ \t]+)?(?:\*\*|__)?(?:{_LABELS})"
    r"[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(?P<value>.*?\))[ \t]*(?:\*\*|__)?[ \t]*$",
    re.IGNORECASE,
)
# A labelled line with a bracket, first in the text or after a line break (a search that skips
# from one break to the next, where `^` would be tried at every place of a long text); the
# labels' first letters are looked at before the labels.
_QUICK_AT = rf"[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?=[dtzuho])(?:{_LABELS})\b[^\n]*\)"
_QUICK_FIRST = lazy(_QUICK_AT, re.I)
_QUICK_NEXT = lazy(rf"\n{_QUICK_AT}", re.I)
_BRACKETS = lazy(r"\((?P<inner>[^()]*)\)$")
_HEADING = lazy(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.+?)(?:[ \t]+#+)?[ \t]*$")
_BULLET = lazy(r"^(?P<indent>[ \t]*)(?P<bullet>[-*+]|\d{1,2}[.)])[ \t]+(?P<text>\S.*?)[ \t]*$")
_PARAGRAPH = lazy(r"^(?P<indent>[ \t]{0,3})(?P<text>[^\s#>|<`~].*?)[ \t]*$")
# "Activity 1:", "Actividad 2 –", "Activité 3 :": the number the routine gives its activity.
_ACTIVITY = lazy(
    r"^(?:\*\*|__)?(?:activit(?:y|ies|é|e)|aktivit[aä]t|actividad|attivit[aà]|a[c]?tividade"
    r"|activiteit)[ \t]*\d{1,2}[ \t]*(?:\*\*|__)?[ \t]*[:.\-–—][ \t]*(?:\*\*|__)?[ \t]*",
    re.IGNORECASE,
)
# "Location: Home", "- **Notes**: …": a labelled line under the activity, kept with it.
_LABELLED = lazy(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[^\W\d_][\w ]{0,24}(?:\*\*|__)?[ \t]*:")
_CLOCK = lazy(r"\d[:.h][0-5]\d|\d[ \t]*[ap]\.?[ \t]?m\b", re.IGNORECASE)
_DAY_OR_WEEK = lazy(rf"\b(?:{DAY_WORDS}|{WEEK_WORDS})[ \t]*\d", re.IGNORECASE)
_WORD = lazy(r"[^\W\d_]+")
_MARKS = lazy(r"^(?:\*\*|__)(?P<inner>.+)(?:\*\*|__)$")


def activity_spans(text: str) -> str:
    """`text` with each activity over a labelled bracketed span written as a span line."""
    if "(" not in text or (_QUICK_FIRST.match(text) is None and _QUICK_NEXT.search(text) is None):
        return text
    lines = text.split("\n")
    found: list[tuple[int, int, str]] = []  # (span line, title line, "span title (length)")
    for number, line in enumerate(lines):
        span = _bracketed_span(line)
        if span is None:
            continue
        title = _title_line(lines, number)
        if title is not None:
            found.append((number, title, span))
    if not found:
        return text
    titles = {title for _, title, _ in found}
    for number, title, span in found:
        kind = _rewrite_title(lines, title, span)
        lines[number] = ""
        if kind == "paragraph":
            _indent_under(lines, number + 1, titles)
    return "\n".join(lines)


def _bracketed_span(line: str) -> str | None:
    """The clock span of a labelled line (`Duration: 1 hour (7:00 AM - 8:00 AM)`) with the length
    before it, `7:00 AM - 8:00 AM {} (1 hour)` (the title goes in the braces), or None."""
    if "(" not in line:
        return None
    match = _SPAN_LINE.match(line)
    if match is None:
        return None
    value = match.group("value")
    brackets = _BRACKETS.search(value)
    if brackets is None:
        return None
    inner = brackets.group("inner").strip()
    span = find_duration(inner)
    if span is None or span.at is None or span.lo <= 0 or _WORD.search(_without(inner, span.text)):
        return None
    before = value[: brackets.start()].strip(" \t,;:–—-")
    if not before:
        return inner + " {}"
    # "1 hour", "30 minutes": a length and nothing else, checked against the span as it is
    # after any span ("- 09:00–10:00 Arrays (45 min)" is warned about)
    length = find_duration(before)
    if length is None or length.at is not None or _WORD.search(_without(before, length.text)):
        return None
    return f"{inner} {{}} ({before})"


def _without(text: str, part: str) -> str:
    return text.replace(part, " ", 1)


def _title_line(lines: list[str], number: int) -> int | None:
    """The line that names the activity over the labelled line at `number`, or None."""
    indent = len(lines[number]) - len(lines[number].lstrip())
    bulleted = _BULLET.match(lines[number]) is not None
    index = number - 1
    while index >= 0 and not lines[index].strip() and number - index <= 2:
        index -= 1
    if index < 0 or not lines[index].strip():
        return None
    line = lines[index]
    heading = _HEADING.match(line)
    if heading is not None:
        return index if _names_activity(heading.group("text")) else None
    bullet = _BULLET.match(line)
    if bullet is not None:
        own = len(bullet.group("indent"))
        beneath = own < indent or (not bulleted and index == number - 1)
        return index if beneath and _names_activity(bullet.group("text")) else None
    paragraph = _PARAGRAPH.match(line)
    if paragraph is None or len(paragraph.group("indent")) > indent:
        return None
    text = paragraph.group("text")
    if _ACTIVITY.match(text) is None and (_LABELLED.match(text) or not _short_name(text)):
        return None  # a note ("Location: Home") or a sentence, not a name
    return index if _names_activity(text) else None


def _names_activity(text: str) -> bool:
    """Whether `text` can title an activity: words, no time of its own, not a day or a week."""
    title = _title(text)
    if not _WORD.search(title) or _CLOCK.search(title) or _SPAN_LINE.match(title):
        return False
    if _DAY_OR_WEEK.search(title):
        return False
    return not any(word in FULL_WEEKDAYS for word in _WORD.findall(fold(title)))


def _short_name(text: str) -> bool:
    """A bold line, or a few words not ending as a sentence does: "Morning Routine"."""
    if _MARKS.match(text):
        return True
    return len(text.split()) <= 8 and not text.rstrip("*_ ").endswith((".", "!", "?", ","))


def _title(text: str) -> str:
    """The activity's name: `text` without its "Activity 1:" and the bold around it."""
    text = _ACTIVITY.sub("", text.strip(), count=1).strip()
    marked = _MARKS.match(text)
    return (marked.group("inner") if marked else text).strip(" \t*_:")


def _rewrite_title(lines: list[str], index: int, span: str) -> str:
    """Write the span before the title at `index`; says which kind of line it was."""
    line = lines[index]
    heading = _HEADING.match(line)
    if heading is not None:
        lines[index] = f"{heading.group('hashes')} " + span.format(_title(heading.group("text")))
        return "heading"
    bullet = _BULLET.match(line)
    if bullet is not None:
        lead = f"{bullet.group('indent')}{bullet.group('bullet')}"
        lines[index] = f"{lead} " + span.format(_title(bullet.group("text")))
        return "bullet"
    indent = line[: len(line) - len(line.lstrip())]
    lines[index] = f"{indent}- " + span.format(_title(line))
    return "paragraph"


def _indent_under(lines: list[str], start: int, titles: set[int]) -> None:
    """Indent the lines after a paragraph activity's labelled line so they stay under it: up to
    the next activity or heading, across a blank line only to another labelled line or a list."""
    index = start
    while index < len(lines) and index not in titles:
        line = lines[index]
        if not line.strip():
            ahead = index + 1
            while ahead < len(lines) and not lines[ahead].strip():
                ahead += 1
            if ahead >= len(lines) or ahead in titles:
                return
            following = lines[ahead]
            if not (_LABELLED.match(following) or _BULLET.match(following)):
                return
            index = ahead
            continue
        if _HEADING.match(line):
            return
        lines[index] = "  " + line
        index += 1
