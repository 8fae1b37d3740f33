"""Steps written once for every day (`## Daily Schedule`); `Day N:` lines run together."""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.routine_parts import routine_parts
from planexport.reader.sentence_steps import sentence_steps
from planexport.reader.trailing_daily import daily_label
from planexport.reader.words import DAY_WORDS, WEEKDAYS, WEEKEND_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock

__all__ = ["daily_steps", "says_daily", "split_day_lines"]

# "## Daily Schedule", "## Rules (do these every day)", "### Tagesablauf", "Rutina diaria": a
# heading over what each day holds.
_DAILY = lazy(
    r"(?<!\w)(?:daily|every\s*day|each\s*day|everyday|t[aä]glich\w*|jeden\s*tag|tagesablauf"
    r"|diari[oa]s?|di[aá]ri[oa]s?|cada\s*d[ií]a|todos\s*los\s*d[ií]as|todos\s*os\s*dias"
    r"|todo\s*dia|chaque\s*jour|quotidien\w*|journali[eè]r\w*|ogni\s*giorno|giornalier\w*"
    r"|quotidian\w*|dagelijks\w*|elke\s*dag|dagritme"
    # "Evening Schedule (2.5 hours):" in a part-time plan: what each evening holds
    r"|evening\s+(?:schedule|routine)|abendplan|abendroutine)(?!\w)",
    re.IGNORECASE,
)
# "Day 2:" inside a paragraph: where the next day's line starts.
_DAY_AT = lazy(rf"(?:^|(?<=\s))[*_]*{DAY_WORDS}\s*\d+(?:\s*[-–]\s*\d+)?\s*[*_]*\s*:", re.I)


def says_daily(heading: str) -> bool:
    """Whether a heading says that what is below it is for every day (`## Daily Schedule`)."""
    return _DAILY.search(fold(unwrap(heading))) is not None


def split_day_lines(nodes: list[Node], lines: list[str] | None = None) -> list[Node]:
    """A paragraph of `Day 1: …` lines (no list markers, so Markdown runs them together): a
    day line each, as `- Day 1: …` items would be; so is a list of one such item beside lists
    of several. A paragraph whose day lines stand over timed lines of their own (`Day 1:
    Basics` / `Watch the intro (30 min)`) is left whole, for `day_lines` to read."""
    out: list[Node] = []
    listed = any(
        n.kind == "list" and len(n.items) >= 2 and all(_DAY_AT.match(i.text) for i in n.items)
        for n in nodes
    )
    for node in nodes:
        if (
            listed
            and node.kind == "list"
            and len(node.items) == 1
            and _DAY_AT.match(node.items[0].text)
        ):
            # "- Day 14: Final review" alone under "## Week 2", beside lists of such days.
            item = node.items[0]
            out.append(Node("paragraph", item.line, text=f"**{item.text.strip('*_')}**"))
            if item.children:
                out.append(Node("list", item.children[0].line, items=item.children))
            continue
        starts = (
            [m.start() for m in _DAY_AT.finditer(node.text)] if node.kind == "paragraph" else []
        )
        if len(starts) < 2 or starts[0] != 0 or _lines_under_days(node, lines):
            out.append(node)
            continue
        ends = [*starts[1:], len(node.text)]
        for offset, (start, end) in enumerate(zip(starts, ends, strict=True)):
            line = node.text[start:end].strip()
            # One day a line, as written: the lines keep their own numbers.
            out.append(Node("paragraph", node.line + offset, text=f"**{line.strip('*_')}**"))
    return out


def _lines_under_days(node: Node, lines: list[str] | None) -> bool:
    """Whether a paragraph's source lines put a timed line that is no day line under a day
    line (`Day 1: Basics` over `Watch the intro video (30 min)`)."""
    from planexport.reader.day_lines import raw_lines
    from planexport.reader.durations import find_duration

    texts = raw_lines(node, lines) if lines is not None else None
    return texts is not None and any(
        _DAY_AT.match(text) is None and find_duration(text) is not None for text in texts[1:]
    )


