"""Tick blocks off in the plan file itself, changing no other byte of it."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from planexport.errors import PlanError

if TYPE_CHECKING:
    from planexport.scheduling import ScheduledBlock

__all__ = [
    "Ticked",
    "block_line",
    "block_position",
    "tick_diff",
    "tick_markdown",
    "tick_structured",
]


@dataclass(frozen=True)
class Ticked:
    """A plan's text with boxes ticked, and what became of each line asked for."""

    text: str
    ticked: tuple[int, ...] = ()
    """Lines (1-based) whose box was ticked now."""
    already: tuple[int, ...] = ()
    """Lines that were ticked before."""
    skipped: tuple[int, ...] = ()
    """Lines with no box to tick: not a list item (a heading or a table row)."""

    @property
    def changed(self) -> bool:
        """Whether the text differs from the one given."""
        return bool(self.ticked)


# A list item, inside any quotes (`> `), with its task box if it has one.
_ITEM = re.compile(
    r"(?P<lead>[ \t]*(?:>[ \t]?)*[ \t]*)(?P<marker>[-*+]|\d{1,9}[.)])(?P<space>[ \t]+)"
    r"(?P<box>\[(?P<mark>[ xX])\](?=[ \t]|$))?"
)


def tick_markdown(text: str, lines: Iterable[int], *, source: str = "<string>") -> Ticked:
    """Tick the task box of each block line given: `- **Block 1 (…)**` becomes
    `- [x] **Block 1 (…)**`, `- [ ] …` becomes `- [x] …`; a ticked box stays as it is.

    Nothing else changes: line ends (LF, CRLF), a byte-order mark, indentation, quotes and the
    list marker (`-`, `*`, `+`, `1.`) are kept as written.

    Args:
        text: the Markdown plan as read.
        lines: 1-based line numbers of the blocks to tick.
        source: the file's name, for errors.

    Returns:
        The new text, with the lines ticked, already ticked, and skipped (no list item).

    Raises:
        PlanError: a line number outside the file.
    """
    rows = text.splitlines(keepends=True)
    wanted = sorted(set(lines))
    ticked: list[int] = []
    already: list[int] = []
    skipped: list[int] = []
    for number in wanted:
        if not 1 <= number <= len(rows):
            raise PlanError(f"no line {number} to tick (the file has {len(rows)})", file=source)
        row = rows[number - 1]
        bom = "\ufeff" if number == 1 and row.startswith("\ufeff") else ""
        body = row[len(bom) :]
        found = _ITEM.match(body)
        if found is None:
            skipped.append(number)
            continue
        if found["box"] is not None:
            if found["mark"] in "xX":
                already.append(number)
                continue
            at = found.start("mark")
            body = body[:at] + "x" + body[at + 1 :]
        else:
            at = found.end("space")
            body = body[:at] + "[x] " + body[at:]
        rows[number - 1] = bom + body
        ticked.append(number)
    return Ticked(
        text="".join(rows),
        ticked=tuple(ticked),
        already=tuple(already),
        skipped=tuple(skipped),
    )


def block_line(block: ScheduledBlock) -> int | None:
    """The 1-based line a Markdown block is written on, when the reader recorded it."""
    line = getattr(block.block, "line", None)
    return line if isinstance(line, int) else None


def block_position(block: ScheduledBlock) -> tuple[int, int, int]:
    """Where a scheduled block sits in its plan: (day, variant, block) indexes, from 0."""
    day_index = next(i for i, d in enumerate(block.plan.days) if d is block.day)
    for vi, variant in enumerate(block.day.variants):
        for bi, candidate in enumerate(variant.blocks):
            if candidate is block.block:
                return day_index, vi, bi
    raise ValueError(f"{block.key} is not in its day")  # a schedule always holds its own blocks


