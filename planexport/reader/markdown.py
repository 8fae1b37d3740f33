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
# English first; a few other languages' words too, so that a plan written in them reads the same.
_MIN_UNIT = r"(?:minut(?:es?|en|os?|i)|mins?|mn|m|['\u2032])"  # "(60')": minutes, as in Europe
_HOUR_UNIT = r"(?:hours?|hrs?|hs|h|stunden?|std|horas?|heures?|ore|ora|uurs?)"
_UNIT = rf"(?:{_MIN_UNIT}|{_HOUR_UNIT})"
_TIME = r"\d{1,2}(?::[0-5]\d(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)"  # "09:30", "9am", "9:30 pm"
_DURATION = re.compile(
    # "1:30–2:00 h": a range of hours and minutes
    rf"(?P<r1>\d+:[0-5]\d)\s*[{_DASH}]\s*(?P<r2>\d+:[0-5]\d)\s*{_HOUR_UNIT}(?!\w)"
    # "09:00–10:30", "9am - 11am": a span of clock time counts as its length
    rf"|(?<![\d:])(?P<t1>{_TIME})\s*(?:[{_DASH}]|to)\s*(?P<t2>{_TIME})(?![\w:])"
    # "1 h 30 min", "1 hour 30 minutes", "1h30", "1:30 h"
    rf"|(?P<ch>\d+)\s*{_HOUR_UNIT}\s*(?:and\s+)?(?P<cm>\d+)\s*{_MIN_UNIT}(?!\w)"
    rf"|(?P<ch2>\d+)h(?P<cm2>[0-5]\d)(?!\w)"
    rf"|(?P<ch3>\d+):(?P<cm3>[0-5]\d)\s*{_HOUR_UNIT}(?!\w)"
    # "60–75 min", "1-1.5 h", "45 to 60 minutes"
    rf"|(?P<lo>{_NUM})\s*(?P<lounit>{_UNIT})?(?P<sep>\s*(?:[{_DASH}~]|to)\s*)"
    rf"(?P<hi>{_NUM})\s*(?P<unit>{_UNIT})(?!\w)"
    # "60 min", "1.5 h", "1h"
    rf"|(?P<one>{_NUM})\s*(?P<oneunit>{_UNIT})(?!\w)",
    re.IGNORECASE,
)
_HOURS_ONLY = re.compile(_HOUR_UNIT, re.IGNORECASE)
_TITLE_NUMBER = re.compile(r"[^\W\d_]\.?\s+$")  # "Top 10 – 30 min": a number that ends a title
_DAY_WORD = r"(?:days?|tage?|d[i\u00ed]as?|jours?|giorn[oi]|dag(?:en)?)"
_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
_WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)  # fmt: skip
_DAY_LEAD = (
    # Emoji, bold or other marks may come first: "📅 Day 1 – Topic", "**Day 1:** Topic", and so may
    # a week or a weekday: "Week 2, Day 3 – Topic", "Monday – Day 1: Topic", "Saturday (Day 6)".
    rf"^[\W_]*?(?:(?:week\s*\d+|woche\s*\d+|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?[\W_]*?)?"
    rf"(?P<word>{_DAY_WORD})\s*#?\s*(?P<num>\d+|{'|'.join(_NUMBER_WORDS)})\b"
)
_DAY_TAIL = (
    rf"[*_]*\s*(?:\((?P<paren>[^)]*)\)[*_]*)?"
    rf"(?:\s*[:.)\]{_DASH}|]+)*[*_]*\s*(?P<title>.*)$"
)
_DAY_HEADING = re.compile(_DAY_LEAD + _DAY_TAIL, re.IGNORECASE)
# "Day 6–7: Review", "Days 6 – 7": one heading for several days.
_DAYS_HEADING = re.compile(
    _DAY_LEAD + rf"(?P<sep>\s*(?:[{_DASH}&]|and|to)\s*)(?P<num2>\d+)\b" + _DAY_TAIL,
    re.IGNORECASE,
)
_NO_NUMBER_DAY = re.compile(rf"^[\W_]*?day\s*(?::|\s[{_DASH}|]|$)", re.IGNORECASE)
_WEEKDAY_HEADING = re.compile(
    rf"^[\W_]*?(?P<name>{'|'.join(_WEEKDAYS)})\b[*_]*\s*(?:\([^)]*\)[*_]*)?"
    rf"\s*[:.{_DASH}|]*[*_]*\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_VARIANT = re.compile(
    rf"(?P<hours>{_NUM})\s*[{_DASH}]?\s*{_HOUR_UNIT}\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    rf"^(?P<label>(?:block|bloque|bloc|blocco|bloco|blok|session|part|slot|step)\s*#?\s*\d+)"
    rf"\s*[:.)\]{_DASH}]?\s*",
    re.IGNORECASE,
)
_ADD = re.compile(
    # "Add:", "**Add:**", "Add to the 4-hour plan:", "Plus:", "In addition:", "Zusätzlich:"
    r"^\s*(?:\*\*|__)?(?:add|plus|also|extra|additionally|in addition|zus\u00e4tzlich|dazu"
    r"|au\u00dferdem|adem\u00e1s|a\u00f1adir|agregar|en plus|ajouter|inoltre|aggiungi|adicionar)"
    r"(?:\s+(?:these|this|the following|to\s[^:*]{0,60}))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*",
    re.IGNORECASE,
)
# "Everything from the 4-hour plan, plus:", "Add one more block:": an intro to added blocks.
_ADD_INTRO = re.compile(r"^\s*(?:\*\*|__)?(?P<intro>[^:]{1,100}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*")
_ADD_WORD = re.compile(r"\b(?:add|adds|plus|in addition|on top|additionally)\b|\+", re.IGNORECASE)
_ADD_REF = re.compile(
    r"\b(?:plan|above|previous|shorter|everything|same|all|following|more|blocks?)\b",
    re.IGNORECASE,
)
_TASK_BOX = re.compile(r"^\s*\[[ xX]\]\s+")  # "- [ ] **Concepts (60 min)**", a task list
_LEAD_MARKS = re.compile(r"^(?P<marks>[^\w\s*_(\[`]+)\s*(?=\*\*|__)")  # "📚 **Concepts (1 h)**"
_BOLD_LEAD = re.compile(r"^(\*\*|__)(?P<inner>.+?)\1(?P<rest>.*)$", re.DOTALL)
_WRAPPED = re.compile(r"^(\*\*\*|\*\*|__|\*|_)(?P<inner>.+)\1$", re.DOTALL)
_LINK_ONLY = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)\s*$")
_EDGE = f" \t:;,.|*{_DASHES}~≈()[]"
_VARIANT_WORDS = (
    "plan",
    "track",
    "schedule",
    "version",
    "option",
    "variant",
    "day",
    "study",
    "piano",
    "program",
)


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
    row_lines: list[int] = field(default_factory=list)


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
    match = _find_duration(text)
    return _duration_of(match) if match else None


