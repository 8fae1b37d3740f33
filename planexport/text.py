"""Plan text (inline Markdown) rendered as plain text for calendars and task lists."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["plain"]

# Text without any of these has no inline Markdown in it and comes out unchanged; most plan text
# is like that, so it never reaches the parser. A newline sends text to the parser too, so that
# line breaks come out the same whether or not the text also has markup.
_MARKUP = re.compile(r"[\\`*_\[\]!<>&~\n\r]")


@functools.cache
def _parser() -> MarkdownIt:
    """CommonMark plus ~~strikethrough~~, with link targets kept as written.

    markdown-it is loaded here, on the first text with markup: calendars of plain titles never
    need it.
    """
    from markdown_it import MarkdownIt

    class _Markdown(MarkdownIt):
        def normalizeLink(self, url: str) -> str:
            # The default percent-encodes targets for HTML; a reader of a calendar wants them
            # as typed.
            return url

        def validateLink(self, url: str) -> bool:
            # Nothing is rendered as HTML, so no target is dangerous; keep every link a link.
            return True

    parser = _Markdown("commonmark")
    parser.enable("strikethrough")
    return parser


@functools.lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Render inline Markdown as plain text.

    Emphasis, strong and strikethrough marks go, code spans keep their text (without the
    backticks), `[text](target)` becomes `text (target)`, an image its alt text and target,
    backslash escapes and entities their characters, and raw HTML stays as written. A line break
    stays a line break ("\\n"); spaces around it go, as in Markdown.

    Args:
        text: one paragraph of inline Markdown (a title, a bullet, a note).

    Returns:
        The text a person reads when the Markdown is rendered.
    """
    if not _MARKUP.search(text):
        return text
    tokens = _parser().parseInline(text.replace("\r\n", "\n").replace("\r", "\n"))
    children = tokens[0].children if tokens else None
    return _render(children or [])


def _render(tokens: list[Token]) -> str:
    out: list[str] = []
    # Each open link remembers where its text starts, to compare that text with its target.
    links: list[tuple[int, str]] = []
    for token in tokens:
        kind = token.type
        if kind in ("text", "code_inline", "html_inline"):
            out.append(token.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
        elif kind == "link_open":
            links.append((len(out), str(token.attrs.get("href", ""))))
        elif kind == "link_close" and links:
            begin, target = links.pop()
            out.append(_target_suffix("".join(out[begin:]), target))
        elif kind == "image":
            alt = _render(token.children or [])
            out.append(alt + _target_suffix(alt, str(token.attrs.get("src", ""))))
        # Everything else is an emphasis, strong or strikethrough mark: dropped.
    return "".join(out)


def _target_suffix(label: str, target: str) -> str:
    """` (target)`, unless the label already says it (autolinks, e-mail addresses, no target)."""
    if not target or target in (label, f"mailto:{label}"):
        return ""
    if not label:
        return target
    return f" ({target})"
