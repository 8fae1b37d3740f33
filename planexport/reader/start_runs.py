"""A start-time programme split by rules and headings: each start lasts until the next one."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock, is_break, tidy
from planexport.reader.closing_words import day_ends
from planexport.reader.durations import find_duration, start_time
from planexport.reader.kind_titles import kind_title
from planexport.reader.last_starts import day_series_step, regular_step, said_step
from planexport.reader.late_starts import after_a_span, late_start_note
from planexport.reader.lazy import lazy
from planexport.reader.open_ends import without_open_end
from planexport.reader.outline import Node

__all__ = ["label_note", "list_until", "span_label_note", "start_heading", "start_title"]


def _start_only(text: str) -> tuple[int, str] | None:
    start = start_time(text)
    return start if start is not None and find_duration(start[1]) is None else None


def _first_time(node: Node) -> int | None:
    """The time of day a node opens with: a list's first item, a heading or a line."""
    if node.kind == "list":
        text = node.items[0].text if node.items else ""
    elif node.kind in ("heading", "paragraph"):
        text = node.text
    else:
        return None
    start = start_time(text)
    if start is not None:
        return start[0]
    found = find_duration(text)
    if found is not None and found.at is not None and not text[: found.start].strip(" *_`#"):
        return found.at  # "- **10:45 - 12:00** Workshop": its span starts then
    return None


def _next_start(nodes: list[Node], idx: int, *, over_lines: bool) -> int | None:
    """The first time of day after `nodes[idx]`, across `---` rules (and, for a heading, the
    lines under it); None when something else comes first."""
    for node in nodes[idx + 1 :]:
        if node.kind == "hr":
            continue
        at = _first_time(node)
        if at is not None:
            return at
        if over_lines and node.kind in ("paragraph", "heading"):
            continue  # "_A. Speaker_ - University of X" under "### 13:45 Talk: …"
        return None
    return None


def list_until(nodes: list[Node], idx: int, ctx: Ctx) -> int | None:
    """Where the last item of the list `nodes[idx]` ends when it gives only a start time
    (`- **10:30** _Discussion_`) and the next group, after a `---` rule, starts with a time;
    in the last group, one step after it when the groups' starts are a regular series (said)."""
    items = nodes[idx].items
    if not items or (last := _start_only(items[-1].text)) is None:
        return None
    after = _next_start(nodes, idx, over_lines=False)
    if after is None:
        after = _next_part_start(nodes, idx, last[0])  # "### Evening" over "- 19:00 Reading"
    if after is not None or _next_start(nodes, idx, over_lines=True) is not None:
        return after
    title = start_title(last[1])[0]
    times = _group_times(nodes, idx)
    if times is None or is_break(title) or day_ends(title):
        return None
    step = regular_step(times)
    if step is None:
        return None
    said_step(items[-1].line, items[-1].text, step, ctx)
    return last[0] + step


_PART_GAP = 180  # the longest a last start runs on into the next part of the day, in minutes


def _next_part_start(nodes: list[Node], idx: int, last: int) -> int | None:
    """The start the next part of the day opens with, across its heading (`### Evening Break`
    over `- 19:00 Reading`), when it is later than `last`; None when other lines come first,
    or the heading has a time of its own."""
    for node in nodes[idx + 1 :]:
        if node.kind == "hr":
            continue
        if node.kind == "heading":
            if _first_time(node) is not None or find_duration(node.text) is not None:
                return None  # "### 19:00 Reading", "### Evening (2h)": a time of its own
            continue
        if node.kind != "list" or not node.items:
            return None
        at = _item_time(node.items[0].text)
        # "- 09:00 Révisions" before "## Après-midi" at 14:00: a gap that long is a pause the
        # plan leaves unsaid (lunch, a rest), not five hours of revision
        return at if at is not None and last < at <= last + _PART_GAP else None
    return None


def _group_times(nodes: list[Node], idx: int) -> list[int | None] | None:
    """The starts of the list `nodes[idx]` and of the lists before it that `---` rules part
    (`- 10:00 A` / `---` / `- 10:30 B` / `---` / `- 11:00 C`); None with no rule between."""
    times: list[int | None] = []
    groups, ruled = 0, False
    for pos in range(idx, -1, -1):
        node = nodes[pos]
        if node.kind == "hr":
            ruled = True
            continue
        if node.kind != "list" or (pos < idx and not ruled):
            break
        groups, ruled = groups + 1, False
        times[:0] = [_item_time(item.text) for item in node.items]
    return times if groups > 1 else None


def _item_time(text: str) -> int | None:
    """The time a list item opens with: its start, or its span's start."""
    start = start_time(text)
    if start is not None:
        return start[0]
    found = find_duration(text)
    return found.at if found is not None and not text[: found.start].strip(" *_`") else None