def _find_duration(text: str) -> re.Match[str] | None:
    """The first duration in `text`, reading "Top 10 – 30 min" as 30 minutes, not 10 to 30."""
    pos = 0
    while (match := _DURATION.search(text, pos)) is not None:
        sep = match.group("sep")
        if (
            sep is not None
            and match.group("lounit") is None
            and sep != sep.strip()
            and sep.strip() not in ("~", "to")
            and _TITLE_NUMBER.search(text, 0, match.start())
        ):
            pos = match.start("hi")  # the number ends the title; the duration comes after it
            continue
        return match
    return None


def _duration_of(match: re.Match[str]) -> tuple[int, int]:
    if match.group("r1") is not None:
        return _clock(match.group("r1")), _clock(match.group("r2"))
    if match.group("t1") is not None:
        start, end = _clock(match.group("t1")), _clock(match.group("t2"))
        while end < start:  # "11:00–1:00" on a 12-hour clock, or past midnight
            end += 12 * 60
        return end - start, end - start
    for hours, mins in (("ch", "cm"), ("ch2", "cm2"), ("ch3", "cm3")):
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


def _clock(text: str) -> int:
    """Minutes after midnight of "09:30", "9am" or "9:30 pm"."""
    digits = re.match(r"(\d+)(?::(\d+))?", text)
    assert digits is not None
    hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
    suffix = text[digits.end() :].strip().lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    elif suffix.startswith("a") and hour == 12:
        hour = 0
    return hour * 60 + minute


