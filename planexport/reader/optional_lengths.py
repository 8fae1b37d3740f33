"""A plan whose only length is that of an optional extra (`Video 7 "Fetch API" opcional (15 min
a 2x).` under `### Semana 3`, with a budget such as `**Carga**: 2-3 hs/semana` and untimed
actions): `optional`, `opcional`, `optativo`, `fakultativ`, `freiwillig`, `optionnel`,
`facultatif`, `facoltativo`, `opzionale`, `facultativo`, `optioneel`, `facultatief` just before
or after the length. Nothing in it says when or how long to work, so the plan is refused with
what was found, as a plan with no length at all is, never read as one 15-minute block.

An optional length beside any other length or clock time is read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.word_gates import lines_of, may_hold
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Item, Node

__all__ = ["optional_refusal"]

_WORDS = (
    "optional", "optionally", "opcional", "opcionalmente", "optativo", "optativa", "fakultativ",
    "freiwillig", "optionnel", "optionnelle", "facultatif", "facultative", "facoltativo",
    "facoltativa", "opzionale", "facultativo", "facultativa", "optioneel", "facultatief",
)  # fmt: skip
# How each word starts, in lower case: one of them is in every text `_ANY` finds.
_STEMS = ("opt", "opc", "opz", "fak", "fre", "fac")
_ANY = lazy(rf"(?<!\w)(?:{'|'.join(_WORDS)})(?!\w)", re.IGNORECASE)
# The word just before the length, in its clause: "opcional (15 min", "(optional, 20 min".
_BEFORE = lazy(rf"(?<!\w)(?:{'|'.join(_WORDS)})[\s,:;(\[*_-]*$")
# The word just after it: "20 min, optional", "(15 min, optionnel)".
_AFTER = lazy(rf"^\.?[\s,:;)\]*_-]*(?:{'|'.join(_WORDS)})(?!\w)")


def optional_refusal(nodes: list[Node]) -> tuple[int, str] | None:
    """Why a plan whose every length is an optional extra's is refused (its line and message);
    None when any other line gives a length or a time, or no line gives one."""
    if not may_hold(lines_of(nodes), _STEMS) or not any(
        _ANY.search(node.text) or _items_say(node.items) for node in nodes
    ):
        return None  # the usual plan, without walking its lines
    from planexport.reader.advice_lengths import item_lines  # only for a plan that says it

    first: tuple[int, str] | None = None
    for line, text in _lines(nodes):
        found = find_duration(text)
        if found is None:
            continue
        folded = fold(text)
        if found.at is not None or not (
            _BEFORE.search(folded[: found.start]) or _AFTER.match(folded[found.end :])
        ):
            return None
        first = first or (line, text[found.start : found.end].strip())
    if first is None:
        return None
    headings = sum(1 for node in nodes if node.kind == "heading")
    items = len(item_lines([i for node in nodes if node.kind == "list" for i in node.items]))
    line, length = first
    from planexport.reader.nothing_timed import counted

    return line, (
        f"no timed blocks found (read {counted(headings, 'heading')} and "
        f"{counted(items, 'list item')}; the only "
        f'length is optional, line {line}: "{length}" for an optional extra, not a block to '
        "schedule: give the work times or lengths, such as '- Verify the setup (2 h)')"
    )


def _items_say(items: list[Item]) -> bool:
    return any(_ANY.search(i.text) or _items_say(i.children) for i in items)


def _lines(nodes: list[Node]) -> list[tuple[int, str]]:
    """Every line that may give a length: headings, paragraphs, items at any depth, rows."""
    from planexport.reader.advice_lengths import item_lines

    found: list[tuple[int, str]] = []
    for node in nodes:
        if node.kind == "table":
            found += [(n, " | ".join(r)) for r, n in zip(node.rows, node.row_lines, strict=False)]
        elif node.kind in ("paragraph", "heading", "quote", "code", "list"):
            found += [(node.line + n, t) for n, t in enumerate(node.text.split("\n")) if t.strip()]
            found += item_lines(node.items)
    return found