def start_heading(
    nodes: list[Node], idx: int, blocks: list[RawBlock], ctx: Ctx, *, notes: list[str]
) -> RawBlock | None:
    """`### **13:45 Talk: Vue.js made easy**` (or `### **09:15**` over `### **Panel: …**`): a
    block from that time until the next start below it, the lines under it its note; a warning
    when no time follows (after the day's spans, the heading is kept as a note)."""
    node = nodes[idx]
    start = _start_only(node.text)
    if start is None:
        return None
    title = tidy(start[1])
    skip = idx
    if not title and idx + 1 < len(nodes) and nodes[idx + 1].kind == "heading":
        title, skip = tidy(nodes[idx + 1].text), idx + 1  # "### **09:15**", "### **Panel: X**"
    if not title or is_break(title):
        return None
    after = _next_start(nodes, skip, over_lines=True)
    if after is None and after_a_span(blocks, start[0]):
        late_start_note(
            node.line, title=title, at=start[0], texts=[node.text], notes=notes, ctx=ctx
        )
        return None
    if after is None and (step := day_series_step(blocks, start[0])) is not None:
        said_step(node.line, title, step, ctx)  # "### 11:00 Q&A" after "### 10:30 …" and so on
        after = start[0] + step
    if after is None or after <= start[0]:
        ctx.warn(node.line, f'"{title}" has a start time but no length')
        return None
    raw = RawBlock(title, None, after - start[0], after - start[0], None, [], node.line)
    raw.at, raw.guessed = start[0], True
    blocks.append(raw)
    return raw


# "**_First talk_** _A. Author_ - University of X": an emphasised title, then who gives it.
_LEAD = lazy(r"^\s*(?P<mark>\*\*_|_\*\*|\*\*|__|)(?P<title>[^*_]+?)(?P<end>_\*\*|\*\*_|\*\*|__)"
             r"\s+(?P<rest>\S.*)$")  # fmt: skip


# "**08:00 Aufstehen:** Bett machen, Hygiene" (the opening marks gone with the time), "**08:00
# Standup**: quick sync": a bold label that a colon ends, then what it holds.
_LABEL = lazy(r"^\s*(?:\*\*|__)?(?P<title>[^*_:]*[^\W\d][^*_:]*?)\s*"
              r"(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s+(?P<rest>\S.*)$")  # fmt: skip


def label_note(raw: RawBlock, rest: str, line: str) -> None:
    """A start line with a length of its own after a bold label (`**09:30 Spanisch:** Vokabeln
    (1 Std.)`): the label titles the block and the words after it join its note, as they do on a
    start line without a length."""
    label = _LABEL.match(rest)
    name = tidy(label.group("title")) if label is not None else ""
    # "Vokabeln : Karteikarten": the span taken out of "**10:15–11:00 Vokabeln**:" leaves a space
    lead = next((f"{name}{c} " for c in (":", " :") if raw.title.startswith(f"{name}{c} ")), "")
    if not name or not lead:
        return
    said = raw.title[len(lead) :].strip()
    if (joined := kind_title(name, said, line)) is not None:
        raw.title = joined  # "`11:20` **Demo**: Building a parser (10 min)": one title
        return
    raw.title = name
    raw.note = f"{said} {raw.note}" if raw.note else said


# "- [ ] **08:00 - 08:30 Aufstehen:** Bett machen": a span that opens the bold, then its label.
_BOLD_SPAN = lazy(
    r"^\s*(?:\[[ xX]\]\s*)?(?:\*\*|__)\s*\d{1,2}(?:[:.h][0-5]\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*"
    r"\d{1,2}(?:[:.h][0-5]\d)?\s*(?:[ap]\.?m\.?)?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def span_label_note(raw: RawBlock, text: str) -> None:
    """A span line whose bold holds the span and a label that a colon ends (`**08:00 - 08:30
    Aufstehen:** Bett machen`): titled by the label, the rest its note, as a start line is."""
    found = _BOLD_SPAN.match(text)
    if found is not None:
        label_note(raw, found.group("rest"), text)


def start_title(rest: str, line: str = "") -> tuple[str, str | None]:
    """The title of a start-only line, and the words after an emphasised title as its note;
    a stray `_` or `*` left at the end of the title (`Registration_`) goes. `line`, the whole
    line, shows a kind set apart in bold (`18:00 **Talk**: Caching`), titled with its words."""
    rest = without_open_end(rest)  # "18:00 onwards: Drinks": "onwards" says when
    label = _LABEL.match(rest)
    if label is not None and tidy(label.group("title")):
        # "**08:00 Aufstehen:** Bett machen": the label titles the block, the rest is its note,
        # as "**Practice (60 min)**: Sketch a design." reads
        note = re.sub(r"(?<!\w)[_*]+|[_*]+(?!\w)", "", label.group("rest")).strip()
        # "**Discussion**: Why test first?": a kind of session, then what it is about
        joined = kind_title(tidy(label.group("title")), note, line)
        return (joined, None) if joined is not None else (tidy(label.group("title")), note or None)
    match = _LEAD.match(rest)
    # The opening marks may be gone with the time's ("**09:15** **_Talk_**" leaves "Talk_** …").
    mark = match.group("mark") or match.group("end")[::-1] if match is not None else ""
    if (
        match is not None
        and match.group("end") == mark[::-1]
        and (mark in ("**_", "_**") or match.group("rest").startswith("_"))
    ):  # bold italics, or an italic name after the title: "**Talk** _A. Author_"
        note = re.sub(r"(?<!\w)[_*]+|[_*]+(?!\w)", "", match.group("rest")).strip()
        return tidy(match.group("title")), note or None
    title = tidy(rest)
    for mark in "_*":
        if title.count(mark) % 2:
            title = title.strip(mark).strip()
    return title, None
