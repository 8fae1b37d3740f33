"""Sections that detail a row of the day's schedule (`## Mock exam (2 hours)` under a table
whose `| 08:00-10:00 | Mock exam | 2h |` row it describes): parts of that block, not a plan."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.exercise_parts import exercise_heading, practice_rows
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, unwrap
from planexport.reader.overview_rows import Row, overview_rows, repeated_row, spanned_heading
from planexport.reader.words import COUNTED_PART_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["Detail", "attach_details", "heading_span", "schedule_spans", "split_details"]


@dataclass
class Detail:
    """A section that details one row: the row's words and length, and what the section lists."""

    words: frozenset[str]
    minutes: int
    items: list[Item] = field(default_factory=list)
    at: int | None = None  # the row's start, for a section that repeats its span


def split_details(nodes: list[Node], ctx: Ctx) -> tuple[list[Node], list[Detail]]:
    """The day's nodes without the sections that detail a row of its schedule, and those.

    A schedule is a table or a list with two or more rows at a time of day; a later heading
    detailing a row names it (its words are all in the row's) and repeats its length
    (`## 📝 SIMULATION D'EXAMEN (2 heures)` for `| 08h00-10h00 | SIMULATION D'EXAMEN COMPLÈTE |
    2h |`); a heading that repeats a row's span with a like title details it too, in an
    overview of any number of rows (`overview_rows`). A heading that matches no row stays
    what it was (`### Evening review (30 min)` is a block), but a heading with no length after
    such details at their level ends the day: the schedule and its details are the plan, and
    a later section (`## Stratégies pour le jour de l'examen`) is advice, its timed lines
    warned about.
    """
    rows: list[tuple[frozenset[str], int]] = []
    spans: list[Row] = []  # each row's start, length and words, when a heading repeats a span
    repeats = any(spanned_heading(node) for node in nodes)
    practice: list[tuple[str, int]] = []  # "| 11:45-14:00 | Taller práctico |"
    kept: list[Node] = []
    details: list[Detail] = []
    level = 0  # the level of the detail section being read, 0 when none
    heads: list[Node] = []  # the headings above the node, by level
    for idx, node in enumerate(nodes):
        if node.kind == "heading" and level and node.level > level:
            details[-1].items.append(Item(unwrap(node.text), node.line))
            continue
        if node.kind != "heading" and level:
            details[-1].items += _lines(node, spanned=details[-1].at is not None)
            continue
        detail = _detail(node, rows) if node.kind == "heading" else None
        if detail is None and (span := repeated_row(node, spans)) is not None:
            detail = Detail(frozenset(), span[1], at=span[0])  # "### Block 1 (07:30 – 09:00)"
        if node.kind == "heading":
            heads = [head for head in heads if head.level < node.level]
            section = heads[-1].text if heads else ""
            if detail is None and practice and exercise_heading(node, section):
                # "### Ejercicio 1 (45 min)" after the timetable: a part of its practice row
                named, minutes = practice[0]
                detail = Detail(_words(named), minutes, [Item(unwrap(node.text), node.line)])
            heads.append(node)
        if detail is None and level and node.level <= level and find_duration(node.text) is None:
            _warn_after(nodes[idx:], ctx)  # "## Tips" after the details: not the schedule's
            break
        level = 0
        if node.kind in ("table", "list"):
            rows += _schedule_rows(node)
            spans += overview_rows(node, ctx.links) if repeats else []
            practice += practice_rows(node)
        if detail is not None:
            details.append(detail)
            level = node.level
            continue
        kept.append(node)
    return kept, details


def _warn_after(nodes: list[Node], ctx: Ctx) -> None:
    """A warning for each timed line after the schedule's details: they are not read."""
    for node in nodes:
        lines = [(node.line, node.text)] if node.kind == "heading" else []
        lines += [(item.line, item.text) for item in node.items]
        rows = zip(node.row_lines[1:], node.rows[1:], strict=False)
        lines += [(line, " | ".join(row)) for line, row in rows]
        for line, text in lines:
            if find_duration(text) is not None:
                short = text if len(text) <= 60 else text[:59] + "…"
                ctx.warn(line, f'"{short}" is after the schedule and its details: not read')


def attach_details(blocks: list[RawBlock], details: list[Detail]) -> None:
    """Each detail's lines as items of the block it details (the first of that name)."""
    for detail in details:
        for raw in blocks:
            if detail.at is not None:
                if raw.at == detail.at and raw.lo <= detail.minutes <= raw.hi:
                    raw.items += detail.items
                    break
            elif detail.words <= _words(raw.title) and raw.lo <= detail.minutes <= raw.hi:
                raw.items += detail.items
                break


def _lines(node: Node, *, spanned: bool) -> list[Item]:
    """What a detail section's node adds to its block: a list's lines; for a section that
    repeats its row's span, its paragraphs too (`**Thema:** Differentialrechnung`)."""
    if node.kind == "list":
        return list(node.items)
    if spanned and node.kind == "paragraph":
        return [Item(node.text, node.line)]
    return []


def _schedule_rows(node: Node) -> list[tuple[frozenset[str], int]]:
    """The words and length of each row of `node` at a time of day, when it has two or more."""
    texts = (
        [" ".join(row) for row in node.rows[1:]]
        if node.kind == "table"
        else [item.text for item in node.items]
    )
    rows: list[tuple[frozenset[str], int]] = []
    for text in texts:
        found = find_duration(text)
        if found is not None and found.at is not None and found.hi > 0:
            rows.append((_words(text), found.hi))
    return rows if len(rows) >= 2 else []


# "Module 1 : Accueil (15 min)", "Part 2 – Lists (1h)": a counted part's label before its name.
_COUNTED = lazy(r"^\W*(?P<word>[^\W\d_]+)\s*\d{1,2}\s*[:.)–—-]\s*(?=\w)")


def _detail(node: Node, rows: list[tuple[frozenset[str], int]]) -> Detail | None:
    text = unwrap(node.text)
    lead = _COUNTED.match(text)
    if lead is not None and fold(lead["word"]) in COUNTED_PART_WORDS:
        text = text[lead.end() :]  # "## Module 2 : Notion SGBD (1h)" details the "Notion SGBD" row
    found = find_duration(text)
    if found is None or found.at is not None:
        return None
    words = _words(text[: found.start] + " " + text[found.end :])
    for row_words, minutes in rows:
        if words and words <= row_words and found.lo <= minutes <= found.hi:
            return Detail(words, minutes)
    return None


def _words(text: str) -> frozenset[str]:
    """The words of three letters or more, folded: what names a row, without its emphasis."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", fold(text)) if len(w) >= 3)


def schedule_spans(node: Node) -> list[tuple[int, int]]:
    """The (start, minutes) of each row of a table or list at a clock span, when two or more."""
    texts = (
        [" ".join(row) for row in node.rows[1:]]
        if node.kind == "table"
        else [item.text for item in node.items]
        if node.kind == "list"
        else []
    )
    spans: list[tuple[int, int]] = []
    for text in texts:
        found = find_duration(text)
        if found is not None and found.at is not None and found.hi > 0:
            spans.append((found.at, found.hi))
    return spans if len(spans) >= 2 else []


def heading_span(node: Node) -> tuple[int, int] | None:
    """The (start, minutes) of a heading's clock span (`### Block 1 – Mathe (07:30 – 09:00)`)."""
    if node.kind != "heading":
        return None
    found = find_duration(unwrap(node.text))
    if found is None or found.at is None or found.hi <= 0:
        return None
    return found.at, found.hi
