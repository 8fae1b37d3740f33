"""Files that are not plans, refused with what they are: a recipe, or a tool's documentation.

A recipe gives lengths as a plan does (`- ⏲️ Prep time: 10 min`, `4. Bake for 25 minutes`), but
they are cooking times, not blocks to put in a calendar. It is known by its shape: a section of
ingredients (`## Ingredients`, `**Zutaten:**`, `### Ingredientes`) over a list of things, and a
section of steps (`## Directions`, `## Zubereitung`, `## Preparación`, `## Method`), with no length
outside them but the recipe's own times (`Prep time`, `Cook time`, `Backzeit`, `Tiempo de
cocción`) and the sentences of its notes and story (`Leave for about 6 hours to dry in the
oven.`). A study plan that mentions cooking (`- Cook dinner (30 min)`, a `## Lunch` break, a
meal-prep block with its shopping list beside study blocks) has lengths of its own outside such
sections, and is read as before.

A tool's README gives lengths inside code (`` - `timeout: 30 min` stops a slow fetch ``, `` Run
`fetchd --every 45m` ``): settings and commands, not blocks. A file whose only lengths are inside
code spans that hold more than the length is refused. A code span that holds the length alone
(`` - `45 min` Reading ``, `` - `09:00-10:00` Algebra ``) is a plan's time in backticks, read as
before (see `coded_times`).

Both are asked only of a file in which no day was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import every_item
from planexport.reader.words import INGREDIENT_WORDS, RECIPE_TIME_WORDS, STEP_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["coded_refusal", "recipe_refusal"]

_WORD = lazy(r"[^\W\d_]+")
# A code span as it is left in a line: one holding a time alone has lost its backticks already.
_CODE = lazy(r"(`+)[^`\n]+?\1")
# A quantity in an ingredient line: "200 g", "½ cup", "1/4", "two eggs" is none, "3 Eier" is.
_QUANTITY = lazy(r"\d|[¼½¾⅓⅔⅛]")
# A sentence's end: at the end of the line, or before the next sentence.
_SENTENCE = lazy(r"[\w)][.!?]$|\w[.!?]\s+[\w(]")
_LABEL_WORDS = 6  # "Ingredients for the dough (serves 4)": a section's name is short


@dataclass
class _Section:
    """A recipe's section: its kind (`ingredients` or `steps`), its label's line, text and
    level, and the lines under it (items, paragraphs, table rows) as (line, text)."""

    kind: str
    line: int
    label: str
    level: int  # the label's heading level; 7 for a paragraph label (`**Zutaten:**`)
    lines: list[tuple[int, str]] = field(default_factory=list)


def recipe_refusal(nodes: list[Node]) -> tuple[int, str] | None:
    """Why a file read as a recipe is refused (its ingredients' line and the message), or None
    when it is no recipe: no ingredients over a list, no steps, or a length of its own outside
    them that is no recipe time."""
    sections, outside = _sections(nodes)
    ingredients = [s for s in sections if s.kind == "ingredients" and s.lines]
    steps = [s for s in sections if s.kind == "steps" and s.lines]
    if not ingredients or not steps:
        return None
    things = [text for s in ingredients for _, text in s.lines]
    if 2 * sum(1 for text in things if find_duration(text) is not None) > len(things):
        return None  # "- Flashcards (20 min)" under "## Ingredients of a good day": activities
    if any(_planned(text) for _, text in outside):
        return None  # "- Organic chemistry (45 min)" beside a meal-prep list: a plan
    timed = [(line, text) for s in steps for line, text in s.lines] + outside
    return ingredients[0].line, _recipe_message(ingredients, steps, timed)


def _recipe_message(
    ingredients: list[_Section], steps: list[_Section], lines: list[tuple[int, str]]
) -> str:
    """What the refusal says: the sections found, their counts, and the first length."""
    first, told = ingredients[0], steps[0]
    things = [text for s in ingredients for _, text in s.lines]
    measured = sum(1 for text in things if _QUANTITY.search(text))
    count = sum(len(s.lines) for s in steps)
    timed = sorted((line, text) for line, text in lines if find_duration(text) is not None)
    lengths = (
        f', and its lengths (first at line {timed[0][0]}: "{_short(timed[0][1])}") are cooking '
        "times, not blocks to schedule"
        if timed
        else ""
    )
    return (
        f'not a plan: reads as a recipe ("{first.label}" at line {first.line}: '
        f"{len(things)} item{'s' * (len(things) != 1)}, {measured} with a quantity, "
        f'such as "{_short(things[0])}"; "{told.label}" at line {told.line}: '
        f"{count} step{'s' * (count != 1)}){lengths}; no timed blocks found (planexport reads "
        "study plans, such as '### Day 1 – Topic' over '- Concepts (60 min)')"
    )


def coded_refusal(nodes: list[Node]) -> tuple[int, str] | None:
    """Why a file whose only lengths are inside code spans is refused (the first such line and
    the message), or None when a line gives a length outside code, or none does."""
    coded: list[tuple[int, str]] = []
    for line, text in _lines(nodes):
        if find_duration(text) is None:
            continue
        if find_duration(_CODE.sub(" ", text)) is not None:
            return None  # a length outside code: the file's lengths are read as before
        coded.append((line, text))
    if not coded:
        return None
    line, text = coded[0]
    code = next(m.group(0) for m in _CODE.finditer(text) if find_duration(m.group(0)))
    lines = "1 line gives" if len(coded) == 1 else f"{len(coded)} lines give"
    return line, (
        f"not a plan: {lines} a length only inside code (line {line}: {code}), as a tool's "
        "documentation writes settings and commands; no timed blocks found (write blocks as "
        "lines such as '- Concepts (60 min)', or with the length alone in backticks, such as "
        "'- `60 min` Concepts')"
    )


def _sections(nodes: list[Node]) -> tuple[list[_Section], list[tuple[int, str]]]:
    """The recipe's sections, and the lines outside them (items, paragraphs, headings, rows).
    A heading deeper than a section's own (`### For the dough` under `## Ingredients`) is in it;
    one as high or higher (`## Notes` after `## Directions`) ends it."""
    sections: list[_Section] = []
    lines: list[tuple[int, str]] = []
    current: _Section | None = None
    for node in nodes:
        if node.kind == "heading" and current is not None and node.level <= current.level:
            current = None  # "Zutaten:" runs to the next heading, "## Zutaten" to the next "##"
        if current is not None and current.level == 7 and _is_label(node):
            current = None  # "**Preparación:**" or "Then study:" ends "**Ingredientes:**"
        kind = _label_kind(node) if current is None else None
        if kind is not None:
            level = node.level if node.kind == "heading" else 7
            current = _Section(kind, node.line, _label(node.text), level)
            sections.append(current)
        elif current is not None:
            current.lines += _lines([node]) if node.kind != "heading" else []
        else:
            lines += _lines([node])
    return sections, lines


def _label_kind(node: Node) -> str | None:
    """`ingredients` or `steps` for a node that names such a section (`## Ingredients`,
    `**Zubereitung:**`, `### Directions for the sauce`), else None."""
    if node.kind != "heading" and not _is_label(node):
        return None
    words = _WORD.findall(fold(_label(node.text)))
    if not words or len(words) > _LABEL_WORDS or find_duration(node.text) is not None:
        return None
    if any(word in INGREDIENT_WORDS for word in words):
        return "ingredients"
    joined = " ".join(words)
    if any(re.search(rf"\b{step}\b", joined) for step in STEP_WORDS):
        return "steps"
    return None


def _is_label(node: Node) -> bool:
    """Whether a node is a paragraph of one short line that labels what follows (`Zutaten:`,
    `**Ingredients**`, `Then study:`)."""
    text = node.text.strip()
    return (
        node.kind == "paragraph"
        and "\n" not in text
        and len(text.split()) <= _LABEL_WORDS
        and (text.endswith((":", ":**")) or text[:2] == "**")
    )


def _label(text: str) -> str:
    """A section label without its marks: `**Ingredients:**` -> `Ingredients`."""
    return re.sub(r"^[\W_]+|[\W_]+$", "", text.replace("**", "").replace("__", "")).strip()


def _planned(text: str) -> bool:
    """Whether a line outside a recipe's sections gives a length of a plan's, such as a block's
    title (`- Statistics, past paper 2 (2 h)`): not one of the recipe's times (`Prep time: 10
    min`), nor a sentence (`Leave for about 6 hours to dry in the oven.`, `It takes 10 minutes
    to prepare and …`), as a recipe's notes and its story are written."""
    if find_duration(text) is None or _recipe_time(text):
        return False
    return _SENTENCE.search(text.strip()) is None


def _recipe_time(text: str) -> bool:
    """Whether a line outside the recipe's sections gives one of its times (`⏲️ Prep time: 10
    min`, `Backzeit: 40 Minuten`, `Tiempo de cocción: 1 hora`) rather than a block."""
    found = find_duration(text)
    before = fold(text[: found.start] if found is not None else text)
    words = set(_WORD.findall(before))
    return bool(words & RECIPE_TIME_WORDS) or any(
        word.startswith(long) for word in words for long in RECIPE_TIME_WORDS if len(long) > 6
    )


def _lines(nodes: list[Node]) -> list[tuple[int, str]]:
    """Each line that may give a length: a list item (nested ones too), a paragraph, a heading,
    a table row (its cells joined)."""
    found: list[tuple[int, str]] = []
    for node in nodes:
        if node.kind == "list":
            found += [(item.line, item.text) for item in every_item(node.items)]
        elif node.kind in ("paragraph", "heading"):
            found.append((node.line, node.text))
        elif node.kind == "table":
            found += [
                (line, " | ".join(row))
                for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False)
            ]
    return found


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:49].rstrip() + "…"
