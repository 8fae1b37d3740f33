"""Day labels written as a plain line of their own over the day's list (`Day 1` or `Mon:` then
`- DP intro 1h`): days, as the same labels in bold (`**Day 1**`, `**Monday**`) are.

A label is the whole paragraph: a numbered day (`Day 3`, `Tag 2:`, `Day 1 – Arrays`) or a
weekday's name, in full or cut to three letters or more (`Mon`, `Tues`, `Mié`), each right above a
list. Only in a plan whose headings name no day, with two such labels at least: one line `Day 1`
among notes is read as written.

A plan written without Markdown has no lists: numbered days over plain paragraphs (`Day 1 – Core
Concepts`, then `Course: Pods`, `Mini-lab: 3 tasks in 20 minutes.`) are labels too when three or
more of them count the days up in order. A week's line with the day's label right below it, with
no blank line between (`Week 2 – Exam mode` / `Day 8 – Storage`: the paragraph joins them), is
the week's line and then the label, when the label goes on counting the run.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import DAY_WORDS, WEEK_WORDS, WEEKDAY_TITLES, WEEKDAYS, fold

__all__ = ["plain_day_labels"]

# A label is one short line, not a sentence.
_LONGEST = 60
_LEAD = lazy(r"^[^\w*_]*(?:\*\*|__)")  # a bold line: read as a day already
_NUMBER = lazy(r"\d+")
# "Week 2 – Exam mode Day 8 – Storage": a week's line and a day's label, joined by the paragraph
_WEEK_DAY = lazy(
    rf"^(?P<week>{WEEK_WORDS}\s*\d{{1,3}}\s*[:\-–—]\s*[^\n]{{1,60}}?)\s+(?P<day>{DAY_WORDS}\s*\d{{1,3}}\b.*)$",
    re.IGNORECASE,
)


def _weekday_title(text: str) -> str | None:
    """The weekday's name in full (in its language) when `text` is only a weekday's name."""
    word = fold(text.strip().rstrip(":.").strip())
    day = WEEKDAYS.get(word)
    if day is None or len(word) < 3:
        return None  # "Mo", "Di": too short to stand alone
    titles = [names[ORDER.index(day)] for names in WEEKDAY_TITLES.values()]
    return next((title for title in titles if fold(title).startswith(word)), titles[0])


def _label(node: Node) -> str | None:
    """What a plain paragraph says as a bold day label, or None when it is no label."""
    from planexport.reader.day_headings import day_match

    text = node.text.strip()
    if len(text) > _LONGEST or "\n" in text or _LEAD.match(text):
        return None
    if (title := _weekday_title(unwrap(text))) is not None:
        return title
    match = day_match(unwrap(text))
    return unwrap(text).rstrip(":") if match is not None and match.start() == 0 else None


def plain_day_labels(nodes: list[Node]) -> list[Node]:
    """The nodes, with each plain day label over a list written as that label in bold."""
    from planexport.reader.day_headings import names_day

    joined = _week_day_lines(nodes)
    if joined is not None:
        split, days = joined
        found = plain_day_labels(split)
        if all(found[i] is not split[i] for i in days):
            return found  # each label cut from its week's line goes on counting the days
    labels = {
        idx: label
        for idx, node in enumerate(nodes[:-1])
        if node.kind == "paragraph"
        and nodes[idx + 1].kind == "list"
        and (label := _label(node)) is not None
    }
    labels.update(_over_paragraphs(nodes))
    if len(labels) < 2 or any(names_day(n) for n in nodes):
        return nodes
    return [
        dataclasses.replace(node, text=f"**{labels[idx]}**") if idx in labels else node
        for idx, node in enumerate(nodes)
    ]


# Numbered days over paragraphs: three at least, counted up in order.
_FEWEST_RUN = 3


def _over_paragraphs(nodes: list[Node]) -> dict[int, str]:
    """Numbered day labels over a paragraph or a code block (`Day 1 – Core Concepts` over
    `Course: Pods`) when they count the days up in order; {} otherwise."""
    from planexport.reader.day_headings import day_match

    found: dict[int, str] = {}
    numbers: list[int] = []
    for idx, node in enumerate(nodes[:-1]):
        if node.kind != "paragraph" or nodes[idx + 1].kind not in ("paragraph", "code"):
            continue
        label = _label(node)
        match = day_match(unwrap(node.text)) if label is not None else None
        number = _NUMBER.search(match.group(0)) if match is not None else None
        if label is None or number is None:
            continue
        found[idx] = label
        numbers.append(int(number.group(0)))
    steps = all(b > a for a, b in itertools.pairwise(numbers))
    return found if len(found) >= _FEWEST_RUN and steps and numbers[0] <= 1 else {}


def _week_day_lines(nodes: list[Node]) -> tuple[list[Node], list[int]] | None:
    """The nodes with each paragraph that is a week's line joined to a day's label cut in two,
    and the indexes of those labels; None when no paragraph is."""
    out: list[Node] = []
    days: list[int] = []
    for node in nodes:
        text = node.text
        if node.kind == "paragraph" and len(text) <= 2 * _LONGEST and _NUMBER.search(text):
            match = _WEEK_DAY.match(text)  # cheap first: a short paragraph with a number
            if match is not None:
                out.append(dataclasses.replace(node, text=match["week"]))
                days.append(len(out))
                out.append(dataclasses.replace(node, text=match["day"], line=node.line + 1))
                continue
        out.append(node)
    return (out, days) if days else None
