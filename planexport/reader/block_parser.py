"""The block parser the reader tokenises a plan with: markdown-it's CommonMark with tables, its
inline rules off (inline text is kept as written) and the block rules the text gives nothing to
left out, which gives the same tokens with fewer tries a line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["block_parser"]

# A line of `=` or `-` alone (in a list item or a quote too), and a line with text before it.
_UNDERLINE = lazy(r"(?m)^[ \t>]*(?:=+|-+)[ \t\r]*$")
_TEXT_BEFORE = lazy(r"[^\s>]")


def _underlined(body: str) -> bool:
    """Whether a line of `=` or `-` alone follows a line with text."""
    for match in _UNDERLINE.finditer(body):
        end = match.start() - 1  # the newline before the underline
        if end > 0 and _TEXT_BEFORE.search(body, body.rfind("\n", 0, end) + 1, end):
            return True
    return False


# Parsers by the block rules they leave out, each built once (building one costs more than a
# parse).
_PARSERS: dict[tuple[str, ...], Any] = {}
# Block rules and what a text must hold for each to find anything: where a text has none of
# it, the rule is left out of the parse, which then gives the same tokens with fewer tries a
# line (a long plan's lines are tried against every rule in turn).
_NEEDS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("fence", lambda body: "```" in body or "~~~" in body),
    ("blockquote", lambda body: ">" in body),
    ("html_block", lambda body: "<" in body),
    ("reference", lambda body: "]:" in body),
    # An indented code block needs four columns of indent, a tab among them or four spaces in a
    # row, after a line's start or a quote's or list item's mark.
    ("code", lambda body: "    " in body or "\t" in body),
    # A setext heading's underline: `===` or `---` right under a line of text. The rule reads
    # every paragraph twice over, so leaving it out of a plan without one saves a sixth of the
    # parse.
    ("lheading", _underlined),
)


def block_parser(body: str) -> Any:
    """A parser of block structure for `body`, without the rules `body` gives nothing to."""
    unused = tuple(rule for rule, needed in _NEEDS if not needed(body))
    parser = _PARSERS.get(unused)
    if parser is None:
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark").enable("table")
        # Block structure is all we need; inline text is kept as written.
        parser.disable(["inline", "text_join", *unused])
        _PARSERS[unused] = parser
    return parser
