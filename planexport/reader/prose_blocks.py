"""A day of prose only whose sentences give a time (`## Friday — Welcome party` over `Drinks and
tacos on the beach, 5:00–9:00 PM.`; `## Fin de semana` over `Sábado/Domingo: trabajar en el
proyecto (2-3 horas).`): a block per such sentence, never a silent rest day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.model import Block, Variant
from planexport.reader.blocks import is_total, tidy
from planexport.reader.dates import month_day
from planexport.reader.day_headings import listed_weekdays, weekdays_of
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.prose_lengths import not_a_block

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.durations import Found

__all__ = ["labelled_length", "prose_blocks"]

Lines = dict[tuple[int, int, int], int]

_SENTENCE = lazy(r"(?<=[.!?])\s+(?=[^\s.])")
# "Sábado/Domingo:", "📚 Weekend -": days named at the start, which the day already says.
_LABEL = lazy(r"^[^\w]*(?P<label>[^\W\d_][^:]{0,40}?)\s*:\s*")
_CUT = " ,;:(-\u2013\u2014*_"
_SHORT = 200  # a line of plan, not a paragraph of advice


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _named(title: str) -> bool:
    """Whether a day's title names what happens (`Welcome party`), not only when (`Lunes`,
    `18 Nov`, `Fin de semana`)."""
    return (
        bool(re.search(r"[^\W\d_]", title))
        and not weekdays_of(Node("heading", 0, text=title))
        and month_day(title)[0] is None
    )


def _timed(sentence: str) -> Found | None:
    """The one span or length a sentence gives; None for none, two, or a total."""
    found = find_duration(sentence)
    if found is None or found.hi <= 0 or is_total(sentence):
        return None
    if find_duration(sentence, found.end) is not None:
        return None  # "9:00–11:00 or 14:00–16:00": which one is not said
    if found.at is not None:
        return found
    before = sentence[: found.start]
    # A length is planned in brackets or after a label (`Proyecto (2-3 horas)`, `Weekend: 2h`);
    # said in a sentence (`Sleep is 6h15.`) or as a tip it is no block.
    planned = before.count("(") > before.count(")") or _LABEL.match(before) is not None
    return found if planned and not_a_block(sentence) is None else None


def labelled_length(text: str) -> bool:
    """Whether a short line of prose plans a length after a label (`Weekend: project work
    (2-3 horas).`, `Extra: Wiederholung (1 Std.)`), as a day's line would."""
    first = _SENTENCE.split(text)[0]
    found = _timed(first) if len(text) <= _SHORT and _LABEL.match(first) else None
    return found is not None and found.at is None


def _title(sentence: str, found: Found) -> str:
    """The sentence cut at its time: `Drinks and tacos on the beach`; what follows the time when
    nothing comes before it; a leading label of days (`Sábado/Domingo:`) left out."""
    before = sentence[: found.start]
    label = _LABEL.match(before)
    if label is not None and listed_weekdays(label["label"]):
        before = before[label.end() :]
    title = tidy(unwrap(before.strip(_CUT)).strip(_CUT))
    if not re.search(r"[^\W\d_]", title):
        title = tidy(unwrap(sentence[found.end :].strip(_CUT + ".")).strip(_CUT + "."))
    return title


def prose_blocks(
    nodes: list[Node],
    spans: list[DaySpan],
    days: list[Day],
    lines: Lines,
    *,
    weeks: list[int | None],
    ctx: Ctx,
) -> list[Day]:
    """The days, each heading's day with no blocks and only prose below it given a block per
    sentence with one span (at its time) or one length, titled by the day's name when it has
    one and one such sentence, else by the sentence cut at its time; a time alone in such prose
    (`Meet at 10:00 AM.`) is said not to be read. `lines` gets the blocks' lines."""
    heads: dict[tuple[int | None, int], DaySpan] = {}
    for head, week in zip(spans, weeks, strict=False):
        if len(head.numbers) == 1 and head.start >= 0 and nodes[head.start].kind == "heading":
            heads[(week, head.numbers[0])] = head
    out = list(days)
    warned: set[int] = set()
    for index, day in enumerate(days):
        span = heads.get((day.week, day.number))
        if span is None or day.variants:
            continue
        below = nodes[span.start + 1 : span.end]
        if any(node.kind not in ("paragraph", "hr", "html") for node in below):
            continue
        found: list[tuple[str, Found, Node]] = []
        points: list[tuple[str, Node]] = []
        for node in below:
            if node.kind != "paragraph":
                continue
            for sentence in _SENTENCE.split(node.text):
                timed = _timed(sentence)
                if timed is not None:
                    found.append((sentence, timed, node))
                elif find_point_time(sentence) is not None:
                    points.append((sentence, node))
        blocks: list[Block] = []
        used: set[int] = set()
        for sentence, timed, node in found:
            title = _title(sentence, timed)
            if len(found) == 1 and _named(day.title):
                title = day.title  # "## Friday — Welcome party": the party is what happens
            if not title or timed.lo <= 0:
                continue  # "Stretching (0-10 min)": no length to give it, as in a list
            at = _hhmm(timed.at) if timed.at is not None else None
            lines[(index, 0, len(blocks))] = node.line
            blocks.append(Block(title=title, min_minutes=timed.lo, max_minutes=timed.hi, at=at))
            used.add(node.line)
        for sentence, node in points if not blocks else []:
            if node.line not in warned:
                warned.add(node.line)
                ctx.warn(
                    node.line,
                    f'"{_short(sentence)}" gives a time but no end or length: not read as a block',
                )
        if blocks:
            hours = round(sum(b.max_minutes for b in blocks) / 60, 2)
            single = {n.text for n in below if n.kind == "paragraph" and n.line in used}
            notes = tuple(
                note
                for note in day.notes
                if not (note in single and len(_SENTENCE.split(note)) == 1)
            )
            out[index] = day.model_copy(
                update={"variants": (Variant(hours=hours, blocks=tuple(blocks)),), "notes": notes}
            )
    return out
