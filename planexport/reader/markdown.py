"""Read the Markdown that people write for a study week into a Plan, keeping source lines."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planexport.errors import PlanError

if TYPE_CHECKING:
    from markdown_it.token import Token

    from planexport.model import Plan

__all__ = ["parse_duration", "parse_markdown"]

# Separators people put between a title and a duration, and inside ranges.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH = "\\" + _DASHES  # for use inside a regex character class
_NUM = r"\d+(?:[.,]\d+)?"
_MIN_UNIT = r"(?:minutes?|mins?|mn|m)"
_HOUR_UNIT = r"(?:hours?|hrs?|h)"
_UNIT = rf"(?:{_MIN_UNIT}|{_HOUR_UNIT})"
_DURATION = re.compile(
    # "1 h 30 min", "1 hour 30 minutes", "1h30"
    rf"(?P<ch>\d+)\s*{_HOUR_UNIT}\s*(?:and\s+)?(?P<cm>\d+)\s*{_MIN_UNIT}(?!\w)"
    rf"|(?P<ch2>\d+)h(?P<cm2>[0-5]\d)(?!\w)"
    # "60–75 min", "1-1.5 h", "45 to 60 minutes"
    rf"|(?P<lo>{_NUM})\s*(?P<lounit>{_UNIT})?\s*(?:[{_DASH}~]|to)\s*(?P<hi>{_NUM})\s*(?P<unit>{_UNIT})(?!\w)"
    # "60 min", "1.5 h", "1h"
    rf"|(?P<one>{_NUM})\s*(?P<oneunit>{_UNIT})(?!\w)",
    re.IGNORECASE,
)
_DAY_HEADING = re.compile(
    # Emoji, bold or other marks may come first: "📅 Day 1 – Topic", "**Day 1:** Topic".
    rf"^[\W_]*?day\s+(?P<num>\d+)\b[*_]*\s*(?:\((?P<paren>[^)]*)\)[*_]*)?"
    rf"\s*[:.{_DASH}|]*[*_]*\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_VARIANT = re.compile(
    rf"(?P<hours>{_NUM})\s*[{_DASH}]?\s*{_HOUR_UNIT}\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    rf"^(?P<label>(?:block|session|part|slot|step)\s*#?\s*\d+)\s*[:.)\]{_DASH}]?\s*",
    re.IGNORECASE,
)
_ADD = re.compile(
    # "Add:", "**Add:**", "Add to the 4-hour plan:", "Plus:", "In addition:"
    r"^\s*(?:\*\*|__)?(?:add|plus|also|extra|additionally|in addition)"
    r"(?:\s+(?:these|this|the following|to\s[^:*]{0,60}))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
_TASK_BOX = re.compile(r"^\s*\[[ xX]\]\s+")  # "- [ ] **Concepts (60 min)**", a task list
_BOLD_LEAD = re.compile(r"^(\*\*|__)(?P<inner>.+?)\1(?P<rest>.*)$", re.DOTALL)
_WRAPPED = re.compile(r"^(\*\*\*|\*\*|__|\*|_)(?P<inner>.+)\1$", re.DOTALL)
_LINK_ONLY = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)\s*$")
_EDGE = f" \t:;,.|*{_DASHES}~≈()[]"
_VARIANT_WORDS = ("plan", "track", "schedule", "version", "option", "variant", "day", "study")


@dataclass
class _Item:
    """A list item: its first paragraph's text, any later paragraphs, and nested items."""

    text: str
    line: int
    more: list[str] = field(default_factory=list)
    children: list[_Item] = field(default_factory=list)


@dataclass
class _Node:
    """A top-level piece of the document."""

    kind: str  # heading, paragraph, list, table, hr, other
    line: int
    level: int = 0
    text: str = ""
    items: list[_Item] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class _Ctx:
    source: str
    offset: int  # lines hidden before the Markdown body (none: front matter is blanked)

    def error(self, line: int, reason: str) -> PlanError:
        return PlanError(reason, file=self.source, line=line)


