"""A weekly timetable written by activity (`## Judo` / `### Mardi`, `## Karaté` / `### Mardi`):
one week, each weekday once, the activity the session of its lines."""

from __future__ import annotations

import copy
import re
from collections import defaultdict

from planexport.reader.blocks import session_name, tidy
from planexport.reader.dates import ORDER
from planexport.reader.durations import find_duration, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import DAY_WORDS, FULL_WEEKDAYS, MONTHS, WEEK_WORDS, fold

__all__ = ["section_weekdays"]

_WORDS = lazy(r"[^\W\d_]+")
_DIGIT = lazy(r"\d")
# What may stand between the weekdays of one heading: `Lundi et mercredi`, `Tuesday & Thursday`.
_JOINERS = frozenset(("and", "und", "et", "y", "e", "en", "og", "och", "ou", "or", "oder", "o"))
_NOT_SECTION = lazy(rf"(?<!\w)(?:{WEEK_WORDS}|{DAY_WORDS})(?!\w)", re.IGNORECASE)
_LATE = 48 * 60  # sorts a section without a time of day after the timed ones


def _weekdays(text: str) -> list[str]:
    """The weekdays a heading is made of (`Mardi`, `Lundi et mercredi`), or [] for any other."""
    plain = unwrap(text)
    if _DIGIT.search(plain):
        return []  # "Day 3", "4-Hour Plan": asked first, as it costs least
    words = _WORDS.findall(fold(plain))
    if not words:
        return []
    if any(w not in FULL_WEEKDAYS and w not in _JOINERS for w in words):
        return []
    return list(dict.fromkeys(FULL_WEEKDAYS[w] for w in words if w in FULL_WEEKDAYS))


# Headings of versions of one week, not of activities in it: `## Option A`, `## Summer routine`.
_VERSIONS = (
    "option", "opcion", "opcao", "variant", "version", "alternativ", "plan", "scenario",
    "schedule", "routine", "rotina", "rutina", "template", "vorlage", "modele", "modelo",
    "phase", "fase", "level", "niveau", "stage", "month", "monat", "mois",
)  # fmt: skip


def _section(text: str) -> bool:
    """Whether a heading can name an activity: no week (`Semaine paire`), day, date or version."""
    plain = fold(unwrap(text))
    words = _WORDS.findall(plain)
    if not words or _DIGIT.search(plain) or _NOT_SECTION.search(plain):
        return False
    return not any(word.startswith(_VERSIONS) or word in MONTHS for word in words)


def _first_time(body: list[Node]) -> int:
    for node in body:
        texts = [node.text] if node.kind == "paragraph" else [i.text for i in node.items]
        for text in texts:
            found = find_duration(text)
            if found is not None and found.at is not None:
                return found.at
            start = start_time(text)
            if start is not None:
                return start[0]
    return _LATE


def _name(text: str, weekday: str) -> str:
    """The weekday's own word in a heading of several (`mercredi` in `Lundi et mercredi`)."""
    for word in _WORDS.findall(unwrap(text)):
        if FULL_WEEKDAYS.get(fold(word)) == weekday:
            return str(word[:1].upper() + word[1:])
    return text


def section_weekdays(nodes: list[Node]) -> list[Node]:
    """The nodes, with weekday headings repeated under several activity headings gathered.

    `## Judo` / `### Mardi` / `17h00 à 18h00 enfants` and `## Karaté` / `### Mardi` /
    `18h00 à 19h00 adultes` is one Tuesday, not a Tuesday a week later: each weekday becomes
    one heading at the activities' level (Monday first), holding each activity's lines in the
    order of their times, each after a `session` node naming its activity. Only a run of
    activity headings whose every subheading is a weekday, with a weekday under two of them.
    """
    # "## Evening Schedule" before "## Weekend": the weekdays' part. The test is part_routines'
    # own first one: most plans have no part-of-day heading and need not load it.
    if any(n.kind == "heading" and session_name(n.text) for n in nodes):
        from planexport.reader.part_routines import part_routines

        nodes = part_routines(nodes)
    days = {i: w for i, n in enumerate(nodes) if n.kind == "heading" and (w := _weekdays(n.text))}
    levels = {nodes[i].level for i in days}
    if len(days) < 2 or len(levels) != 1:
        return nodes
    level = levels.pop()
    parent: dict[int, int] = {}
    for i in days:
        above = (j for j in range(i - 1, -1, -1) if nodes[j].kind == "heading")
        p = next((j for j in above if nodes[j].level < level), None)
        if p is None or p in days:
            return nodes
        parent[i] = p
    parents = sorted(set(parent.values()))
    top = {nodes[p].level for p in parents}
    if len(parents) < 2 or len(top) != 1 or not all(_section(nodes[p].text) for p in parents):
        return nodes
    under: dict[str, set[int]] = defaultdict(set)
    for i, names in days.items():
        for name in names:
            under[name].add(parent[i])
    if not any(len(ps) >= 2 for ps in under.values()):
        return nodes  # no weekday in two activities: the headings say all there is
    outer = top.pop()
    start = parents[0]
    end = next(
        (j for j in range(start + 1, len(nodes))
         if nodes[j].kind == "heading" and nodes[j].level <= outer and j not in parents),
        len(nodes),
    )  # fmt: skip
    if any(i > end for i in days):
        return nodes
    for j in range(start, end):
        node = nodes[j]
        if node.kind == "heading" and j not in parents and j not in days and node.level <= level:
            return nodes  # "### Tarifs" beside the weekdays: not a timetable of weekdays only
    return _gathered(nodes, days, parent, start=start, end=end, outer=outer)


def _gathered(
    nodes: list[Node],
    days: dict[int, list[str]],
    parent: dict[int, int],
    *,
    start: int,
    end: int,
    outer: int,
) -> list[Node]:
    level = nodes[next(iter(days))].level
    heads = sorted(days)
    entries: dict[str, list[tuple[int, int, int, list[Node]]]] = defaultdict(list)
    first: dict[str, int] = {}
    for order, i in enumerate(heads):
        stop = next(
            (
                j
                for j in range(i + 1, end)
                if nodes[j].kind == "heading" and nodes[j].level <= level
            ),
            end,
        )
        body = nodes[i + 1 : stop]
        for name in days[i]:
            entries[name].append((_first_time(body), order, parent[i], body))
            if name not in first or (len(days[i]) == 1 < len(days[first[name]])):
                first[name] = i  # the weekday's own heading before one of several
    out = list(nodes[:start])
    told: set[int] = set()
    used: set[int] = set()
    for name in (n for n in ORDER if n in entries):
        head = nodes[first[name]]
        text = head.text if len(days[first[name]]) == 1 else _name(head.text, name)
        out.append(Node("heading", head.line, level=outer, text=text))
        for _, _, p, body in sorted(entries[name], key=lambda e: (e[0], e[1])):
            out.append(Node("session", nodes[p].line, text=tidy(unwrap(nodes[p].text))))
            if p not in told:
                told.add(p)  # "[présentation](…)" between the activity and its first weekday
                first_day = min(i for i in heads if parent[i] == p)
                out.extend(nodes[p + 1 : first_day])
            fresh = [copy.deepcopy(n) if id(n) in used else n for n in body]
            used.update(id(n) for n in body)
            out.extend(fresh)
    out.extend(nodes[end:])
    return out
