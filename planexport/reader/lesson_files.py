"""Lesson files of a curriculum: a breadcrumb, a lesson title, a stated total, flat sections.

    # Physics for Kids Curriculum
    # Year 1 → Module 2 → Week 4 → Day 3
    # Lesson 3 – Why Things Float
    **Estimated Duration:** 45 Minutes
    # Big Question
    # Warm-Up Activity (5 Minutes)
    # Story Time

is one day (week 4, day 3) titled by its lesson, `Why Things Float`, of 45 minutes: a block per
section whose heading gives its length (`Warm-Up Activity`, 5 min) and the rest of the stated
total as one block titled by the lesson (40 min), whose items are the untimed sections'
headings (`Big Question`, `Story Time`); their text stays the day's notes. The rest block stands
where the first untimed section after a timed one stands, so a warm-up stays first.

The breadcrumb's parts are split at `→`, `->`, `>`, ` / ` or `»`; a part `Day 3` numbers the day,
`Week 4` its week. Without a breadcrumb, a `Lesson 5 – Magnets` heading over a labelled total is
such a file too, and a file name `Day_05.md` (or a heading that is only that name) numbers its
day. The outline is rewritten into the shape the rest of the reader reads: the breadcrumb becomes
the day heading (`Week 4 – Day 3: Why Things Float`), the sections its subsections, and the rest
block a heading of its own over the untimed sections' names.
"""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.sections import timed
from planexport.reader.words import DAY_WORDS, WEEK_WORDS, fold

__all__ = ["crumb_key", "lesson_outline"]