def _minutes(number: str, unit: str) -> int:
    value = float(number.replace(",", "."))
    if _HOURS_ONLY.fullmatch(unit):
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
            rows, row_lines, i = _table(tokens, i)
            nodes.append(_Node("table", line, rows=rows, row_lines=row_lines))
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


def _table(tokens: list[Token], i: int) -> tuple[list[list[str]], list[int], int]:
    rows: list[list[str]] = []
    lines: list[int] = []
    end = _skip(tokens, i)
    row: list[str] | None = None
    for tok in tokens[i:end]:
        if tok.type == "tr_open":
            row = []
            lines.append((tok.map[0] + 1) if tok.map else 1)
        elif tok.type == "inline" and row is not None:
            row.append(_clean(tok.content))
        elif tok.type == "tr_close" and row is not None:
            rows.append(row)
            row = None
    return rows, lines, end


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

    from planexport.model import Goal, Link, Plan

    if isinstance(text, bytes):
        text = _decode(text, source)
    ctx = _Ctx(source, 0)
    meta, body = _front_matter(_normalise(text), ctx)
    nodes = _nodes(body)

    found = _find_days(nodes, ctx)
    if not found:
        raise ctx.error(1, "no days found (expected headings such as '### Day 1 – Topic')")
    spans = [(start, end) for start, end, _, _ in found]
    inside = {idx for start, end in spans for idx in range(start, end)}
    # Goals, links and a title may sit before the days or after them ("## Resources" at the end).
    outside = [node for idx, node in enumerate(nodes) if idx not in inside]
    preamble = nodes[: found[0][0]]
    title_heading = next((n.text for n in preamble if n.kind == "heading" and n.level == 1), None)
    focus = _focus_table(nodes)
    goals, links = _goals_and_links(outside)

    days: list[Any] = []
    seen: dict[int, int] = {}
    for start, end, numbers, raw_title in found:
        heading = nodes[start]
        title = _tidy_emphasis(raw_title)
        variants = _variants(nodes[start + 1 : end], heading, ctx)
        for number in numbers:
            if number in seen:
                raise ctx.error(
                    heading.line, f"day {number} appears twice (first at line {seen[number]})"
                )
            seen[number] = heading.line
            days.append(
                _day(
                    number,
                    title,
                    focus=focus.get(number),
                    variants=variants,
                    heading=heading,
                    ctx=ctx,
                )
            )

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


