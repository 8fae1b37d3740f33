"""A weekly timetable kept in TOML front matter as a list of features, as Hugo course sites write
it (the "featurette" widget): one `[[feature]]` table per weekday, its times in a description::

    +++
    title = "Timetable"

    [[feature]]
      icon = "university"
      name = "Monday"
      description = "Lecture - 10:15-11:30am <br> Hall 2 <br> Office hour - 1-2pm"
    +++

The reader keeps front matter out of the plan (only its title is read), so such a page had no
days. This pass writes the week into the lines the front matter leaves blank, inside each
feature's own lines: `## Monday` where the table opens, then `- 10:15-11:30am Lecture` for each
part of the description that holds a clock span, the untimed parts after it (`Hall 2`) as its
items. The parts are cut at `<br>` and `;`, and at a comma before a span (`10:15-11:30am (Ann),
1:45-3:00pm (Bo)`). An untimed part before any span (`Lab sessions <br> 1:45-3:00pm, Room 7`) is
the title of the spans after it that have none. Spans listed as choices (`…, or 5:15-6:30pm`)
are one session: the first is read, the others named in a warning. Only features that are all
named by a weekday are read, and only when one of them holds a span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.table_weekly import weekday_of

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["front_features"]

_TABLE = lazy(r"^\s*\[\[\s*[\w.-]+\s*\]\]\s*(?:#.*)?$")
_KEY = lazy(r"""^\s*(?P<key>name|description)\s*=\s*(?P<q>["'])(?P<value>.*)(?P=q)\s*(?:#.*)?$""")
# A clock span (`10:15-11:30am`, `2-4pm`); one with neither a minute nor a meridiem is no time.
_SPAN = lazy(
    r"(?<![\w:.])(?P<span>\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?\s*[-\u2013\u2014]\s*"
    r"\d{1,2}(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?)(?![\w:])",
    re.IGNORECASE,
)
_SAYS_TIME = lazy(r":[0-5]\d|\d\s*[ap]\.?m", re.IGNORECASE)
_PARTS = lazy(r"<br\s*/?>|;", re.IGNORECASE)
_OR = lazy(r"^(?:or|oder|ou|o)\s+", re.IGNORECASE)
_EDGE = " \t-\u2013\u2014:,"


@dataclass
class _Item:
    """One timed part: its span, its title (its own or the lead's), and the parts after it."""

    span: str
    title: str
    own: bool
    choice: bool
    places: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)


@dataclass
class _Feature:
    """One `[[…]]` table: the line that opens it, the last line it holds, its name and text."""

    first: int
    last: int
    name: tuple[int, str] | None = None
    description: tuple[int, str] | None = None


def front_features(text: str, body: str, ctx: Ctx) -> str:
    """The body with the TOML front matter's weekday features written into its blank lines, or
    the body as it is when the text has none that give clock times."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "+++":
        return body
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "+++"), None)
    if end is None:
        return body
    features = _features(lines, end)
    named = [f for f in features if f.name is not None]
    if not named or any(weekday_of(f.name[1]) is None for f in named if f.name is not None):
        return body
    if not any(f.description and _spans(f.description[1]) for f in named):
        return body
    out = body.split("\n")
    for feature in named:
        _write(feature, out, ctx)
    return "\n".join(out)


def _features(lines: list[str], end: int) -> list[_Feature]:
    """The `[[…]]` tables of the front matter, each with its name and description."""
    features: list[_Feature] = []
    for i in range(1, end):
        if _TABLE.match(lines[i]):
            if features:
                features[-1].last = i - 1
            features.append(_Feature(i, end - 1))
            continue
        key = _KEY.match(lines[i])
        if key is not None and features:
            setattr(features[-1], key["key"], (i, key["value"].strip()))
    return features


def _write(feature: _Feature, out: list[str], ctx: Ctx) -> None:
    """Write one feature as a weekday heading over its timed parts, within its own lines."""
    assert feature.name is not None
    out[feature.first] = f"## {feature.name[1]}"
    if feature.description is None:
        return
    line, description = feature.description
    items = _items(description)
    if not items:
        ctx.warn(line + 1, f'"{feature.name[1]}" gives no clock times: not read')
        return
    room = feature.last - feature.first
    rows = [(item, bool(item.places)) for item in items]
    if sum(1 + places for _, places in rows) > room:
        rows = [(item, False) for item in items]  # too few lines: the places are left out
    at = feature.first + 1
    for item, places in rows:
        if at > feature.last:
            ctx.warn(line + 1, f'"{item.title} {item.span}" has no line to be read on: not read')
            continue
        out[at] = f"- {item.span} {item.title}".rstrip()
        at += 1
        if places:
            out[at] = f"  - {', '.join(item.places)}"
            at += 1
        if item.others:
            ctx.warn(
                line + 1,
                f'"{item.title}" is offered at {item.span} or '
                f"{' or '.join(item.others)}: the first is read",
            )


def _spans(text: str) -> list[re.Match[str]]:
    """The clock spans of a text, each with a minute or a meridiem (`1-4-1-13` is a room)."""
    return [m for m in _SPAN.finditer(text) if _SAYS_TIME.search(m["span"])]


def _items(description: str) -> list[_Item]:
    """The timed parts of a description, each with the untimed parts after it; choices given
    as a list (`A, B, or C`) folded into the first."""
    items: list[_Item] = []
    lead = ""
    for written in _parts(description):
        choice = _OR.match(written) is not None
        part = _OR.sub("", written)
        found = _spans(part)
        if not found:
            if items:
                items[-1].places.append(part)
            else:
                lead = part.strip(_EDGE)
            continue
        span = found[0]
        before = part[: span.start()].strip(_EDGE)
        after = part[span.end() :].strip(_EDGE).removeprefix("(").removesuffix(")").strip()
        title = before or (items[-1].title if items and not lead else lead)
        items.append(_Item(span["span"], title, bool(before), choice, [after] if after else []))
    return _folded(items)


def _parts(description: str) -> list[str]:
    """The parts of a description: cut at `<br>` and `;`, and at a comma before a span."""
    parts: list[str] = []
    for piece in _PARTS.split(description):
        starts = [m.start() for m in _spans(piece)]
        cuts = [0]
        for start in starts[1:]:
            comma = piece.rfind(",", cuts[-1], start)
            if comma >= 0 and not _spans(piece[comma + 1 : start]):
                cuts.append(comma + 1)
        cuts.append(len(piece))
        parts += [piece[a:b].strip(" ,") for a, b in pairwise(cuts)]
    return [part for part in parts if part]


def _folded(items: list[_Item]) -> list[_Item]:
    """Runs of spans under one title whose last is a choice (`or 5:15-6:30pm`): one item, the
    first, with the other spans named."""
    folded: list[_Item] = []
    run: list[_Item] = []
    for item in [*items, None]:
        if item is not None and run and not item.own and item.title == run[0].title:
            run.append(item)
            continue
        if run and any(other.choice for other in run[1:]):
            first = run[0]
            first.others = [other.span for other in run[1:]]
            folded.append(first)
        else:
            folded += run
        run = [item] if item is not None else []
    return folded