def parse_duration(text: str) -> tuple[int, int] | None:
    """The first duration in `text` as (min, max) minutes, or None when there is none.

    >>> parse_duration("Concepts – 60–75 min")
    (60, 75)
    >>> parse_duration("1.5 h")
    (90, 90)
    """
    match = _DURATION.search(text)
    return _duration_of(match) if match else None


def _duration_of(match: re.Match[str]) -> tuple[int, int]:
    for hours, mins in (("ch", "cm"), ("ch2", "cm2")):
        if match.group(hours) is not None:
            minutes = int(match.group(hours)) * 60 + int(match.group(mins))
            return minutes, minutes
    if match.group("lo") is not None:
        unit = match.group("unit")
        lo_unit = match.group("lounit") or unit
        lo, hi = _minutes(match.group("lo"), lo_unit), _minutes(match.group("hi"), unit)
        return lo, hi
    minutes = _minutes(match.group("one"), match.group("oneunit"))
    return minutes, minutes


def _minutes(number: str, unit: str) -> int:
    value = float(number.replace(",", "."))
    if unit.lower().startswith("h"):
        value *= 60
    return math.ceil(value - 1e-9)


# ---------------------------------------------------------------------------------------------
# Text to nodes


def _decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PlanError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
            file=source,
            line=line,
        ) from None
    return text


def _normalise(text: str) -> str:
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.expandtabs(4) for line in text.split("\n"))