def _day(
    number: int,
    title: str,
    *,
    focus: str | None,
    variants: list[tuple[float, list[_RawBlock]]],
    heading: _Node,
    ctx: _Ctx,
) -> Any:
    from pydantic import ValidationError

    from planexport.model import Block, Day, Item, Variant

    try:
        return Day(
            number=number,
            title=title or (focus or f"Day {number}"),
            focus=focus,
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


def _find_days(nodes: list[_Node], ctx: _Ctx) -> list[tuple[int, int, list[int], str]]:
    """Each day as (first node, end node, day numbers, title).

    Days are headings ("### Day 1 – Topic"). A plan without them may write its days as bold
    lines ("**Day 1 – Topic**") or as weekday headings ("## Monday – Topic", numbered in order).
    """
    heads: list[tuple[int, list[int], str, int]] = []  # node, numbers, title, level that ends it
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or node.level > 4:
            continue
        day = _day_numbers(node, ctx)
        if day is not None:
            heads.append((idx, *day, node.level))
        elif _NO_NUMBER_DAY.match(node.text):
            raise ctx.error(
                node.line, f'day heading "{node.text}" has no number (write "Day 1 – Topic")'
            )
    if not heads:
        parent = 0  # a bold-line day ends at the next day or at a heading above it
        for idx, node in enumerate(nodes):
            if node.kind == "heading":
                parent = node.level
            elif node.kind == "paragraph" and re.match(r"^[^\w*_]*(\*\*|__)", node.text):
                day = _day_numbers(node, ctx)
                if day is not None and len(node.text) <= 200:
                    heads.append((idx, *day, parent))
    if not heads:
        weekdays = [
            (idx, node)
            for idx, node in enumerate(nodes)
            if node.kind == "heading" and node.level <= 4 and _WEEKDAY_HEADING.match(node.text)
        ]
        for number, (idx, node) in enumerate(weekdays, start=1):
            match = _WEEKDAY_HEADING.match(node.text)
            assert match is not None
            title = match.group("title") or match.group("name")
            heads.append((idx, [number], title, node.level))
    found: list[tuple[int, int, list[int], str]] = []
    for pos, (start, numbers, title, level) in enumerate(heads):
        end = heads[pos + 1][0] if pos + 1 < len(heads) else len(nodes)
        for idx in range(start + 1, end):
            node = nodes[idx]
            if node.kind == "heading" and node.level <= level:
                end = idx
                break
        found.append((start, end, numbers, title))
    return found


def _day_numbers(node: _Node, ctx: _Ctx) -> tuple[list[int], str] | None:
    """The day numbers and title of a day heading, or None when `node` is not one."""
    match = _DAYS_HEADING.match(node.text)
    if match is not None:
        first, last = _day_number(match.group("num")), int(match.group("num2"))
        plural = match.group("word").lower().endswith(("s", "e", "en"))
        # "Day 1 – 10 problems" is a title; "Days 6 – 7" and "Day 6–7" are two days.
        if first < last <= first + 13 and (
            plural or match.group("sep").strip() == match.group("sep")
        ):
            return list(range(first, last + 1)), match.group("title")
    match = _DAY_HEADING.match(node.text)
    if match is None:
        return None
    number = _day_number(match.group("num"))
    if number == 0:
        raise ctx.error(node.line, "day numbers start at 1")
    return [number], match.group("title")


def _day_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.index(text.lower()) + 1


def _title_from_source(source: str) -> str:
    if source.startswith("<"):
        return ""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def _slug(text: str) -> str:
    from planexport.keys import slugify

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


def _named_variant_hours(nodes: list[_Node], idx: int) -> float | None:
    """Hours of a heading such as "### Light (2h)" that holds timed blocks, else None."""
    node = nodes[idx]
    if node.kind != "heading":
        return None
    text = _unwrap(node.text)
    match = _VARIANT.search(text)
    found = _find_duration(text)
    if match is None or found is None or found.span() != match.span() or _LABEL.match(text):
        return None
    below: list[_Node] = []
    for other in nodes[idx + 1 :]:
        if other.kind == "heading" and other.level <= node.level:
            break
        below.append(other)
    # A block written as a heading has plain items under it; a plan has timed blocks.
    return float(match.group("hours").replace(",", ".")) if _timed(below) else None


def _timed(nodes: list[_Node]) -> bool:
    """Whether `nodes` hold anything with a duration: a list item, a heading, a table cell."""
    for node in nodes:
        if node.kind == "list" and any(parse_duration(item.text) for item in node.items):
            return True
        if node.kind == "heading" and parse_duration(node.text):
            return True
        if node.kind == "table" and any(parse_duration(c) for row in node.rows[1:] for c in row):
            return True
    return False


def _hours_of(blocks: list[_RawBlock]) -> float:
    return round(sum(b.hi for b in blocks) / 60, 2)


def _variants(nodes: list[_Node], day: _Node, ctx: _Ctx) -> list[tuple[float, list[_RawBlock]]]:
    """The day's variants, each fully resolved ("Add:" over the nearest shorter one)."""
    sections: list[tuple[float, _Node, list[_Node]]] = []
    loose: list[_Node] = []
    closed = False
    for idx, node in enumerate(nodes):
        hours = _variant_hours(node)
        if hours is None and (not sections or node.level <= sections[-1][1].level):
            hours = _named_variant_hours(nodes, idx)
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
    base: list[_RawBlock] = []
    if _timed(loose):
        # Blocks written straight under the day, with no "N-Hour Plan" above them.
        base, _ = _blocks(loose, ctx, allow_add=False)
    if not sections:
        for node in loose:
            for item in node.items:
                if _add_end(item.text) is not None and (
                    _timed([_Node("list", item.line, items=item.children)])
                    or parse_duration(item.text)
                ):
                    raise ctx.error(item.line, '"Add:" under a day that has no plan to add to')
        if not base:
            return []  # a rest day
        # No stated length: the day's plan is as long as its blocks at their longest.
        return [(_hours_of(base), base)]

    written: dict[float, tuple[_Node, list[_RawBlock], list[_RawBlock] | None]] = {}
    if base and _hours_of(base) not in {hours for hours, _, _ in sections}:
        # Blocks before the first "N-Hour Plan" are a plan of their own, as long as they are.
        written[_hours_of(base)] = (loose[0], base, None)
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
    add_line = 0  # where the first "Add:" is, for an error when it adds nothing
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
            add = _add_end(node.text) if allow_add else None
            if add is not None:
                added = added if added is not None else []
                add_line = add_line or node.line
                rest = node.text[add:].strip()
                if rest:
                    added.append(_block(rest, [], node.line, ctx))
                adding, current = True, None
            elif current is not None:
                current.note = f"{current.note}\n{node.text}" if current.note else node.text
            continue
        if node.kind == "table" and current is None:
            table = _table_blocks(node, ctx)
            if adding and added is not None:
                added.extend(table)
            else:
                blocks.extend(table)
            adding = False
            continue
        if node.kind != "list":
            continue
        if current is not None:
            current.items.extend(node.items)
            continue
        for item in node.items:
            add = _add_end(item.text) if allow_add else None
            if add is not None:
                added = added if added is not None else []
                add_line = add_line or item.line
                rest = item.text[add:].strip()
                if rest:
                    added.append(_block(rest, item.children, item.line, ctx))
                else:
                    added.extend(_block(c.text, c.children, c.line, ctx) for c in item.children)
            elif adding and added is not None:
                added.append(_block(item.text, item.children, item.line, ctx))
            else:
                blocks.append(_block(item.text, item.children, item.line, ctx))
        adding = False
    if added == []:
        raise ctx.error(add_line, '"Add:" is followed by no blocks to add')
    return blocks, added


def _add_end(text: str) -> int | None:
    """Where the added blocks start in an "Add:" line, or None when `text` is not one."""
    add = _ADD.match(text)
    if add:
        return add.end()
    intro = _ADD_INTRO.match(text)
    if intro is None:
        return None
    # "the 4-hour plan" names a plan, not a duration.
    words = _VARIANT.sub(" plan ", intro.group("intro"))
    if _ADD_WORD.search(words) and _ADD_REF.search(words) and parse_duration(words) is None:
        return intro.end()
    return None


_TITLE_COLUMNS = ("topic", "title", "activity", "task", "what", "focus", "subject", "thema", "tema")
_NOTE_COLUMNS = ("note", "detail", "description", "comment", "remark", "how", "resource")
_LABEL_COLUMNS = ("block", "session", "slot", "step", "part")


def _table_blocks(node: _Node, ctx: _Ctx) -> list[_RawBlock]:
    """Blocks written as a table, one row each; a table without durations holds none."""
    header = [_unwrap(cell).lower() for cell in node.rows[0]] if node.rows else []
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    width = len(header)

    def timed(col: int) -> int:
        return sum(1 for row, _ in body if col < len(row) and parse_duration(row[col]))

    counts = [timed(col) for col in range(width)]
    if not body or not any(counts):
        return []
    dur_col = counts.index(max(counts))

    def named(words: tuple[str, ...]) -> int | None:
        return next(
            (
                col
                for col, name in enumerate(header)
                if col != dur_col and any(w in name for w in words)
            ),
            None,
        )

    title_col, note_col, label_col = (
        named(_TITLE_COLUMNS),
        named(_NOTE_COLUMNS),
        named(_LABEL_COLUMNS),
    )
    if label_col == title_col:
        label_col = None
    blocks: list[_RawBlock] = []
    for row, line in body:
        cells = [*row, *[""] * (width - len(row))]
        if not any(cell.strip() for cell in cells):
            continue
        if title_col is None:
            # "| Block 1 (Concepts – 60 min) | notes |": the cell reads like a block line.
            block = _block(cells[dur_col], [], line, ctx)
        else:
            text = f"{cells[title_col] or cells[dur_col]} ({cells[dur_col]})"
            block = _block(text, [], line, ctx)
        if label_col is not None and cells[label_col].strip():
            label = cells[label_col].strip()
            block.label = f"{header[label_col].title()} {label}" if label.isdigit() else label
        if note_col is not None and cells[note_col].strip():
            block.note = cells[note_col].strip()
        blocks.append(block)
    return blocks


def _block(text: str, items: list[_Item], line: int, ctx: _Ctx) -> _RawBlock:
    """A block from its line: `**Block 1 (Concepts – 60–75 min)**`, `Practice (60 min): note`."""
    text = _TASK_BOX.sub("", text, count=1)
    # "📚 **Concepts (60 min)**": marks before the bold title stay with it.
    marks = _LEAD_MARKS.match(text)
    if marks:
        text = text[marks.end() :]
    bold = _BOLD_LEAD.match(text)
    if bold:
        head, rest = bold.group("inner").strip(), bold.group("rest")
        match = _find_duration(head)
        if match is None:
            # "**Concepts** (60 min): note": the duration follows the bold title.
            match_rest = _find_duration(rest)
            if match_rest is not None:
                head = f"{head} {rest[: match_rest.end()]}"
                rest = rest[match_rest.end() :]
                match = _find_duration(head)
    else:
        head, rest = text, ""
        match = _find_duration(head)
        if match is not None:
            cut = match.end()
            close = head.find(")", cut)
            if close != -1 and head[cut:close].strip(_EDGE) == "":
                cut = close + 1
            head, rest = head[:cut], head[cut:]
            match = _find_duration(head)
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
    if marks:
        title = f"{marks.group('marks')} {title}"
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
    """Strip what is left of brackets and separators around a title.

    Brackets that belong to the title stay: "Top 10 (Arrays)", "Read ch. 3 (pp. 40–60)".
    """
    edge = _EDGE.replace("(", "").replace(")", "").replace("[", "").replace("]", "")
    # "Projekt ( .)": brackets the duration was taken out of
    title = re.sub(rf"\([{re.escape(edge)}]*\)", " ", title)
    # "Morning (Concepts – )": the separator the duration followed
    title = re.sub(rf"[\s:~{_DASH}]+\)", ")", title)
    while True:
        before = title
        # An opening bracket cannot end a title, nor a closing one start it.
        title = _unwrap(title.strip(edge).rstrip("([").lstrip(")]").strip(edge))
        for left, right in ("()", "[]"):
            if title.startswith(left) and _closing(title, left, right) == len(title) - 1:
                title = title[1:-1]  # "(Concepts)": the whole title in brackets
            elif title.endswith(right) and title.count(right) > title.count(left):
                title = title[:-1]
            elif title.startswith(left) and title.count(left) > title.count(right):
                title = title[1:]
        if title == before:
            return re.sub(r"\s+", " ", title).strip()


def _closing(text: str, left: str, right: str) -> int:
    """Index of the bracket that closes the one at the start of `text`, or -1."""
    depth = 0
    for idx, char in enumerate(text):
        depth += (char == left) - (char == right)
        if depth == 0:
            return idx
    return -1


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
    elif ":" in body or re.search(rf"\s[{_DASH}]\s", body):
        title, what = re.split(rf":\s*|\s+[{_DASH}]\s+", body, maxsplit=1)
    else:
        title, what = body, ""
    title = _tidy(title) or (lab.group("label") if lab else "") or shown
    if not what.strip():
        return f'block "{title}" has no duration (write one such as "{title} (60 min)")'
    return f'block "{title}" has no duration ("{what.strip()}")'
