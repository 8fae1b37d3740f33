"""MkDocs admonitions (`!!! note "Week 1"` over 4-space indented lines) read as Markdown."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["unfold_admonitions"]

# `!!! done "Session 1 (2h)"`, `??? tip`, `???+ note "Day 2"`: a box, its kind, its title.
_BOX = lazy(
    r'^(?P<indent> *)(?:!!!|\?\?\?\+?)[ \t]*(?P<kind>[\w-]+)(?:[ \t]+"(?P<title>[^"\n]*)")?\s*$'
)
_HEADING = lazy(r"^ {0,3}(?P<marks>#{1,6})\s")
_FENCE = lazy(r"^ *(```|~~~)")


def unfold_admonitions(text: str) -> str | None:
    """`text` with each admonition's title as a heading and its lines dedented, line for line.

    The title is a heading one level below the last heading written above the box (a box inside
    a box one level further); a box with no title is headed by its kind (`Tip`). None when the
    text has no admonition with indented lines under it.
    """
    lines = [_expand_tabs(line) for line in text.split("\n")]
    out: list[str] = []
    level = 1  # the level of the last real heading
    boxes: list[int] = []  # the indent of the content of each open box
    found = False
    fenced = False
    hidden = False  # inside a `{# … #}` comment of the MkDocs macros plugin: not shown
    for pos, line in enumerate(lines):
        if hidden or line.strip().startswith("{#"):
            hidden = "#}" not in line
            out.append("")
            continue
        while boxes and line.strip() and _indent(line) < boxes[-1]:
            boxes.pop()
        cut = boxes[-1] if boxes else 0
        body = line[cut:] if line.strip() else ""
        if _FENCE.match(body):
            fenced = not fenced
        box = None if fenced else _BOX.match(body)
        if box is not None and _has_content(lines, pos, cut + len(box.group("indent")) + 4):
            found = True
            title = box.group("title") or box.group("kind").capitalize()
            out.append(f"{'#' * min(level + 1 + len(boxes), 6)} {title.strip() or 'Note'}")
            boxes.append(cut + len(box.group("indent")) + 4)
            continue
        heading = None if fenced or boxes else _HEADING.match(body)
        if heading is not None:
            level = len(heading.group("marks"))
        out.append(body)
    return "\n".join(out) if found else None


def _has_content(lines: list[str], pos: int, indent: int) -> bool:
    """Whether the first non-blank line after `pos` is indented under the box."""
    for line in lines[pos + 1 :]:
        if line.strip():
            return _indent(line) >= indent
    return False


def _expand_tabs(line: str) -> str:
    """`line` with the tabs of its indent as spaces, to the next multiple of 4 as Python-Markdown
    counts them (`\t\t` and `  \t  \t` are both content of a box nested in a box)."""
    body = line.lstrip(" \t")
    return line[: len(line) - len(body)].expandtabs(4) + body


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
