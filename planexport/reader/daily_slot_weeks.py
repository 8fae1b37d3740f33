"""A daily format over weeks: `## Formato diário` (`## Daily format`, `## Tagesablauf`) over
timed slot headings (`### Slot 1 — Carro manhã (30min) · ÁUDIO`, `### Slot 2 — Casa (60min)`),
and elsewhere weeks or ranges of weeks (`### SEMANAS 1–2 · 17/05 a 30/05 · SUAS`, `### SEMANA 3
· 31/05 a 06/06 · NOB`) over what each week is about, with no day of their own.

Each week heading is a day of the plan, in the order written, titled by its heading: its blocks
are the daily slots, its lines are its notes (a timed line in one of them too: `**05/09:**
30min — relê anotações`). Only when most weeks hold nothing timed of their own. A slot named
optional (`Slot bônus`, `Extra slot`, `Optional`) is no block of every week: said once, with
its line.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.daily_template import says_daily
from planexport.reader.days import DaySpan
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, section_end, unwrap
from planexport.reader.sections import timed
from planexport.reader.words import WEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["daily_slot_weeks"]

# "SEMANAS 1–2 · 17/05 a 30/05", "Semana 3", "Weeks 5-6: …", "Woche 7 bis 8": a week, or a
# range of weeks, that starts its heading.
_WEEKS = lazy(
    rf"^[\W_]*{WEEK_WORDS}\s*\d+(?:\s*(?:[-–—]|a|to|bis|à|al|tot|t/m)\s*\d+)?(?!\s*[:.h]\d)\b",
    re.IGNORECASE,
)
# "(30min)", "(60min = 2× Pomodoro 30min)": a slot's length, first in its brackets.
_BRACKET = lazy(r"\((?P<len>[^()=]*\d[^()=]*?)(?:\s*=[^()]*)?\)")
# "13h", "7h" alone before the brackets: the hour the slot starts.
_HOUR = lazy(r"(?<![\w:.,])(?P<h>[01]?\d|2[0-3])\s*h(?![\w:.,])")
# "Slot bônus", "Extra slot", "Optional: …", "Zusatz", "facultatif": a slot for some days only.
_OPTIONAL = lazy(
    r"(?<!\w)(?:b[oô]nus|extra|optional|opcional|facultati\w*|facoltativ\w*|optioneel|zusatz\w*"
    r"|freiwillig\w*|if time|se sobrar|si sobra)(?!\w)",
    re.IGNORECASE,
)


def daily_slot_weeks(nodes: list[Node], ctx: Ctx) -> list[DaySpan]:
    """The weeks as days holding the daily slots, with the daily section as a guide span (read
    here, not a day); [] when the plan is not of that shape."""
    weeks = [
        j
        for j, node in enumerate(nodes)
        if node.kind == "heading" and len(node.text) <= 160 and _WEEKS.match(unwrap(node.text))
    ]
    if len(weeks) < 2:
        return []
    for idx, node in enumerate(nodes):
        if node.kind == "heading" and idx not in weeks and says_daily(node.text):
            # "### Semanas 1-2" right after the slots, at their level: the daily part ends there.
            end = min(section_end(nodes, idx), next((w for w in weeks if w > idx), len(nodes)))
            slots = _slots(nodes, idx, end)
            if len(slots) >= 2:
                return _weeks(
                    nodes, (idx, end), [w for w in weeks if not idx < w < end], slots, ctx
                )
    return []


def _slots(nodes: list[Node], start: int, end: int) -> list[int]:
    """The headings right under the daily heading that give a length and no time of day."""
    heads = [j for j in range(start + 1, end) if nodes[j].kind == "heading"]
    if not heads:
        return []
    level = min(nodes[j].level for j in heads)
    out = []
    for j in heads:
        found = find_duration(unwrap(nodes[j].text))
        if nodes[j].level == level and found is not None and found.at is None:
            out.append(j)
    return out


def _weeks(
    nodes: list[Node], daily: tuple[int, int], weeks: list[int], slots: list[int], ctx: Ctx
) -> list[DaySpan]:
    from planexport.reader.table_weekly import TableDay

    if len(weeks) < 2 or len({nodes[j].level for j in weeks}) > 1:
        return []
    ends = [
        min(section_end(nodes, j), next((w for w in weeks if w > j), len(nodes))) for j in weeks
    ]
    own = sum(1 for j, end in zip(weeks, ends, strict=True) if timed(nodes[j + 1 : end]))
    if 2 * own >= len(weeks):
        return []  # weeks that hold their own timed lines are read as weeks of days
    optional = [j for j in slots if _OPTIONAL.search(fold(unwrap(nodes[j].text)))]
    blocks = [b for j in slots if j not in optional and (b := _slot(nodes, j, ctx)) is not None]
    if len(blocks) < 2:
        return []
    for j in optional:
        text = tidy(unwrap(nodes[j].text))
        ctx.warn(nodes[j].line, f'"{text}" is for some days only: not a block of every week')
    head, end = daily
    spans = [DaySpan(head, end, nodes[head].line, [0], "", nodes[head].level, guide=True)]
    for number, (j, end) in enumerate(zip(weeks, ends, strict=True), start=1):
        title = tidy(unwrap(nodes[j].text))
        day = TableDay(nodes[j].line, title, blocks=[copy.copy(b) for b in blocks])
        day.notes = _notes(nodes[j + 1 : end])
        spans.append(DaySpan(j, end, nodes[j].line, [number], title, nodes[j].level, table=day))
    return spans


def _slot(nodes: list[Node], idx: int, ctx: Ctx) -> RawBlock | None:
    """The block a slot heading gives: its length in brackets (`(60min = 2× Pomodoro 30min)` is
    60 minutes), a bare hour before them its start (`Carro volta 13h (30min)` starts at 13:00),
    its note the words after `·` (`· ÁUDIO`), then its lines."""
    from planexport.reader.blocks import Ctx as Quiet
    from planexport.reader.blocks import try_block

    text = unwrap(nodes[idx].text)
    bracket = _BRACKET.search(text)
    at = None
    if bracket is not None and (length := find_duration(bracket.group("len"))) is not None:
        before = text[: bracket.start()]
        hour = _HOUR.search(before)
        if hour is not None:
            at = int(hour.group("h")) * 60
            before = before[: hour.start()] + before[hour.end() :]
        text = f"{before.rstrip()} ({length.text}){text[bracket.end() :]}"
    block = try_block(text, [], nodes[idx].line, Quiet(ctx.source))
    if block is None or block.at is not None:
        return None
    block.at = at
    kind = (block.note or "").strip("·•|-–— ")  # "· ÁUDIO"
    lines = [kind, *_notes(nodes[idx + 1 : section_end(nodes, idx)])]
    block.note = "; ".join(line for line in lines if line)[:300] or None
    return block


def _notes(nodes: list[Node]) -> list[str]:
    """A week's lines, as its notes: paragraphs and list items (nested ones too), in order."""
    notes: list[str] = []
    for node in nodes:
        if node.kind == "paragraph" and node.text.strip():
            notes.append(tidy(node.text))
        stack: list[Item] = list(reversed(node.items))
        while stack:
            item = stack.pop()
            notes.append(tidy(item.text))
            stack.extend(reversed(item.children))
    return [note for note in notes if note]
