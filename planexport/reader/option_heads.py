"""Options written as headings under a block with a length (`### Bloque 4 (30-45 min)` over
`#### Opción A: Leer código (30 min)` and `#### Opción B: Leer un paper (45 min)`): one of them
is done, so the block keeps its own length and the options, with their lines, are its items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break, is_total, tidy_emphasis, try_block
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.option_labels import OPTION_WORDS
from planexport.reader.outline import Item, section_end, unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["fold_options", "holds_options", "in_options"]

# "Opción A: Leer código fuente (30 min)", "Option 2 — Reading", "Variante B", "Plan A (1h)"
_OPTION_HEAD = lazy(
    rf"^[^\w]{{0,4}}(?:(?:{OPTION_WORDS})\s+(?:[a-z]|\d{{1,2}})|(?:plan|plano|piano)\s+[a-z])"
    rf"(?:\s*(?:[:.)({DASH}]|$)|\s+\S)",
    re.IGNORECASE,
)


def _option_name(text: str) -> str | None:
    """The option a heading names (`Opción A`), or None when it names none."""
    plain = tidy_emphasis(text)
    match = _OPTION_HEAD.match(plain)
    if match is None:
        return None
    name = re.split(rf"\s*[:.)({DASH}]", plain[match.start() :], maxsplit=1)[0]
    return " ".join(re.sub(r"^[^\w]+", "", name).split()[:2])


def _options(nodes: list[Node], idx: int) -> list[int]:
    """The option headings right under the heading at `idx` (two or more), else []."""
    from planexport.reader.guide_options import full_guides

    end = section_end(nodes, idx)
    heads = [j for j in range(idx + 1, end) if nodes[j].kind == "heading"]
    if not heads:
        return []
    level = min(nodes[j].level for j in heads)
    named = [j for j in heads if nodes[j].level == level and _option_name(nodes[j].text)]
    names = {_option_name(nodes[j].text) for j in named}
    if len(named) >= 2 and len(names) == len(named):
        return named
    return full_guides(nodes, idx, heads, end)  # "### Guía para andar (30 minutos)", "… bici"


def _name(text: str) -> str:
    """What an option is called: `Opción A`, or a guide's heading (`Guía para andar`)."""
    from planexport.reader.guide_options import guide_name

    return _option_name(text) or guide_name(text)


def holds_options(nodes: list[Node], idx: int) -> bool:
    """Whether the heading at `idx` has a length of its own and two or more options under it."""
    node = nodes[idx]
    if node.kind != "heading" or find_duration(unwrap(node.text)) is None:
        return False
    if is_total(node.text) or is_break(node.text):
        return False
    options = _options(nodes, idx)
    if any(n.kind == "table" for n in nodes[idx + 1 : section_end(nodes, idx)]):
        # a table under it may hold blocks of its own, unless each fills one guide
        return bool(options) and _option_name(nodes[options[0]].text) is None
    return bool(options)


def in_options(nodes: list[Node]) -> set[int]:
    """The nodes under a heading that holds options: lines of one block, never a plan's."""
    inside: set[int] = set()
    for idx, node in enumerate(nodes):
        if node.kind == "heading" and idx not in inside and holds_options(nodes, idx):
            inside.update(range(idx + 1, section_end(nodes, idx)))
    return inside


def _plain(text: str) -> str:
    """A line without its emphasis marks: `**Horario recomendado:** Final del día`."""
    return " ".join(re.sub(r"\*\*|__", "", tidy_emphasis(text)).split())


def _items(nodes: list[Node]) -> list[Item]:
    """The lines under a heading as items: a heading over its lines, a label over its list."""
    from planexport.reader.guide_options import table_items

    items: list[Item] = []
    label: Item | None = None  # "**Papers por pilar:**" over a list: the list is its children
    idx = 0
    while idx < len(nodes):
        node = nodes[idx]
        if node.kind == "heading":
            end = section_end(nodes, idx)
            head = Item(_plain(node.text), node.line)
            head.children = _items(nodes[idx + 1 : end])
            items.append(head)
            label, idx = None, end
            continue
        if node.kind == "paragraph":
            label = Item(_plain(node.text), node.line)
            items.append(label)
        elif node.kind in ("list", "code"):
            (label.children if label is not None else items).extend(node.items)
            label = None
        elif node.kind == "table":
            (label.children if label is not None else items).extend(table_items(node))
            label = None
        idx += 1
    return items


def fold_options(nodes: list[Node], idx: int, ctx: Ctx) -> tuple[RawBlock, int] | None:
    """The one block a heading with a length and its options make, and where its section ends.

    Lines before the first option are the block's items; the options follow, each one item over
    its own lines, as do other headings beside them (`#### Reflexión diaria (15 min)`): the
    block's length is the heading's, never their sum. One warning names the options.
    """
    if not holds_options(nodes, idx):
        return None
    node = nodes[idx]
    raw = try_block(node.text, [], node.line, ctx)
    if raw is None:
        return None
    end = section_end(nodes, idx)
    raw.items.extend(_items(nodes[idx + 1 : end]))
    options = _options(nodes, idx)
    named = ", ".join(f"{_name(nodes[j].text)} (line {nodes[j].line})" for j in options)
    length = f"{raw.lo}" if raw.lo == raw.hi else f"{raw.lo}–{raw.hi}"
    ctx.warn(
        node.line,
        f'"{raw.title}" offers {len(options)} options, {named}: one block of its own '
        f"{length} min with the options as its items, their lengths not added up",
    )
    return raw, end