# "→", "->", ">", " / ", "»", "›": what separates the parts of a breadcrumb.
_SEPARATOR = lazy(r"\s*(?:→|->|⟶|»|›|>)\s*|\s+/\s+")
_DAY_PART = lazy(rf"^{DAY_WORDS}\s*0*(?P<num>\d{{1,3}})$", re.IGNORECASE)
_WEEK_PART = lazy(rf"^{WEEK_WORDS}\s*0*(?P<num>\d{{1,3}})$", re.IGNORECASE)
# "Lesson 3 – Why Things Float", "Lección 2: El agua", "Leçon 4 - Les aimants".
_LESSON = lazy(
    r"^(?:lesson|lektion|lecci[oó]n|le[cç]on|lezione|li[cç][aã]o|les|class|clase|unit)"
    r"\s*#?\s*\d{1,3}\s*[:.–—-]\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
# "**Estimated Duration:** 45 Minutes", "Dauer: 40 Minuten", "Durée : 1 h": a labelled total.
_TOTAL = lazy(
    r"^\s*(?:\*\*|__)?(?P<label>[^\W\d_]+(?:\s[^\W\d_]+){0,2})\s*"
    r"(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(?P<value>\S.*)$"
)
_TOTAL_LABELS = frozenset(
    (
        "estimated duration", "duration", "total duration", "total time", "estimated time",
        "time", "lesson duration", "lesson length", "length", "dauer", "gesamtdauer",
        "geschatzte dauer", "zeit", "duracion", "duracion estimada", "duracion total",
        "tiempo", "tiempo total", "duree", "duree estimee", "duree totale", "durata",
        "durata stimata", "duracao", "duracao estimada", "duur", "tijdsduur",
    )
)  # fmt: skip
# "Day_03.md", "day-3.md": a file name that numbers a day.
_FILE_DAY = lazy(rf"^{DAY_WORDS}[\s_-]*0*(?P<num>\d{{1,3}})$", re.IGNORECASE)
_FILE_NAME = lazy(r"^[\w.-]+\.(?:md|markdown|txt)$", re.IGNORECASE)
# "Day 2 – Why People Trade" inside a lesson: a look ahead, not a day of this file.
_OTHER_DAY = lazy(rf"^[\W_]*{DAY_WORDS}\s*\d{{1,3}}\b", re.IGNORECASE)
# How many nodes a lesson's head (breadcrumb, lesson title, total) may take before its sections.
_HEAD = 6


@dataclasses.dataclass
class _Head:
    """What a lesson's head says: its day and week, its title, its total and where it ends."""

    start: int  # the node that becomes the day heading
    end: int  # the first node after the head
    day: int | None
    week: int | None
    title: str
    total: Found | None
    total_line: int
    lesson: int | None  # the lesson heading's node, when it is not the day heading


def lesson_outline(nodes: list[Node], source: str) -> list[Node]:
    """The outline with a lesson file's head and flat sections rewritten as one day over its
    sections (see the module's docstring), and so each later breadcrumb's lesson in the file;
    any other outline as it is."""
    head = _head(nodes, source)
    out: list[Node] = []
    pos = 0
    while head is not None:
        level = nodes[head.start].level
        end = next(
            (j for j in range(head.end, len(nodes)) if _ends(nodes[j], level)),
            len(nodes),
        )
        kept = [(j, n) for j, n in enumerate(nodes[pos : head.end], pos) if j != head.lesson]
        out += [
            _day_heading(n, head) if j == head.start else n for j, n in kept if not _named(n, j)
        ]
        heads = [nodes[j].level for j in range(head.end, end) if nodes[j].kind == "heading"]
        body = [
            _shifted(n, level + 1 - min(heads, default=level + 1)) for n in nodes[head.end : end]
        ]
        out += _with_rest(body, head, level + 1)
        pos = end
        crumb = _breadcrumb(unwrap(nodes[end].text)) if end < len(nodes) else None
        head = _after(nodes, end, *crumb, source="") if crumb is not None else None
    return [*out, *nodes[pos:]] if pos else nodes


# "# Year 1 → Module 2 → Week 4 → Day 3": a breadcrumb heading line of a file's head.
_CRUMB_LINE = lazy(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$", re.MULTILINE)
_NUMBER = lazy(r"\d{1,4}")


def crumb_key(head: str) -> tuple[int, ...] | None:
    """The numbers of the breadcrumb among a file's first headings (`Year 1 → Week 4 → Day 3`
    gives 1, 4, 3), by which a folder of lesson files is put in order; None without one."""
    for match in list(_CRUMB_LINE.finditer(head))[:_HEAD]:
        text = unwrap(match["text"])
        if _breadcrumb(text) is not None:
            return tuple(
                int(number[0])
                for part in _SEPARATOR.split(text)
                if (number := _NUMBER.search(part)) is not None
            )
    return None


def _head(nodes: list[Node], source: str) -> _Head | None:
    """The head of a lesson file among its first nodes, or None."""
    for idx, node in enumerate(nodes[:_HEAD]):
        if node.kind != "heading":
            continue
        crumb = _breadcrumb(unwrap(node.text))
        if crumb is not None:
            return _after(nodes, idx, *crumb, source=source)
        lesson = _LESSON.match(unwrap(node.text).strip(" *_#"))
        if lesson is not None:
            head = _after(nodes, idx, None, None, "", source=source)
            return head if head is not None and head.total is not None else None
    return None


def _breadcrumb(text: str) -> tuple[int | None, int | None, str] | None:
    """(day, week, title after the day) of a breadcrumb heading that names a day, or None."""
    parts = [p.strip(" *_") for p in _SEPARATOR.split(text)]
    if len(parts) < 2:
        return None
    days = [i for i, p in enumerate(parts) if _DAY_PART.match(p)]
    if len(days) != 1:
        return None
    weeks = [m for p in parts[: days[0]] if (m := _WEEK_PART.match(p))]
    day = _DAY_PART.match(parts[days[0]])
    assert day is not None
    week = int(weeks[-1]["num"]) if weeks else None
    return int(day["num"]), week, " – ".join(p for p in parts[days[0] + 1 :] if p)


def _after(
    nodes: list[Node], idx: int, day: int | None, week: int | None, title: str, *, source: str
) -> _Head | None:
    """The head that starts at heading `idx`: a lesson heading and a labelled total may follow."""
    head = _Head(idx, idx + 1, day, week, title, None, nodes[idx].line, None)
    own = _LESSON.match(unwrap(nodes[idx].text).strip(" *_#"))
    if own is not None:
        head.title = own["title"].strip()
    for j in range(idx + 1, min(idx + _HEAD, len(nodes))):
        node = nodes[j]
        lesson = _LESSON.match(unwrap(node.text).strip(" *_#")) if node.kind == "heading" else None
        if lesson is not None and head.lesson is None and own is None:
            head.lesson, head.title, head.end = j, lesson["title"].strip(), j + 1
        elif node.kind == "paragraph" and head.total is None:
            found = _total(node.text)
            if found is None:
                break
            head.total, head.total_line, head.end = found, node.line, j + 1
        else:
            break
    head.day = head.day if head.day is not None else _file_day(nodes[:idx], source)
    return head


def _total(text: str) -> Found | None:
    """The length a labelled total line of a paragraph gives (`**Duration:** 45 min`), or None."""
    for line in text.split("\n"):
        match = _TOTAL.match(line)
        if match is None or fold(match["label"]).lower() not in _TOTAL_LABELS:
            continue
        value = match["value"].strip(" *_")
        found = find_duration(value)
        if found is not None and found.at is None and not value[: found.start].strip():
            return found
    return None


def _file_day(before: list[Node], source: str) -> int | None:
    """The day a file's name numbers (`Day_03.md`), or one a heading that is only that name
    does; None when neither does."""
    names = [unwrap(n.text).strip() for n in before if n.kind == "heading"]
    names.append(source.replace("\\", "/").rsplit("/", 1)[-1])
    for name in names:
        if _FILE_NAME.match(name):
            match = _FILE_DAY.match(name.rsplit(".", 1)[0])
            if match is not None:
                return int(match["num"])
    return None


def _named(node: Node, idx: int) -> bool:
    """Whether a node before the head is a heading that only repeats the file's name."""
    return node.kind == "heading" and idx < _HEAD and bool(_FILE_NAME.match(unwrap(node.text)))


def _ends(node: Node, level: int) -> bool:
    """Whether a node ends the lesson's sections: a heading above the lesson's or another
    lesson's breadcrumb."""
    if node.kind != "heading":
        return False
    return node.level < level or _breadcrumb(unwrap(node.text)) is not None


def _day_heading(node: Node, head: _Head) -> Node:
    """The head's heading as a day heading the reader reads: `Week 4 – Day 3: Why Things Float`."""
    parts = [f"Week {head.week}"] if head.week is not None else []
    parts.append(f"Day {head.day if head.day is not None else 1}")
    text = " – ".join(parts) + (f": {head.title}" if head.title else "")
    return dataclasses.replace(node, text=text)


def _shifted(node: Node, shift: int) -> Node:
    """A heading moved `shift` levels deeper (at most to level 6), a heading that names another
    day (`## Day 2 – Trade` under `# Looking Ahead`) a line of text, what comes next; any other
    node as it is."""
    if node.kind != "heading":
        return node
    if _OTHER_DAY.match(unwrap(node.text)):
        return dataclasses.replace(node, kind="paragraph", level=0, text=unwrap(node.text))
    return dataclasses.replace(node, level=min(6, node.level + shift))


def _with_rest(body: list[Node], head: _Head, level: int) -> list[Node]:
    """The sections with a heading for the rest of the stated total inserted, when the total is
    more than the sections' lengths and every other section has nothing timed."""
    if head.total is None:
        return body
    starts = [j for j, n in enumerate(body) if n.kind == "heading" and n.level == level]
    if not starts or (starts[0] != 0 and timed(body[: starts[0]])):
        return body
    lengths: list[Found | None] = []
    for pos, j in enumerate(starts):
        stop = starts[pos + 1] if pos + 1 < len(starts) else len(body)
        found = find_duration(body[j].text)
        if found is not None and found.at is not None:
            return body  # "# 9:00 Warm-up": a timetable, not lengths
        if found is None and timed(body[j + 1 : stop]):
            return body  # a section with lengths of its own: read as written
        lengths.append(found)
    untimed = [j for j, found in zip(starts, lengths, strict=True) if found is None]
    rest = head.total.hi - sum(found.hi for found in lengths if found is not None)
    if not untimed or rest <= 0:
        return body
    after = [j for j in untimed if any(f is not None for f in lengths[: starts.index(j)])]
    at = (after or untimed)[0]
    title = head.title or f"Day {head.day if head.day is not None else 1}"
    items = [Item(unwrap(body[j].text).strip(), body[j].line) for j in untimed]
    line = head.total_line
    rest_nodes = [
        Node("heading", line, level=level, text=f"{title} ({rest} min)"),
        Node("list", line, items=items),
    ]
    return [*body[:at], *rest_nodes, *body[at:]]
