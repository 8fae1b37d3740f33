"""Clock times written where the line readers do not look: `8h -`, headings, italics, spans last."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.clock_heading_levels import even_clock_headings
from planexport.reader.day_heads import day_heading
from planexport.reader.durations import DASH, DASHES, find_duration, start_time
from planexport.reader.hour_starts import nested_hour_starts
from planexport.reader.lazy import lazy
from planexport.reader.noon_words import may_name_noon
from planexport.reader.outline import Item, Node

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["agenda_list", "read_clock_words"]

# "8h", "17h15", "8 Uhr", "8.30 Uhr", "8u", "13u30", "09.00u": an hour as French, German and
# Dutch plans write it.
_HOUR = (
    r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d\s*(?:uhr\b|u(?![^\W\d_]))"
    r"|\s*uhr\b(?:\s*[0-5]\d\b)?|[hu](?::?[0-5]\d)?(?![^\W\d_]))"  # "10H:15" too
)
_LEAD = lazy(
    rf"^(?P<pre>[^\w]*?)(?P<t1>{_HOUR})"
    # "9h - 12h", "9h à 12h", "09h às 12h", "8 Uhr bis 10 Uhr", "9h hasta 11h", "8h to 10h"
    rf"(?:\s*(?:/|[{DASH}]|bis|às|as|até|à|a|tot|to|till|hasta|alle)\s*(?P<t2>{_HOUR}))?"
    rf"(?P<post>[*_]*\s*(?:[:{DASH}|→]\s*)?)(?P<rest>.*)$",
    re.IGNORECASE,
)
# "_08:00_ Frühstück", "*09:00-11:30* Vorträge": a time in italics is still a time.
_ITALIC = lazy(
    rf"^(?P<pre>[^\w*_]*)(?<![*_])(?P<m>[*_])"
    r"(?:(?P<open>ab|from|vanaf|d[eè]s|desde|dalle|dès)\s+)?"  # "_ab 13:00_ Workshops": from 13:00
    rf"(?P<t>\d{{1,2}}[:.h][0-5]\d"
    rf"(?:\s*[{DASH}]\s*\d{{1,2}}[:.h][0-5]\d)?)(?P=m)(?![*_])"
)
# "**8:00 - Welcome** Badges at the front desk.": a bold start line and the prose under it.
_BOLD_OPENER = lazy(r"^(?P<head>\*\*[^*]+\*\*:?)\s+(?P<rest>\S.*)$")
# "Morning Session (60 minutes) - 7:00-8:00 AM": a label, its length, then the span it is pinned to.
_WORD = lazy(r"[^\W_]")  # a letter or a digit: what an emoji, a mark or markup is not
_LABEL_SPAN = lazy(r"^(?P<pre>[^\w]*)(?P<label>[^()\d]*?\w[^()\d]*?)\s*(?P<len>\([^()]*\))\s*")


def read_clock_words(nodes: list[Node]) -> list[Node]:
    """The nodes with clock times a person reads as such rewritten in the form `09:30`.

    `**8h - Welcome**`, `**9h - Talks**` in one section are start times (never 480-minute
    lengths), `**9h30/12h30 - Forum**` is a span; a bold span alone under a heading is that
    heading's time; headings that each start with a time are an agenda, like a list of them.
    """
    for section in _sections(nodes):
        _hour_starts(section)
    nested_hour_starts(nodes)  # "* Après-midi" / "* 13h30 : inscriptions": nested agendas
    done: dict[str, str] = {}  # a plan's items repeat ("- **Block 3 (DSA – 60 min)**")
    for node in nodes:
        for item in _lines(node):
            if item.text not in done:
                done[item.text] = _span_first(_unitalic(item.text))
            item.text = done[item.text]
        if node.kind in ("paragraph", "heading"):
            node.text = _span_first(_unitalic(node.text))
    nodes = _split_openers(nodes)
    nodes = _span_under_heading(nodes)
    return _heading_agenda(even_clock_headings(nodes))  # "# 15:00–16:00" after "## 08:20"


def agenda_list(node: Node) -> bool:
    """Whether a list is an agenda of start times (`- 18:00 Welcome`, `- 18:10 Talks`)."""
    if node.kind != "list":
        return False
    starts = [start_time(item.text) for item in node.items]
    return sum(1 for s in starts if s is not None and find_duration(s[1]) is None) >= 2


def _sections(nodes: list[Node]) -> Iterator[list[Node | Item]]:
    """The lines of each stretch between headings: paragraphs and the items of its lists."""
    section: list[Node | Item] = []
    for node in nodes:
        if node.kind == "heading":
            yield section
            section = []
        elif node.kind == "paragraph":
            section.append(node)
        elif node.kind == "list":
            section.extend(node.items)
    yield section


def _lines(node: Node) -> Iterator[Item]:
    if node.kind == "list":
        stack = list(node.items)
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.children)


def _hour_starts(lines: list[Node | Item]) -> None:
    """Rewrite `8h - Welcome` as `08:00 - Welcome` where the section's hours are an agenda.

    A bare `8h` is a length as often as a time: it is a clock time only at the start of a line,
    among at least two such lines whose hours grow and begin in the day (6h or later); a span
    (`9h30/12h30`, `14h-15h30`) or a time with `Uhr` or `u` is one wherever it stands.
    """
    found: list[tuple[Node | Item, re.Match[str]]] = []
    for line in lines:
        match = _LEAD.match(line.text)
        if match is not None and (_titled(match) or _bare_span(match)):
            found.append((line, match))
    if not found:
        return
    starts = [_minutes(m.group("t1")) for _, m in found]
    rising = all(a < b for a, b in itertools.pairwise(starts))
    agenda = len(found) >= 2 and rising and starts[0] >= 6 * 60
    for line, match in found:
        if agenda or match.group("t2") is not None or not _french(match.group("t1")):
            line.text = _rewritten(match)


def _titled(match: re.Match[str]) -> bool:
    """Whether what follows the hour is a title (`- Welcome`), not more of a length (`2h de`)."""
    rest = match.group("rest")
    if not rest or not re.match(r"[\w*_\[`(\"'«]", rest) or find_duration(rest[:12]) is not None:
        return False
    if may_name_noon(rest[:12]) and _span_from(match):
        return False  # "12 Uhr mittags bis 14:00": the hour and its word start a span
    separated = bool(match.group("post").strip(" *_"))
    return separated or not _french(match.group("t1")) or match.group("t2") is not None


def _span_from(match: re.Match[str]) -> bool:
    """Whether the length reader reads a clock span from the line's hour on."""
    found = find_duration(match.string)
    return found is not None and found.at is not None and found.start <= match.start("t1")


