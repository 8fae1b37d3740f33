"""A typical day's timetable above weekday days that give no time of their own.

`## A Typical Day` over `| 9:00 am | standup |` … `| 1:00 pm | go home |`, then `### Monday`
and `### Tuesday` with untimed bullets: each weekday holds the typical day, and its bullets
are the items of the block they are listed under (`Lecture:`), else of its longest block.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import Ctx
from planexport.reader.daily_template import says_daily
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.sections import timed, variants
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["typical_day", "typical_items"]

# "A Typical Day", "Typischer Tag", "Un día típico", "Une journée type", "Una giornata tipo",
# "Um dia típico", "Een typische dag", "A normal day", "Ein normaler Tag": the usual day.
_TYPICAL = lazy(
    r"(?<!\w)(?:typical|usual|normal\w*|standard|regular|typisch\w*|gewohnlich\w*|ublich\w*"
    r"|tipic[oa]s?|tipo|habitual|type|typique|habituel\w*|solit[oa]|padrao|comum|gewone?)(?!\w)"
)
_DAY = lazy(r"(?<!\w)(?:days?|tage?s?|dias?|jours?|journee|giornata|giorno|dag|jornada)(?!\w)")
# "Lecture:", "**Lab:** Agile": a label over the bullets below it.
_LABEL = lazy(r"^[*_\s]*(?P<label>[^:*_]{2,40}?)[*_\s]*:[*_\s]*(?P<rest>.*)$")


def _typical_heading(text: str) -> bool:
    words = fold(unwrap(text))
    typical = _TYPICAL.search(words) is not None and _DAY.search(words) is not None
    return typical or says_daily(text)


def typical_day(
    nodes: list[Node], spans: list[DaySpan], inside: set[int], ctx: Ctx
) -> tuple[list[RawBlock], set[int]]:
    """The blocks of a timetable under a heading that calls it the typical day (`## A Typical
    Day`), before weekday days none of which gives a time; the node it was read from."""
    if any(span.weekday is None or span.table is not None for span in spans) or any(
        timed(nodes[max(span.start, 0) : span.end]) for span in spans
    ):
        return [], set()
    first = min(span.start for span in spans)
    heading: Node | None = None
    for idx in range(first):
        node = nodes[idx]
        if node.kind == "heading":
            heading = node
        if node.kind != "table" or idx in inside or heading is None:
            continue
        if not _typical_heading(heading.text):
            continue
        quiet = Ctx(ctx.source)
        body = variants([node], quiet)
        if len(body.variants) != 1:
            continue
        blocks = body.variants[0][1]
        if len(blocks) >= 2 and all(raw.at is not None for raw in blocks):
            ctx.warnings += quiet.warnings  # said once, not once a weekday
            return blocks, {idx}
    return [], set()


def typical_items(blocks: list[RawBlock], lines: list[Node]) -> set[str]:
    """Give a day's bullets to the blocks of the typical day it holds: those listed under a
    label that names a block (`Lecture:` over `- intro`) to that block, the others to the
    longest block. The texts given, so that they are no longer the day's notes."""
    longest = max(blocks, key=lambda raw: raw.hi)
    target = longest
    given: set[str] = set()
    for node in lines:
        if node.kind == "paragraph":
            label = _LABEL.match(unwrap(node.text))
            named = _named(blocks, label["label"]) if label is not None else None
            target = named or longest
            if named is not None and label is not None and not label["rest"].strip():
                given.add(node.text)  # "Lecture:" says where its bullets go, and nothing more
        elif node.kind == "list":
            target.items = [*target.items, *node.items]
            given.update(item.text for item in node.items)
            target = longest
    return given


def _named(blocks: list[RawBlock], label: str) -> RawBlock | None:
    """The block a label names: the same words first, then one whose words hold the label's or
    are held by them (`Afternoon Lecture` names `lecture`)."""
    words = set(re.findall(r"[a-z]+", fold(label)))
    if not words:
        return None
    titled = [(raw, set(re.findall(r"[a-z]+", fold(raw.title)))) for raw in blocks]
    exact = next((raw for raw, own in titled if own == words), None)
    if exact is not None:
        return exact
    return next((raw for raw, own in titled if own and (own <= words or words <= own)), None)