def _front_matter(text: str, ctx: _Ctx) -> tuple[dict[str, Any], str]:
    """Split YAML front matter off, blanking its lines so that line numbers stay true."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or "bad YAML"
        raise ctx.error(line, f"front matter: {problem}") from None
    if not isinstance(meta, dict):
        raise ctx.error(1, "front matter is not a mapping of keys to values")
    body = "\n" * (end + 1) + "\n".join(lines[end + 1 :])
    return meta, body


_MD: Any = None


def _markdown() -> Any:
    global _MD  # noqa: PLW0603 - one parser per process; building it costs more than a parse
    if _MD is None:
        from markdown_it import MarkdownIt

        _MD = MarkdownIt("commonmark").enable("table")
        # Block structure is all we need; inline text is kept as written.
        _MD.disable(["inline", "text_join"])
    return _MD


def _nodes(body: str) -> list[_Node]:
    tokens: list[Token] = _markdown().parse(body)
    nodes: list[_Node] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = (tok.map[0] + 1) if tok.map else 1
        if tok.type == "heading_open":
            nodes.append(
                _Node("heading", line, level=int(tok.tag[1]), text=_clean(tokens[i + 1].content))
            )
            i += 3
        elif tok.type == "paragraph_open":
            nodes.append(_Node("paragraph", line, text=_clean(tokens[i + 1].content)))
            i += 3
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            items, i = _list(tokens, i)
            nodes.append(_Node("list", line, items=items))
        elif tok.type == "table_open":
            rows, i = _table(tokens, i)
            nodes.append(_Node("table", line, rows=rows))
        elif tok.type == "hr":
            nodes.append(_Node("hr", line))
            i += 1
        else:
            i = _skip(tokens, i)
            nodes.append(_Node("other", line))
    return nodes


def _skip(tokens: list[Token], i: int) -> int:
    """Index after the block that starts at `i`."""
    depth: int = tokens[i].nesting
    i += 1
    while depth > 0 and i < len(tokens):
        depth += tokens[i].nesting
        i += 1
    return i


def _list(tokens: list[Token], i: int) -> tuple[list[_Item], int]:
    """Parse the list opening at `i`; return its items and the index after it."""
    items: list[_Item] = []
    i += 1
    while tokens[i].type == "list_item_open":
        tok = tokens[i]
        item = _Item("", (tok.map[0] + 1) if tok.map else 1)
        i += 1
        while tokens[i].type != "list_item_close":
            t = tokens[i]
            if t.type == "paragraph_open":
                text = _clean(tokens[i + 1].content)
                if not item.text and not item.more and not item.children:
                    item.text = text
                else:
                    item.more.append(text)
                i += 3
            elif t.type in ("bullet_list_open", "ordered_list_open"):
                children, i = _list(tokens, i)
                item.children.extend(children)
            else:
                i = _skip(tokens, i)
        items.append(item)
        i += 1
    return items, i + 1


def _table(tokens: list[Token], i: int) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    end = _skip(tokens, i)
    row: list[str] | None = None
    for tok in tokens[i:end]:
        if tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and row is not None:
            row.append(_clean(tok.content))
        elif tok.type == "tr_close" and row is not None:
            rows.append(row)
            row = None
    return rows, end


def _clean(text: str) -> str:
    """Inline text as written, with soft line breaks joined by a space."""
    return " ".join(part.strip() for part in text.split("\n") if part.strip())


def _unwrap(text: str) -> str:
    """Drop emphasis that wraps the whole text (`**Title**` -> `Title`); keep inner Markdown."""
    text = text.strip()
    while True:
        match = _WRAPPED.match(text)
        if not match or match.group("inner") != match.group("inner").strip():
            return text
        text = match.group("inner").strip()


# ---------------------------------------------------------------------------------------------
# Nodes to a plan


def parse_markdown(text: str | bytes, *, source: str = "<string>") -> Plan:
    """Read a plan from Markdown.

    Args:
        text: the Markdown, as text or as UTF-8 bytes.
        source: the name used in errors (a file path).

    Returns:
        The plan, its longer variants fully resolved.

    Raises:
        PlanError: the text cannot be read as a plan (the error names the line).
    """
    from pydantic import ValidationError

    from planexport.model import Block, Day, Goal, Item, Link, Plan, Variant

    if isinstance(text, bytes):
        text = _decode(text, source)
    ctx = _Ctx(source, 0)
    meta, body = _front_matter(_normalise(text), ctx)
    nodes = _nodes(body)

    day_at = [
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "heading" and node.level <= 4 and _DAY_HEADING.match(node.text)
    ]
    if not day_at:
        raise ctx.error(1, "no days found (expected headings such as '### Day 1 – Topic')")

    preamble = nodes[: day_at[0]]
    title_heading = next((n.text for n in preamble if n.kind == "heading" and n.level == 1), None)
    focus = _focus_table(nodes)
    goals, links = _goals_and_links(preamble)

    days: list[Any] = []
    seen: dict[int, int] = {}
    for pos, start in enumerate(day_at):
        heading = nodes[start]
        end = len(nodes)
        for idx in range(start + 1, len(nodes)):
            node = nodes[idx]
            if node.kind == "heading" and node.level <= heading.level:
                end = idx
                break
        if pos + 1 < len(day_at):
            end = min(end, day_at[pos + 1])
        match = _DAY_HEADING.match(heading.text)
        assert match is not None
        number = int(match.group("num"))
        if number == 0:
            raise ctx.error(heading.line, "day numbers start at 1")
        if number in seen:
            raise ctx.error(
                heading.line, f"day {number} appears twice (first at line {seen[number]})"
            )
        seen[number] = heading.line
        title = _tidy_emphasis(match.group("title"))
        variants = _variants(nodes[start + 1 : end], heading, ctx)
        try:
            day = Day(
                number=number,
                title=title or (focus.get(number) or f"Day {number}"),
                focus=focus.get(number),
                variants=tuple(
                    Variant(
                        hours=hours,
                        blocks=tuple(
                            Block(
                                title=b.title,
                                label=b.label,
                                min_minutes=b.lo,
                                max_minutes=b.hi,
                                note=b.note,
                                items=tuple(_to_item(i, Item) for i in b.items),
                            )
                            for b in blocks
                        ),
                    )
                    for hours, blocks in variants
                ),
            )
        except ValidationError as error:
            raise ctx.error(heading.line, f"day {number}: {error.errors()[0]['msg']}") from None
        days.append(day)

    plan_title = str(meta.get("title") or title_heading or _title_from_source(source) or "Plan")
    plan_id = str(meta.get("id") or _slug(_title_from_source(source) or plan_title))
    try:
        return Plan(
            id=plan_id,
            title=_unwrap(plan_title),
            goals=tuple(Goal(title=t, items=tuple(items)) for t, items in goals),
            links=tuple(Link(text=t, target=u) for t, u in links),
            days=tuple(days),
        )
    except ValidationError as error:
        first = error.errors()[0]
        raise ctx.error(1, f"invalid plan: {first['msg']}") from None


def _title_from_source(source: str) -> str:
    if source.startswith("<"):
        return ""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def _slug(text: str) -> str:
    from planexport.scheduling import slugify

    return slugify(text)


def _to_item(raw: _Item, item_cls: Any) -> Any:
    text = " ".join([raw.text, *raw.more]).strip()
    return item_cls(text=text, children=tuple(_to_item(c, item_cls) for c in raw.children))


def _focus_table(nodes: list[_Node]) -> dict[int, str]:
    """Day number -> focus, from the first table with a Day column."""
    for node in nodes:
        if node.kind != "table" or len(node.rows) < 2:
            continue
        header = [_unwrap(cell).lower() for cell in node.rows[0]]
        day_col = next((i for i, h in enumerate(header) if h.startswith("day")), None)
        if day_col is None:
            continue
        focus_col = next(
            (
                i
                for i, h in enumerate(header)
                if i != day_col and any(w in h for w in ("focus", "topic", "theme", "subject"))
            ),
            next((i for i in range(len(header)) if i != day_col), None),
        )
        if focus_col is None:
            continue
        found: dict[int, str] = {}
        for row in node.rows[1:]:
            if max(day_col, focus_col) >= len(row):
                continue
            number = re.search(r"\d+", row[day_col])
            if number and row[focus_col].strip():
                found[int(number.group())] = row[focus_col].strip()
        if found:
            return found
    return {}


def _goals_and_links(
    preamble: list[_Node],
) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str]]]:
    goals: list[tuple[str, list[str]]] = []
    links: list[tuple[str, str]] = []
    in_goals = False
    goals_title = "Goals"
    for node in preamble:
        if node.kind == "heading":
            in_goals = "goal" in node.text.lower() or "objective" in node.text.lower()
            if in_goals:
                goals_title = _unwrap(node.text)
            continue
        if node.kind != "list":
            continue
        pure_links = [_LINK_ONLY.match(item.text) for item in node.items]
        if node.items and all(pure_links) and not any(i.children for i in node.items):
            links.extend((m.group("text"), m.group("target")) for m in pure_links if m)
            continue
        if not in_goals:
            continue
        if any(item.children for item in node.items):
            for item in node.items:
                goals.append((_unwrap(item.text), [t for c in item.children for t in _flat(c)]))
        else:
            goals.append((goals_title, [item.text for item in node.items]))
    return goals, links


def _flat(item: _Item) -> list[str]:
    return [" ".join([item.text, *item.more]).strip()] + [
        t for c in item.children for t in _flat(c)
    ]


@dataclass
class _RawBlock:
    title: str
    label: str | None
    lo: int
    hi: int
    note: str | None
    items: list[_Item]
    line: int


def _variant_hours(node: _Node) -> float | None:
    """Hours of a variant heading ("4-Hour Plan", "**6h plan**"), or None if not one."""
    if node.kind == "heading":
        text = node.text
    elif node.kind == "paragraph" and _WRAPPED.match(node.text.strip()):
        text = _unwrap(node.text)
    else:
        return None
    text = _unwrap(text)
    match = _VARIANT.search(text)
    if not match:
        return None
    rest = (text[: match.start()] + text[match.end() :]).lower().strip(_EDGE)
    if rest and not any(word in rest for word in _VARIANT_WORDS):
        return None
    return float(match.group("hours").replace(",", "."))


def _variants(nodes: list[_Node], day: _Node, ctx: _Ctx) -> list[tuple[float, list[_RawBlock]]]:
    """The day's variants, each fully resolved ("Add:" over the nearest shorter one)."""
    sections: list[tuple[float, _Node, list[_Node]]] = []
    loose: list[_Node] = []
    closed = False
    for node in nodes:
        hours = _variant_hours(node)
        if hours is not None:
            sections.append((hours, node, []))
            closed = False
        elif sections:
            head = sections[-1][1]
            if (
                node.kind == "heading"
                and head.kind == "heading"
                and node.level <= head.level
                and parse_duration(node.text) is None
            ):
                closed = True  # "#### Notes" after the plans: not part of a plan
            if not closed:
                sections[-1][2].append(node)
        else:
            loose.append(node)
    if not sections:
        # No "N-Hour Plan": the blocks are written straight under the day, if any.
        if not any(
            parse_duration(item.text)
            for node in loose
            if node.kind == "list"
            for item in node.items
        ) and not any(node.kind == "heading" and parse_duration(node.text) for node in loose):
            return []  # a rest day
        blocks, _ = _blocks(loose, ctx, allow_add=False)
        if not blocks:
            return []
        # No stated length: the day's plan is as long as its blocks at their longest.
        return [(round(sum(b.hi for b in blocks) / 60, 2), blocks)]

    written: dict[float, tuple[_Node, list[_RawBlock], list[_RawBlock] | None]] = {}
    for hours, head, body in sections:
        if hours in written:
            raise ctx.error(
                head.line,
                f"day has two {hours:g}-hour plans (first at line {written[hours][0].line})",
            )
        blocks, added = _blocks(body, ctx, allow_add=True)
        written[hours] = (head, blocks, added)

    resolved: dict[float, list[_RawBlock]] = {}
    for hours in sorted(written):
        head, blocks, added = written[hours]
        if hours <= 0:
            raise ctx.error(head.line, f'"{head.text}" has no hours')
        if added is not None:
            shorter = [h for h in resolved if h < hours]
            if not shorter:
                raise ctx.error(
                    head.line, f'"{head.text}" adds blocks but the day has no shorter plan'
                )
            blocks = [*resolved[max(shorter)], *blocks, *added]
        if not blocks:
            raise ctx.error(head.line, f'"{head.text}" has no blocks')
        resolved[hours] = blocks
    return sorted(resolved.items())