def _bare_span(match: re.Match[str]) -> bool:
    """Whether a line is a span and nothing else (`10h00 à 11h00`): a time, never a length."""
    return match.group("t2") is not None and not match.group("rest").strip(" *_")


def _french(hour: str) -> bool:
    """Whether an hour is written `8h` or `8h30`, which could as well be a length."""
    return re.fullmatch(r"\d{1,2}h(?:[0-5]\d)?", hour.strip(), re.IGNORECASE) is not None


def _minutes(hour: str) -> int:
    digits = re.findall(r"\d+", hour)
    return int(digits[0]) * 60 + (int(digits[1]) if len(digits) > 1 else 0)


def _clock(hour: str) -> str:
    minutes = _minutes(hour)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _rewritten(match: re.Match[str]) -> str:
    time = _clock(match.group("t1"))
    if match.group("t2") is not None:
        time = f"{time}-{_clock(match.group('t2'))}"
    post = match.group("post")
    sep = post if post.strip(" *_") else f"{post.rstrip()} - "
    return f"{match.group('pre')}{time}{sep}{match.group('rest')}"


def _unitalic(text: str) -> str:
    match = _ITALIC.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if match.group("open") and not any(dash in match.group("t") for dash in DASHES):
        # "_from 14:00_ Workshops": a start that runs on, as "14:00 onwards: Workshops" says
        return f"{match.group('pre')}{match.group('t')} onwards:{rest}"
    return f"{match.group('pre')}{match.group('t')}{rest}"


def _span_first(text: str) -> str:
    """`**Morning Session (60 minutes) - 7:00-8:00 AM**` as `**7:00-8:00 AM Morning Session
    (60 minutes)**`: the span pins the session, its length in brackets only confirms it."""
    close = text.find(")")
    if close < 0 or not any(map(str.isdigit, text[close:])):
        return text  # no bracket with a span after it: most lines, cheaply
    match = _LABEL_SPAN.match(text)
    if match is None:
        return text
    span = find_duration(text, match.end())
    length = find_duration(match.group("len"))
    if span is None or span.at is None or length is None or length.at is not None:
        return text
    between = text[match.end() : span.start].strip()
    if between.strip(_BETWEEN) or text[span.end :].strip(" *_:.") != "":
        return text
    closing = text[span.end :]
    return (
        f"{match.group('pre')}{text[span.start : span.end]} - {match.group('label').strip()} "
        f"{match.group('len')}{closing}"
    )


_BETWEEN = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212:|→ "


def _split_openers(nodes: list[Node]) -> list[Node]:
    """`**8:00 - Welcome**` with a soft-broken line of prose under it: two lines, not one title."""
    out: list[Node] = []
    for node in nodes:
        match = _BOLD_OPENER.match(node.text) if node.kind == "paragraph" else None
        head = Node("paragraph", node.line, text=match.group("head")) if match else None
        titled = head is not None and not _span_only(head.text) and _tidy_rest(head.text)
        if match is not None and head is not None and titled and _timed_line(head):
            out.append(Node("paragraph", node.line, text=match.group("head")))
            out.append(Node("paragraph", node.line + 1, text=match.group("rest")))
        else:
            out.append(node)
    return out


