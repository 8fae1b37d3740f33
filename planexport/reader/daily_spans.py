"""A line outside the days that gives one clock span for every day (`- Horaires : tous les jours
de 9h à 13h`, `Every day 9:00–13:00: training`, `Täglich von 9 bis 13 Uhr: Kurs`, `Todos los
días de 9:00 a 13:00: formación`): that block in each day of the plan, in time order.

Only a line that says every day or each day in so many words (`chaque après-midi`, `every day
but Friday` are not) and gives one span of clock time for what is no meal or break (a daily
`Almuerzo: 12:00-13:00` is a gap, not a block). A day whose own pinned block falls in that
time, or that says it is a day off, keeps its own, and one warning names such days; when no
day takes it (`Horario: cada día de 8:30 a 14:00` over the day's own timetable), the line stays
unread, as before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.model import Block, Variant
from planexport.reader.blocks import is_break, is_total, tidy
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.opening_hours import opening_hours
from planexport.reader.outline import unwrap
from planexport.reader.worded_spans import worded_span
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["daily_spans"]

Lines = dict[tuple[int, int, int], int]

# "every day", "each day", "daily", "täglich", "jeden Tag", "todos los días", "cada día",
# "tous les jours", "chaque jour", "ogni giorno", "tutti i giorni", "todos os dias", "cada dia",
# "elke dag", "iedere dag", "dagelijks" (folded: no accents)
_EVERY = lazy(
    r"(?<!\w)(?:every\s*day|each\s+day|daily|taglich|jeden\s+tag|alle\s+tage"
    r"|todos\s+los\s+dias|cada\s+dia|a\s+diario|diariamente|tous\s+les\s+jours|chaque\s+jour"
    r"|quotidiennement|ogni\s+giorno|tutti\s+i\s+giorni|quotidianamente|todos\s+os\s+dias"
    r"|elke\s+dag|iedere\s+dag|dagelijks)(?!\w)"
)
# "every day except Friday", "sauf le dernier jour": not every day, and which ones is not said
_BUT = lazy(
    r"(?<!\w)(?:except|but|apart|save|sauf|hormis|au(?:ss|ß)er|ausser|ausgenommen|excepto|salvo"
    r"|menos|tranne|eccetto|exceto|behalve|uitgezonderd|op\s+\w+\s+na)(?!\w)"
)
# A day that says it has nothing planned: "Rest", "Repos", "Ruhetag", "Descanso", "Riposo",
# "Folga", "Rustdag", "Day off", "Libre", "Frei".
_OFF = lazy(
    r"(?<!\w)(?:rest|off|free|repos|libre|ruhe\w*|frei\w*|descanso|riposo|libero|folga"
    r"|rust\w*|vrij\w*)(?!\w)"
)
_CUT = " ,;:.!()-\u2013\u2014*_"
_SHORT = 160


def daily_spans(
    nodes: list[Node], inside: set[int], days: list[Day], lines: Lines, ctx: Ctx
) -> list[Day]:
    """The days, each given the block of a line outside them that gives one clock span for
    every day; the line's warning that it is in no day is dropped. `lines` gets their lines."""
    if not days:
        return days
    found = [
        (line, text, block)
        for idx, node in enumerate(nodes)
        if idx not in inside
        for line, text in _lines(node)
        if (block := _daily(text)) is not None
    ]
    out = list(days)
    for line, text, block in found:
        left = [
            day.title or str(day.number)
            for day in out
            if (_OFF.search(fold(day.title)) and not day.variants)
            or any(_overlaps(block, own) for v in day.variants for own in v.blocks)
        ]
        if len(left) == len(out):
            continue  # "Horario: cada día de 8:30 a 14:00" over the day's own timetable
        for index, day in enumerate(out):
            if (day.title or str(day.number)) not in left:
                out[index] = _with(day, block, index, line, lines)
        ctx.warnings = [
            w for w in ctx.warnings if not (w.line == line and w.message.endswith("not read"))
        ]
        if left:
            short = text if len(text) <= 60 else text[:57] + "…"
            ctx.warn(
                line,
                f'"{short}": read as a block of every day but {", ".join(left)}, '
                "whose own blocks fall in its time or that are days off",
            )
    return out