def _blocks(
    nodes: list[_Node], ctx: _Ctx, *, allow_add: bool
) -> tuple[list[_RawBlock], list[_RawBlock] | None]:
    """Blocks written out, and blocks added with "Add:" (None when the section adds nothing)."""
    blocks: list[_RawBlock] = []
    added: list[_RawBlock] | None = None
    adding = False  # after an "Add:" paragraph, the next list holds added blocks
    current: _RawBlock | None = None  # a block written as a heading, taking the lists below it
    skipping = False  # under a heading that is not a block ("##### Notes")
    for node in nodes:
        if node.kind == "heading":
            skipping = parse_duration(node.text) is None
            current = None if skipping else _block(node.text, [], node.line, ctx)
            if current is not None:
                (added if adding and added is not None else blocks).append(current)
            continue
        if skipping:
            continue
        if node.kind == "paragraph":
            add = _ADD.match(node.text) if allow_add else None
            if add:
                added = added if added is not None else []
                rest = node.text[add.end() :].strip()
                if rest:
                    added.append(_block(rest, [], node.line, ctx))
                adding, current = True, None
            elif current is not None:
                current.note = f"{current.note}\n{node.text}" if current.note else node.text
            continue
        if node.kind != "list":
            continue
        if current is not None:
            current.items.extend(node.items)
            continue
        for item in node.items:
            add = _ADD.match(item.text) if allow_add else None
            if add:
                added = added if added is not None else []
                rest = item.text[add.end() :].strip()
                if rest:
                    added.append(_block(rest, item.children, item.line, ctx))
                else:
                    added.extend(_block(c.text, c.children, c.line, ctx) for c in item.children)
            elif adding and added is not None:
                added.append(_block(item.text, item.children, item.line, ctx))
            else:
                blocks.append(_block(item.text, item.children, item.line, ctx))
        adding = False
    return blocks, added


