"""Links and footnote markers left in a title: `[Slides][talk-1]`, `[[slides][D1-talk]]`,
`[Docs](https://…)`, `Keynote[^1]`, wiki links `[[yoga]], breakfast` and `[[Notes/Calc|calculus
notes]]`: the words stay, the references, targets and markers go."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from planexport.reader.character_references import decoded
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

__all__ = ["cleaned", "link_labels", "linkless"]

# A line that may define a link (`[D1-talk]: https://…`); markdown-it says whether it does.
_DEFINITION = lazy(r"^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:", re.MULTILINE)
# "Keynote[^1]", "Keynote [^note]": a footnote marker, with the space before it.
_FOOTNOTE = lazy(r"[ \t]*(?<!\\)\[\^[^\]\s]+\](?!:)")
_ADDRESS = lazy(r"(?:[a-z][a-z0-9+.-]*://|mailto:|www\.|\.{0,2}/)\S*", re.IGNORECASE)
# "[Docs](https://…)", "[Docs](<a b.html> "Title")": the link's text.
_INLINE = lazy(
    r"(?<![\\!\]])\[([^\[\]]*)\]\(\s*(?:<[^<>\n]*>|[^()\s<>]*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
# "[[slides][D1-talk]]" (org-style): the text in its brackets; org writes the target first
# ("[[https://…][Slides]]"), so a first part that is an address gives way to the second.
# Else "[Slides][talk-1]", "[Slides][]", "[Slides]": a link when its label is defined. One
# pass for both, so that the text an org link leaves is not read again.
_REFERENCE = lazy(
    r"(?<!\\)\[\[(?P<first>[^\[\]]+)\]\[(?P<second>[^\[\]]+)\]\]"
    r"|(?<![\\!\]])\[(?P<text>[^\[\]]+)\](?:\[(?P<ref>[^\[\]]*)\])?(?![(:\[])"
)
# "[[yoga]]", "[[Notes/Calc|calculus notes]]" (a wiki's link, as note apps write it): its label,
# else its target. Not org-style "[[text][ref]]" (no "][" inside), nor an image's "![[…]]".
_WIKI = lazy(
    r"(?<![\\!\[])\[\[(?P<target>[^\[\]|\n]*[^\[\]|\s][^\[\]|\n]*)"
    r"(?:\|(?P<label>[^\[\]|\n]*\S[^\[\]|\n]*))?\]\](?![\[(:\]])"
)
# A label that names nothing but its definition ("[1]", "[D1-talk]", "[ref_3]"): no words.
_ID = lazy(r"[^\s]*[\d_\-:/#.][^\s]*")
_BLANKS = lazy(r"[^\S\n]+")


def link_labels(body: str) -> frozenset[str]:
    """The labels of the link reference definitions in `body` (`[D1-talk]: https://…`),
    as markdown-it normalises them; a plan with no line like one is not parsed for them."""
    if "]:" not in body or _DEFINITION.search(body) is None:
        return frozenset()
    env: dict[str, Any] = {}
    _parser().parse(body, env)
    return frozenset(env.get("references", {}))


@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    parser.disable(["inline", "text_join"])  # the definitions are read with the blocks
    return parser


def linkless(title: str, labels: frozenset[str] = frozenset()) -> str:
    """`title` with each link reduced to its text and each footnote marker left out.

    `[text](target)` is `text`, a wiki link `[[target]]` or `[[target|label]]` its label or
    else its target, and org-style `[[text][ref]]` is `[text]` as written;
    `[text][ref]`, `[text][]` and `[text]` are `text` only when `labels` (see `link_labels`)
    defines the label, as in Markdown, and a lone `[ref]` with no words in it (`[1]`,
    `[D1-talk]`) goes. Where anything went, blanks are made one space each; the ends are the
    caller's to trim.
    """
    if "[" not in title:
        return title
    before = title
    if "[^" in title:
        title = _FOOTNOTE.sub("", title)
    if "](" in title:
        title = _INLINE.sub(r"\1", title)
    if "[[" in title and "]]" in title:
        title = _WIKI.sub(lambda wiki: (wiki["label"] or wiki["target"]).strip(), title)
    if labels or "[[" in title:
        title = _REFERENCE.sub(functools.partial(_reference, labels=labels), title)
    return title if title == before else _BLANKS.sub(" ", title)


def cleaned(title: str, labels: frozenset[str] = frozenset()) -> str:
    """`title` with its links as their text, no footnote markers and its character references
    decoded, trimmed (a day's title: its emphasis is tidied apart)."""
    return decoded(linkless(title, labels)).strip()


def _reference(match: re.Match[str], *, labels: frozenset[str]) -> str:
    from markdown_it.common.utils import normalizeReference

    first, second = match["first"], match["second"]
    if first is not None:  # org-style: its text stays in its brackets, "[slides]"
        address = _ADDRESS.fullmatch(first) and not _ADDRESS.fullmatch(second)
        return f"[{second if address else first}]"
    text, ref = match["text"], match["ref"]
    if not labels or normalizeReference(ref or text) not in labels:
        return match.group(0)  # brackets as written: "[optional]", "[x]"
    if ref is None and _ID.fullmatch(text):
        return ""
    return text
