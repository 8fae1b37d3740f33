"""A weekday heading with a clock span (`## Mardi 18h30/19h30`, `## Tuesday 6:30pm-7:30pm - Track`,
`## Dienstag 18:30/19:30 – Halle`) over prose and untimed bullets: the day's one block."""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.dates import date_in
from planexport.reader.durations import DASH, find_duration, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["weekday_span_headings"]

# "Mardi 18h30/19h30 - Stade", "**Tuesday**, 6:30pm/7:30pm: Track": the weekday, then the rest.
_HEAD = lazy(
    r"^(?P<lead>[*_\s]*)(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)(?P<close>[*_]*)[,:\s]+(?P<rest>\d.*)$"
)
_TIME = r"\d{1,2}(?:[:h.][0-5]\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}h"
# "18h30/19h30", "6:30pm / 7:30pm": a slash between two clock times is a span's dash; each side
# must say it is a time (minutes, `h` or am/pm), so that a date (`12/5`) is never one.
_SLASHED = lazy(
    r"^(?P<a>\d{1,2}(?:[:h.][0-5]\d|h)(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*/\s*"
    r"(?P<b>\d{1,2}(?:[:h.][0-5]\d|h)?(?:\s*[ap]\.?m\.?)?)(?![\d/])",
    re.IGNORECASE,
)
_AFTER = lazy(rf"^[\s*_]*(?:[{DASH}:|→·,]+\s*)?(?P<title>.*?)[\s*_]*$")
_LONGEST = 12 * 60  # a longer span is the day's window, not one session


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _span(rest: str) -> tuple[str, str] | None:
    """The span that starts `rest` as `18:30-19:30`, and the title after it; None when there is
    no span there."""
    slashed = _SLASHED.match(rest)
    if slashed is not None:
        rest = f"{slashed['a']}-{slashed['b']}{rest[slashed.end() :]}"
    found = find_duration(rest)
    if found is None or found.at is None or rest[: found.start].strip() or found.lo <= 0:
        return None
    if found.lo > _LONGEST:
        return None
    after = _AFTER.match(rest[found.end :])
    title = after["title"].strip() if after is not None else ""
    if title.startswith("(") or (title and title[0].isdigit()):
        return None  # "(2 h)", "19:45 …": more times or lengths than one span
    return f"{_clock(found.at)}-{_clock(found.at + found.lo)}", title


def _timed(text: str) -> bool:
    return find_duration(text) is not None


def _clocked(text: str) -> bool:
    found = find_duration(text)
    return (found is not None and found.at is not None) or start_time(text) is not None


def _lines(items: list[Item]) -> list[str]:
    return [text for item in items for text in (item.text, *_lines(item.children))]


def weekday_span_headings(nodes: list[Node]) -> list[Node]:
    """`nodes` with each weekday heading that holds a clock span written as that weekday alone
    over one list line of the span and its title (`- 18:30-19:30 Stade municipal`), the lines
    under the heading (paragraphs, bullets) its items: the day's one block, pinned to the span,
    titled by the text after the span or else by its first line.

    Only a heading whose lines below are paragraphs and lists with no clock time of their own,
    fewer of them with a length than without (`15 à 20 minutes d'échauffement` among untimed
    bullets is a part of the session), and something to title the block with."""
    out: list[Node] = []
    index = 0
    while index < len(nodes):
        node = nodes[index]
        index += 1
        read = _heading(node)
        if read is None:
            out.append(node)
            continue
        name, span, title = read
        end = index
        while end < len(nodes) and not (
            nodes[end].kind == "heading" and nodes[end].level <= node.level
        ):
            end += 1
        below = nodes[index:end]
        if not _fits(below, title):
            out.append(node)
            continue
        children: list[Item] = []
        if not title and below[0].kind == "paragraph" and "\n" not in below[0].text.strip():
            title, below = below[0].text.strip(), below[1:]  # its first line names it
        for part in below:
            if part.kind == "paragraph":
                children.append(Item(part.text, part.line))
            else:
                children.extend(part.items)
        first = Item(f"{span} {title}".strip(), node.line, children=children)
        out.append(dataclasses.replace(node, text=name))
        out.append(Node("list", nodes[index].line if end > index else node.line, items=[first]))
        index = end
    return out


def _heading(node: Node) -> tuple[str, str, str] | None:
    """A weekday heading's weekday (as written), span and title, or None."""
    if node.kind != "heading":
        return None
    if (led := _led_span(node.text)) is not None:
        return led
    first = node.text.strip("*_ ").split(maxsplit=1)
    if (
        len(first) < 2
        or fold(first[0].rstrip(",:*_")) not in WEEKDAYS
        or not first[1][:1].isdigit()
    ):
        return None  # most headings: no weekday, then a digit
    match = _HEAD.match(node.text)
    if match is None or len(match["name"]) < 5 or fold(match["name"]) not in WEEKDAYS:
        return None
    read = _span(match["rest"])
    if read is None:
        return None
    return f"{match['lead']}{match['name']}{match['close']}".strip(), *read


def _is_lead(lead: str) -> bool:
    """Whether the words before a heading's span name its day: a weekday (`Tuesday`), a date
    (`26 April`, `March 5`) or both (`Monday, 26 April`), and nothing else."""
    words = lead.replace(",", " ").split()
    if len(words) == 1 and len(words[0]) >= 5 and fold(words[0]) in WEEKDAYS:
        return True
    _, match = date_in(lead, None)
    if match is None:
        return False
    rest = f"{lead[: match.start()]} {lead[match.end() :]}".replace(",", " ").split()
    return len(rest) <= 1 and all(fold(word) in WEEKDAYS for word in rest)


def _led_span(text: str) -> tuple[str, str, str] | None:
    """A heading whose span is in brackets after its day (`Tuesday (09:30 - 12:00)`) or after a
    date (`26 April 16:00-19:30`, `Monday, 26 April (16:00 - 19:30) - Review`): the day as
    written, the span and the title after it; None for any other heading."""
    text = text.strip("*_ ")
    found = find_duration(text) if any(map(str.isdigit, text)) else None
    if found is None or found.at is None or not 0 < found.lo <= _LONGEST:
        return None
    lead, tail = text[: found.start].rstrip(), text[found.end :].strip()
    if lead.endswith("("):
        if not tail.startswith(")"):
            return None
        lead, tail = lead[:-1].rstrip(), tail[1:]
    lead = lead.rstrip(f"{DASH}:,|*_ ")
    if not lead or not _is_lead(lead):
        return None
    after = _AFTER.match(tail)
    title = after["title"].strip() if after is not None else ""
    if title.startswith("(") or (title and title[0].isdigit()):
        return None
    return lead, f"{_clock(found.at)}-{_clock(found.at + found.lo)}", title


def _fits(below: list[Node], title: str) -> bool:
    """Whether the lines under the heading are its session's: prose and untimed bullets."""
    if any(part.kind not in ("paragraph", "list") for part in below):
        return False
    lines = [
        text
        for part in below
        for text in ([part.text] if part.kind == "paragraph" else _lines(part.items))
    ]
    if not lines and not title:
        return False
    if any(_clocked(text) for text in lines):
        return False  # "- 18:30 Warm-up": the day's own agenda, read as it is
    timed = sum(_timed(text) for text in lines)
    return timed * 2 < len(lines) or (timed == 0 and bool(title))