def _block(text: str, items: list[_Item], line: int, ctx: _Ctx) -> _RawBlock:
    """A block from its line: `**Block 1 (Concepts – 60–75 min)**`, `Practice (60 min): note`."""
    text = _TASK_BOX.sub("", text, count=1)
    bold = _BOLD_LEAD.match(text)
    if bold:
        head, rest = bold.group("inner").strip(), bold.group("rest")
        match = _DURATION.search(head)
        if match is None:
            # "**Concepts** (60 min): note": the duration follows the bold title.
            match_rest = _DURATION.search(rest)
            if match_rest is not None:
                head = f"{head} {rest[: match_rest.end()]}"
                rest = rest[match_rest.end() :]
                match = _DURATION.search(head)
    else:
        head, rest = text, ""
        match = _DURATION.search(head)
        if match is not None:
            cut = match.end()
            close = head.find(")", cut)
            if close != -1 and head[cut:close].strip(_EDGE) == "":
                cut = close + 1
            head, rest = head[:cut], head[cut:]
            match = _DURATION.search(head)
    if match is None:
        raise ctx.error(line, _no_duration(text))
    lo, hi = _duration_of(match)
    title = (head[: match.start()] + " " + head[match.end() :]).strip()
    label = None
    lab = _LABEL.match(title)
    if lab:
        label = re.sub(r"\s+", " ", lab.group("label")).strip()
        title = title[lab.end() :]
    note = rest.strip().lstrip(":)]. " + _DASHES).strip()
    title = _tidy(title)
    if not title and note and not bold:
        # "60 min – Concepts: read the chapter"
        title, _, note = note.partition(":")
        title, note = _tidy(title), note.strip()
    title = title or label or "Block"
    if lo <= 0 or hi <= 0:
        raise ctx.error(line, f'block "{title}" has a zero duration ("{match.group(0)}")')
    if lo > hi:
        raise ctx.error(line, f'block "{title}": the range "{match.group(0)}" runs backwards')
    return _RawBlock(title, label, lo, hi, note or None, list(items), line)