def _lines(node: Node) -> list[tuple[int, str]]:
    """The one-line paragraph or the list items of a node, with their lines."""
    if node.kind == "paragraph" and "\n" not in node.text.strip():
        return [(node.line, unwrap(node.text))]
    if node.kind == "list":
        return [(item.line, unwrap(item.text)) for item in node.items]
    return []


def _daily(text: str) -> Block | None:
    """The block a line gives every day (`Horaires : tous les jours de 9h à 13h`), else None."""
    folded = fold(text)
    every = _EVERY.search(folded)
    if every is None or len(text) > _SHORT or _BUT.search(folded) or is_total(text):
        return None
    if opening_hours(text):
        return None  # "ufficio del turismo (aperto tutti i giorni 10:00–20:00)": a place's hours
    found = find_duration(text)
    if found is None or found.at is None:
        # "Ogni giorno dalle 9 alle 13: lezioni": hours a word joins, after the days' words
        spanned = worded_span(text[every.end() :].lstrip(" ,:"))
        if spanned is not None:
            text = f"{text[: every.end()]} {spanned}"
            found = find_duration(text)
    if found is None or found.at is None or not found.sure:
        return None
    if find_duration(text, found.end) is not None:
        return None  # "9:00–13:00 and 14:00–17:00": two spans, not one block
    title = _title(text, found, every.start(), every.end())
    if not title or is_break(title):
        return None  # "**Almuerzo**: 12:00-13:00 (todos los días)": a meal is a gap, no block
    at = f"{found.at // 60 % 24:02d}:{found.at % 60:02d}"
    return Block(title=title, min_minutes=found.lo, max_minutes=found.hi, at=at)


def _title(text: str, found: Found, start: int, end: int) -> str:
    """What the line names besides its days and time: `formation` after `Chaque jour de 9h à
    13h :`, else the label before them (`Horaires`)."""
    after = text[found.end :]
    if start >= found.end:
        after = after[: start - found.end] + after[end - found.end :]  # "(todos los días)"
    after = tidy(after.strip(_CUT)).strip(_CUT)
    if re.search(r"[^\W\d_]", after):
        return after
    # the folded text has the same length as the text for the words these lines use
    before = text[: min(start, found.start)] + " " + text[end : found.start]
    before = re.sub(r"(?<!\w)(?:de|from|von|van|des|das|dalle|desde|du)\s*$", "", before.strip())
    return tidy(before.strip(_CUT)).strip(_CUT)


def _overlaps(block: Block, own: Block) -> bool:
    """Whether a day's own pinned block falls in the daily block's time."""
    if own.at is None or block.at is None:
        return False
    start = _minutes(block.at)
    other = _minutes(own.at)
    return other < start + block.max_minutes and start < other + own.max_minutes


def _minutes(at: str) -> int:
    hours, minutes = at.split(":")
    return int(hours) * 60 + int(minutes)


def _with(day: Day, block: Block, index: int, line: int, lines: Lines) -> Day:
    """`day` with `block` in each of its variants, in time order; `lines` re-keyed to match."""
    if not day.variants:
        lines[(index, 0, 0)] = line
        variant = Variant(hours=round(block.max_minutes / 60, 2), blocks=(block,))
        return day.model_copy(update={"variants": (variant,)})
    variants = []
    for v_index, variant in enumerate(day.variants):
        spot = next(
            (
                i
                for i, own in enumerate(variant.blocks)
                if own.at is not None and _minutes(own.at) > _minutes(block.at or "0:0")
            ),
            len(variant.blocks),
        )
        for i in range(len(variant.blocks) - 1, spot - 1, -1):
            if (index, v_index, i) in lines:
                lines[(index, v_index, i + 1)] = lines.pop((index, v_index, i))
        lines[(index, v_index, spot)] = line
        blocks = (*variant.blocks[:spot], block, *variant.blocks[spot:])
        hours = round(variant.hours + block.max_minutes / 60, 2)
        variants.append(Variant(hours=hours, blocks=blocks))
    return day.model_copy(update={"variants": tuple(variants)})
