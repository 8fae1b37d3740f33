"""A day given in versions ("Short version" / "Full version", "Option A" / "Option B"): variants."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.option_heads import holds_options
from planexport.reader.outline import section_end, unwrap

if TYPE_CHECKING:
    from collections.abc import Callable

    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["read_versions", "version_heads", "version_name"]

# "Versione", "versión", "Kurzversion", "Langfassung", "Variante": the word that names a version.
_VERSION_WORD = r"\w*(?:version[ei]?|versi[oó]n|vers[aã]o|fassung|variante?)"
# "Option A", "Plan B", "Opción 2", "Variante II": a version named by a letter or a number.
_LETTERED = lazy(
    r"^(?:option|opci[oó]n|opzione|op[cç][aã]o|plan|piano|variante?|version[ei]?|versi[oó]n"
    r"|vers[aã]o)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})(?![\w.:]\d)(?!\w)",
    re.IGNORECASE,
)
_NAMED = lazy(rf"^(?:\w+\s+)?{_VERSION_WORD}(?:\s+\w+){{0,2}}$", re.IGNORECASE)
# "Version control", "Python version management": a topic, not a version of the day.
_TOPIC = lazy(r"\bversion\w*\s+(?:control|management|history|number|upgrade)", re.IGNORECASE)
_WORDS = lazy(r"[^\W_]+(?:['’][^\W_]+)?")
_BRACKETED = lazy(r"\(([^)]*)\)")


def version_name(text: str) -> bool:
    """Whether a heading names a version of the day: "Versione Base (94 min)",
    "✅ Versione OTTIMIZZATA 90 Minuti Esatti", "Timing Completo (Versione Base)", "Plan B"."""
    text = unwrap(text)
    found = find_duration(text)
    if found is not None:
        text = text[: found.start] + " " + text[found.end :]
    if _TOPIC.search(text):
        return False
    plain = " ".join(_WORDS.findall(text))
    if _LETTERED.match(plain) or _NAMED.match(plain):
        return True
    # "Timing Completo (Versione Base)": the version is named in brackets.
    return any(_NAMED.match(" ".join(_WORDS.findall(inner))) for inner in _BRACKETED.findall(text))


def version_heads(nodes: list[Node]) -> list[int]:
    """The headings that give one day in versions: the first two or more sibling headings (same
    level, same heading above) named as versions, each over timed lines; [] when there are none."""
    from planexport.reader.sections import timed

    groups: dict[tuple[int, int], list[int]] = {}
    parents: list[int] = []  # the open headings, outermost first
    for idx, node in enumerate(nodes):
        if node.kind != "heading":
            continue
        while parents and nodes[parents[-1]].level >= node.level:
            parents.pop()
        parent = parents[-1] if parents else -1
        parents.append(idx)
        if (
            version_name(node.text)
            and timed(nodes[idx + 1 : section_end(nodes, idx)])
            and not (parent >= 0 and holds_options(nodes, parent))
        ):
            # "### Bloque 4 (30-45 min)" over "#### Opción A": options of one block, no versions
            groups.setdefault((parent, node.level), []).append(idx)
    found = [heads for heads in groups.values() if len(heads) > 1]
    return min(found, key=lambda heads: heads[0]) if found else []


def read_versions(
    nodes: list[Node],
    heads: list[int],
    ctx: Ctx,
    *,
    read: Callable[[list[Node]], list[RawBlock]],
) -> list[tuple[float, list[RawBlock]]]:
    """Each version as a variant of its length (the length its heading states, else its blocks'
    at their longest); a version as long as one before it is skipped with a warning, and timed
    sections beside the versions are said not read. Lines before the first version are a
    variant of their own, as lines before a "4-Hour Plan" are."""
    from planexport.reader.sections import timed

    found: dict[float, tuple[Node, list[RawBlock]]] = {}
    before = read(nodes[: heads[0]])
    if before:
        found[_hours(sum(b.hi for b in before))] = (nodes[max(heads[0] - 1, 0)], before)
    covered = set(range(heads[0]))
    for idx in heads:
        end = section_end(nodes, idx)
        covered.update(range(idx, end))
        head = nodes[idx]
        blocks = read(nodes[idx + 1 : end])
        if not blocks:
            continue
        stated = find_duration(unwrap(head.text))
        minutes = sum(b.hi for b in blocks)
        if stated is not None and stated.at is None:
            minutes = stated.hi  # "Versione Compressa 75 Minuti": as long as the plan says
        hours = _hours(minutes)
        if hours in found:
            first = found[hours][0]
            ctx.warn(
                head.line,
                f'"{_short(head.text)}" is as long as "{_short(first.text)}" (line {first.line}), '
                f"{minutes} min: only the first is read",
            )
            continue
        found[hours] = (head, blocks)
    for idx, node in enumerate(nodes):
        if idx in covered or node.kind != "heading":
            continue
        end = section_end(nodes, idx)
        covered.update(range(idx, end))
        if timed(nodes[idx + 1 : end]) or find_duration(node.text) is not None:
            ctx.warn(
                node.line,
                f'"{_short(node.text)}" is not one of the versions above: its timed lines are '
                "not read",
            )
    return [(hours, found[hours][1]) for hours in sorted(found)]


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _short(text: str) -> str:
    text = " ".join(unwrap(text).split())
    return text if len(text) <= 50 else text[:47] + "…"