def _tidy_rest(text: str) -> bool:
    """Whether a time line has a title after its time (`**8:00 - Welcome**`, not `**8:00**`)."""
    start = start_time(text)
    # "**8:00 PM – …**": an end left blank is no title either
    return start is None or bool(start[1].strip(" *_:.-").strip("…").strip(" *_"))


def _span_only(text: str) -> bool:
    found = find_duration(text)
    if found is None or found.at is None:
        return False
    return not (text[: found.start] + text[found.end :]).strip(" *_`:.()[]")


def _span_under_heading(nodes: list[Node]) -> list[Node]:
    """`## Morning — Anchor` over a line `**04:30 – 06:15**` alone: the heading's own time.

    A day's heading (`### Tuesday` / `10h00 à 11h00`) ends at its line: the span is the day's.
    """
    out: list[Node] = []
    for node in nodes:
        previous = out[-1] if out else None
        if (
            node.kind == "paragraph"
            and previous is not None
            and previous.kind == "heading"
            and find_duration(previous.text) is None
            and _span_only(node.text)
            and not day_heading(previous.text)
        ):
            found = find_duration(node.text)
            assert found is not None
            previous.text = f"{previous.text} ({found.text.strip()})"
            continue
        out.append(node)
    return out


def _heading_agenda(nodes: list[Node]) -> list[Node]:
    """`## 18:00 Welcome`, `## 18:10 Pair work` …: an agenda written in headings is read as a
    list of start times, the paragraphs and bullets under each heading its items."""
    out: list[Node] = []
    idx = 0
    while idx < len(nodes):
        run = _heading_run(nodes, idx)
        if run is None:
            out.append(nodes[idx])
            idx += 1
            continue
        items, end = run
        out.append(Node("list", nodes[idx].line, items=items))
        idx = end
    return out


def _start_only(node: Node, kind: str) -> bool:
    start = start_time(node.text) if node.kind == kind else None
    return start is not None and find_duration(start[1]) is None


def _timed_line(node: Node) -> bool:
    """A paragraph that starts at a time: a start alone, a start with its own length (`15:00
    Closing (30 min)`, one more line of the agenda, never words of the start above it), a span."""
    found = find_duration(node.text) if node.kind == "paragraph" else None
    return (node.kind == "paragraph" and start_time(node.text) is not None) or (
        found is not None and found.at is not None and not node.text[: found.start].strip(" *_`")
    )


def _between(nodes: list[Node], pos: int, items: list[Item]) -> bool:
    """Whether the heading `nodes[pos]`, with no time of its own and no day's name, stands
    between two start headings of its level: what it says is part of the start above it."""
    node = nodes[pos]
    if not items or _start_only(node, "heading") or _span_heading(node) or day_heading(node.text):
        return False
    before = start_time(items[-1].text)
    for later in nodes[pos + 1 :]:
        if later.kind != "heading" or later.level > node.level:
            continue
        start = start_time(later.text) if _start_only(later, "heading") else None
        return (
            later.level == node.level
            and start is not None
            and before is not None
            and (start[0] > before[0])
        )
    return False


def _span_heading(node: Node) -> bool:
    """`## 08:25 - 08:40 Work` or `## 08:25 Work (15 min)` among start headings: one of the
    agenda's lines, with its span or its length; an emoji before the span (`## 🏋️ 08:20–09:05
    Workout`) is no word of its own, as before a start."""
    if start_time(node.text) is not None:
        return True
    found = find_duration(node.text)
    return (
        found is not None and found.at is not None and not _WORD.search(node.text, 0, found.start)
    )


def _heading_run(nodes: list[Node], idx: int) -> tuple[list[Item], int] | None:
    """An agenda in headings, or in paragraph lines with prose between them (`**8:00 - Welcome**`,
    `Badges at the front desk.`, `**9:00 - Talks**`): its items and where it ends."""
    first = nodes[idx]
    headings = _start_only(first, "heading")
    if not headings and not _start_only(first, "paragraph"):
        return None
    items: list[Item] = []
    pos = idx
    while pos < len(nodes):
        node = nodes[pos]
        if node.kind == "heading":
            if not headings or node.level != first.level:
                break
            if _between(nodes, pos, items):
                # "## Colazione (6.42)", "## Tempo libero", "## Mattia (7.07)": inside the start
                items[-1].children.append(Item(node.text, node.line))
                pos += 1
                continue
            if not _start_only(node, "heading") and not _span_heading(node):
                break
            items.append(Item(node.text, node.line, heading=True))
        elif node.kind == "paragraph" and not headings and _timed_line(node):
            items.append(Item(node.text, node.line))
        elif node.kind == "paragraph":
            items[-1].children.append(Item(node.text, node.line))
        elif node.kind == "list" and not any(start_time(i.text) for i in node.items):
            items[-1].children.extend(node.items)
        else:
            break
        pos += 1
    if sum(1 for item in items if start_time(item.text) is not None) < 2:
        return None
    if not headings and not any(item.children for item in items):
        return None  # time lines one after another: the paragraph agenda reads them as they are
    return items, pos