def _tidy_emphasis(text: str) -> str:
    """Text without emphasis that wraps it whole or is left open at its ends (`Topic**`)."""
    text = _unwrap(text.strip())
    for mark in ("**", "__"):
        if text.count(mark) % 2:
            text = text.strip().removeprefix(mark).removesuffix(mark).strip()
    return text


def _tidy(title: str) -> str:
    """Strip what is left of brackets and separators around a title."""
    title = re.sub(r"\(\s*\)", " ", title)
    title = _unwrap(title.strip(_EDGE))
    return re.sub(r"\s+", " ", title.strip(_EDGE)).strip()


def _no_duration(text: str) -> str:
    """The reason for a block line without a readable duration, naming title and the text."""
    shown = _unwrap(text)
    lab = _LABEL.match(shown)
    body = shown[lab.end() :] if lab else shown
    paren = re.search(r"\(([^)]*)\)?", body)
    if paren:
        inside = paren.group(1)
        parts = re.split(rf"\s+[{_DASH}]\s+|:\s*", inside, maxsplit=1)
        if len(parts) == 2 and body[: paren.start()].strip(_EDGE) == "":
            title, what = parts
        else:
            title, what = body[: paren.start()], inside
    elif ":" in body:
        title, what = body.split(":", 1)
    else:
        title, what = body, body
    title = _tidy(title) or (lab.group("label") if lab else "") or shown
    return f'block "{title}" has no duration ("{what.strip()}")'