def daily_steps(
    nodes: list[Node], inside: set[int], ctx: Ctx, *, tables: bool = False
) -> tuple[list[RawBlock], set[int]]:
    """The timed steps of a list under a heading that says they are for every day, outside the
    days (`## Daily Schedule` over `- 2 hours: Concept lessons`), or the rows of a timetable
    there when the days are headings (`## Standard Daily Timetable` over `| 8:00–9:00 |
    Exercise |`, `tables`); the lines they were read from.

    The steps may be sub-headings with a length, the parts of the day (`### Morning (1 hour)`
    over its points, `### Evening (30 minutes)`), each a step with its points as items. A
    weekend's part (`### Weekend (2-3 hours)`, `4. **Weekend**: Mock interview`) is not each
    day's: the steps end at a weekend heading, and a weekend item is left out of the list."""
    from planexport.reader.blocks import Ctx as Quiet
    from planexport.reader.blocks import try_block

    before = min(inside, default=len(nodes))  # the first day's first node
    for idx, node in enumerate(nodes):
        if idx < before and (said := sentence_steps(node, Quiet(ctx.source))) is not None:
            return said, {node.line}  # "Each day: Coding (45m) + Debrief (15m)." before the days
        if idx not in inside and idx + 1 < len(nodes) and daily_label(node):
            # "Daily Learning Structure (1.5 hours):" over "- 20 min: Theory", after the days
            steps = list_steps(nodes[idx + 1], Quiet(ctx.source))
            if steps is not None:
                return steps, {node.line, *(item.line for item in nodes[idx + 1].items)}
        if node.kind != "heading" or idx in inside or not says_daily(node.text):
            continue
        end = next(
            (j for j in range(idx + 1, len(nodes)) if _closes(nodes[j], node.level)), len(nodes)
        )
        first = next((j for j in range(idx + 1, end) if j in inside), None)
        if first is not None and not (
            tables and any(nodes[j].kind == "table" for j in range(idx + 1, first))
        ):
            # "# Daily routine" over the plan's days: a title, not a routine of theirs; but
            # "## Daily Schedule" over its timetable, then "### Day 1": the days' hours
            continue
        quiet = Quiet(ctx.source)  # a list that is no template says nothing
        parts: list[RawBlock] = []
        used: set[int] = {node.line}
        lists: dict[int, list[Node]] = {}  # the lists under each part, by its place
        for j in range(idx + 1, len(nodes)):
            below = nodes[j]
            if j in inside or (below.kind == "heading" and below.level <= node.level):
                break
            if below.kind == "heading":
                if _weekend(below.text):
                    break  # "### Weekend (2-3 hours)": the weekend's, not each day's
                part = try_block(below.text, [], below.line, quiet)
                if part is None:
                    parts = []
                    break  # "### Tips" among the parts: no day's template
                parts.append(part)
                used.add(below.line)
                continue
            if below.kind == "table" and tables and not parts:
                timetable = _timetable(below, ctx)  # "## Standard Daily Timetable" over rows
                if timetable is not None:
                    return timetable, {*used, *below.row_lines}
                break
            if parts:
                if below.kind == "list":  # "- Watch the videos (30-45 minutes)": the part's
                    lists.setdefault(len(parts) - 1, []).append(below)
                    parts[-1].items = [*parts[-1].items, *below.items]
                    used.update(item.line for item in below.items)
                continue
            if below.kind != "list" or len(below.items) < 2:
                continue
            steps = list_steps(below, quiet)
            if steps is not None:
                # "### Daily Structure (1.5-2 hours)": the heading is read with its steps.
                items = [item for item in below.items if not _weekend(item.text)]
                return steps, {*used, *(item.line for item in items)}
            break
        chosen = routine_parts(parts, lists, node.line, quiet)  # "### Standard Day (45 min)"
        if chosen is not None:
            return chosen
        if len(parts) >= 2:
            return [copy.copy(part) for part in parts], used
    return [], set()


def list_steps(node: Node, quiet: Ctx) -> list[RawBlock] | None:
    """A list's items as each day's steps when there are two or more and every one is a block
    (`- 20 min: Theory review`); a weekend's item is left out; else None."""
    from planexport.reader.blocks import try_block

    if node.kind != "list":
        return None
    items = [item for item in node.items if not _weekend(item.text)]
    steps = [try_block(_length_first(item.text), [], item.line, quiet) for item in items]
    if len(items) < 2 or any(step is None for step in steps):
        return None
    return [copy.copy(step) for step in steps if step is not None]


def _timetable(node: Node, ctx: Ctx) -> list[RawBlock] | None:
    """The rows of a table under a daily heading as each day's blocks, when every row of it is
    a block at a time of day (`| 10:00–11:30 | Learn today's concepts | Notes |`); else None."""
    from planexport.reader.block_tables import table_blocks
    from planexport.reader.blocks import Ctx as Quiet

    rows = [row for row in node.rows[1:] if any(cell.strip() for cell in row)]
    blocks = table_blocks(node, Quiet(ctx.source), lenient=False)
    if len(rows) < 2 or len(blocks) != len(rows) or any(b.at is None for b in blocks):
        return None
    return [copy.copy(block) for block in blocks]


# "Weekend", "**Weekend**:", "Wochenende (3 Std.)": a weekend's part of a daily routine.
_WEEKEND = lazy(rf"^[\W_]*(?:{'|'.join(map(re.escape, WEEKEND_WORDS))})s?\b", re.IGNORECASE)


def _closes(node: Node, level: int) -> bool:
    return node.kind == "heading" and node.level <= level


def _weekend(text: str) -> bool:
    """Whether a part of the template is the weekend's (`### Weekend (2-3 hours)`) or one
    weekday's (`### Saturday Intensive (4 hours)`, `### Sunday Review (2 hours)`): not each
    day's."""
    plain = fold(unwrap(text))
    if _WEEKEND.match(plain) is not None:
        return True
    first = re.sub(r"^[\W_]+", "", plain).split(maxsplit=1)
    name = re.sub(r"[\W_]+$", "", first[0]) if first else ""
    return len(name) >= 5 and name in WEEKDAYS


def _length_first(text: str) -> str:
    """`2 hours: Concept lessons` as `Concept lessons (2 hours)`: the title first."""
    match = re.match(
        r"^(?P<len>[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*[^\W\d_]{1,8})\s*:\s*(?P<rest>\S.*)$", text
    )
    return f"{match['rest']} ({match['len']})" if match else text