def tick_structured(
    text: str,
    positions: Iterable[tuple[int, int, int]],
    *,
    kind: Literal["yaml", "json"] = "yaml",
    source: str = "<string>",
) -> Ticked:
    """Give the blocks at `positions` (see `block_position`) `done: true` in a YAML or JSON plan.

    Only those blocks' mappings change: `done: false` becomes `done: true`, or the key is added
    after the block's last key (flow mappings `{…}` and JSON objects) or on a line of its own
    under its first key (block mappings); comments, quoting and layout stay.

    Returns:
        The new text; `ticked` lists the blocks' first lines.

    Raises:
        PlanError: the text is not a plan of that shape, or a position is not in it.
    """
    import yaml

    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom) :]
    try:
        root = yaml.compose(body)
    except yaml.YAMLError as error:
        raise PlanError(f"not valid {kind.upper()}: {error}", file=source) from None
    eol = "\r\n" if "\r\n" in body else "\n"
    done_key = '"done"' if kind == "json" else "done"
    edits: list[tuple[int, int, str]] = []
    ticked: list[int] = []
    already: list[int] = []
    for position in sorted(set(positions)):
        node = _block_node(root, position, source=source)
        line = node.start_mark.line + 1
        pairs: list[tuple[Any, Any]] = list(node.value)
        current = next((v for k, v in pairs if getattr(k, "value", None) == "done"), None)
        if current is not None:
            if str(current.value).lower() == "true":
                already.append(line)
                continue
            edits.append((current.start_mark.index, current.end_mark.index, "true"))
        elif node.flow_style or not pairs:
            edits.append(_flow_insert(body, node, pairs, done_key=done_key, eol=eol))
        else:
            edits.append(_block_insert(body, pairs, source=source, eol=eol))
        ticked.append(line)
    for start, end, new in sorted(edits, reverse=True):
        body = body[:start] + new + body[end:]
    return Ticked(text=bom + body, ticked=tuple(ticked), already=tuple(already))


def _block_node(root: Any, position: tuple[int, int, int], *, source: str) -> Any:
    import yaml

    node = root
    path: list[str | int] = []
    for field, index in zip(("days", "variants", "blocks"), position, strict=True):
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if getattr(k, "value", None) == field), None)
        path.append(field)
        if not isinstance(child, yaml.SequenceNode) or not 0 <= index < len(child.value):
            where = ".".join(str(p) for p in path)
            raise PlanError(f"no {where}[{index}] to tick", file=source)
        node = child.value[index]
        path.append(index)
    if not isinstance(node, yaml.MappingNode):
        raise PlanError("a block to tick is not a mapping", file=source)
    return node


def _flow_insert(
    body: str, node: Any, pairs: list[tuple[Any, Any]], *, done_key: str, eol: str
) -> tuple[int, int, str]:
    if not pairs:
        # `{}`: the key goes inside the braces.
        close = body.rindex("}", node.start_mark.index, node.end_mark.index)
        return close, close, f"{done_key}: true"
    last_key, last_value = pairs[-1]
    at = last_value.end_mark.index
    if last_key.start_mark.line != node.start_mark.line:
        # An object written one key a line: the new key gets a line of its own, aligned.
        return at, at, f",{eol}{' ' * last_key.start_mark.column}{done_key}: true"
    return at, at, f", {done_key}: true"


def _block_insert(
    body: str, pairs: list[tuple[Any, Any]], *, source: str, eol: str
) -> tuple[int, int, str]:
    # Under a key whose value ends on its own line (`title: Read`), a new line cannot break
    # anything; its indentation is the keys'.
    for key, value in pairs:
        if value.end_mark.line == key.start_mark.line:
            line_end = body.find("\n", value.end_mark.index)
            indent = " " * key.start_mark.column
            if line_end < 0:  # the file's last line, with no line end: keep it without one
                return len(body), len(body), f"{eol}{indent}done: true"
            return line_end + 1, line_end + 1, f"{indent}done: true{eol}"
    raise PlanError(
        "cannot add done to a block with no one-line key",
        file=source,
        line=pairs[0][0].start_mark.line + 1,
    )


def tick_diff(old: str, new: str, *, name: str) -> str:
    """A unified diff of a tick, as `--diff` shows it (empty when nothing changed)."""
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    )
