"""Headings that are only a span of clock time (`### **9:00 a.m. - 11:00 a.m.**`, `### 09:00 -
11:00`) over the lines that say what the span is for: `- **Focus**: Algebra practice`, `- **Break**:
Take a 15-minute break`, `- **Lunch Break**`, `- Geometry`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break, tidy
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Node

__all__ = ["titled_spans"]

# "**Focus**: Algebra", "*Thema:* Brüche": a bold or italic label before a colon, and the rest
_LABEL = lazy(
    r"^\s*(?P<mark>\*\*|__|\*|_)(?P<label>[^*_:]{1,30}?)\s*:?\s*(?P=mark)\s*:?\s*(?P<rest>.*)$"
)
# Labels that say a line is the block's topic and no more: the topic is the rest of the line.
_TOPIC_LABELS = frozenset(
    (
        "focus", "topic", "task", "activity", "subject", "goal", "what", "fokus", "thema",
        "aufgabe", "aktivitat", "fach", "ziel", "enfoque", "tema", "tarea", "actividad",
        "materia", "asignatura", "objetivo", "sujet", "theme", "tache", "activite", "matiere",
        "objectif", "argomento", "attivita", "compito", "materia", "obiettivo", "foco",
        "tarefa", "atividade", "disciplina", "onderwerp", "taak", "activiteit", "vak", "doel",
    )
)  # fmt: skip


def titled_spans(
    blocks: list[RawBlock], untitled: list[RawBlock], nodes: list[Node]
) -> list[RawBlock]:
    """`blocks` with each block of a heading that gave only its span (`untitled`) titled by its
    first item, without a topic label (`**Focus**:`), and its other items kept; a span whose
    first item is a break or a meal (`**Break**: …`, `**Lunch Break**`) is a gap and leaves the
    blocks. A line of `nodes` that gave only its span takes the title of its heading (`### Deep
    work` over `- 9:00-10:00`), as the heading's span takes its line's."""
    gaps: list[RawBlock] = []
    for raw in untitled:
        if raw.title != "Block" or not raw.items or raw.at is None:
            continue
        text = unwrap(raw.items[0].text)
        label = _LABEL.match(raw.items[0].text)
        if is_break(text) or (label is not None and is_break(label.group("label"))):
            gaps.append(raw)
            continue
        if label is not None and fold(label.group("label")).strip() in _TOPIC_LABELS:
            text = label.group("rest")
        title = tidy(re.sub(r"[*_]{2}", "", text)).rstrip(":")
        if not title:
            continue
        # the line is the title, not an item too; what it holds stays
        raw.title, raw.items = title, [*raw.items[0].children, *raw.items[1:]]
    if any(raw.title == "Block" for raw in blocks):
        from planexport.reader.heading_titles import heading_titles  # a plan with such lines

        heading_titles([raw for raw in blocks if all(raw is not u for u in untitled)], nodes)
    return [raw for raw in blocks if all(raw is not gap for gap in gaps)]
