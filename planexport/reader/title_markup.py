"""Inline HTML tags, inner emphasis, links, character references and Markdown escapes left in a
block's title: the exporters render plain text, so `<span class="invited-name">Sampling</span>` is
`Sampling` and `*Science talk:* Cyclone tracking&nbsp;[^1]` is `Science talk: Cyclone tracking`."""

from __future__ import annotations

import bisect
import functools
import re

from planexport.reader.character_references import decoded
from planexport.reader.lazy import lazy
from planexport.reader.title_links import linkless

__all__ = ["plain_title"]

# Inline tags only ("List<T>" or "a <3 b" are text): their words stay, the tags go.
_TAGS = ("span", "em", "strong", "b", "i", "u", "s", "code", "small", "big", "sup", "sub",
         "mark", "a", "font", "abbr", "kbd", "del", "ins", "q", "cite", "div", "p", "label", "tt",
         "var", "center")  # fmt: skip
_TAG = lazy(rf"</?(?:{'|'.join(_TAGS)})(?:\s[^<>]*)?/?>|<br\s*/?>", re.IGNORECASE)
# "__hands on__", "**Keynote**", "*live*", "_draft_" inside a title; "snake_case_name" and
# "2 * 3 * 4" are no emphasis (a mark inside a word, or space inside the mark).
# A strong run is an opening mark, then the first closing mark of its kind on the line.
_STRONG_OPEN = lazy(r"(?<![\w*_\\])(\*\*|__)(?=[^\s*_])")
_STRONG_CLOSE = lazy(r"(?<=[^\s*_\\])(\*\*|__)(?![\w*_])")
_EM = lazy(r"(?<![\w*_\\])([*_])(?=[^\s*_])([^*_]+?)(?<=[^\s*_\\])\1(?![\w*_])")
# "Pipelines *lecture" (its closing mark taken with the line's end), "Registration_": a mark
# left open at a word's start or end, with no other of its kind in the title.
# "Science talk:* Cyclone tracking" (its opening mark taken with the line's start): a mark left
# closing after a word or a label's colon, with a space after it.
_OPEN = lazy(
    r"(?<!\S)(\*{1,2})(?=[^\s*])(?!.*\*)|(?<=[^\W_])(\*{1,2}|_{1,2})$"
    r"|(?<![*_\\])(?:(?<=[^\W\d_])\*{1,2}|(?<=[:.,;!?)])(?:\*{1,2}|_{1,2}))(?=\s)"
)
# "Statistics** | **Economics": the seam of two strong runs whose outer marks went with the line's;
# "Calculus** or **Physics", "Chemistry* or *Biology", "Lesen** oder **Hören": two runs joined by
# a word for "or" or "and" in the reader's languages, a choice or a pair written in one title.
_SEAM_WORDS = ("or", "and", "oder", "und", "o", "y", "ou", "et", "e", "oppure", "of", "en")
_SEAM = lazy(
    rf"(?<=[^\s*_])(\*\*|__|\*|_)(\s*[|/,;+&]\s*|\s+(?:{'|'.join(_SEAM_WORDS)})\s+)\1(?=[^\s*_])",
    re.IGNORECASE,
)
# "\*", "\_", "\#": a Markdown escape is the character itself; a lone "\" at the end is nothing.
_ESCAPE = lazy(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


# "~~Gym~~ Library", "Gym~~ Library" (its opening marks taken with the line's edge): part of a
# title struck out is kept, without its marks, as in a grid cell struck in part.
_STRUCK = lazy(r"~~(?=[^\s~])|(?<=[^\s~])~~")
_CODE = lazy(r"(`+[^`]*`+)")
# "+ Event Kickoff +": a plus on either side marks the block (mandatory, say), it is no title.
_PLUS_MARKED = lazy(r"\+\s*([^+\s](?:[^+]*[^+\s])?)\s*\+")
_SPACES = lazy(r"[ \t]{2,}")


@functools.lru_cache(maxsize=4096)  # a long plan titles its blocks alike week after week
def plain_title(title: str, links: frozenset[str] = frozenset()) -> str:
    """`title` as plain text: no inline tags, no emphasis marks inside it, links as their text
    (`links`: the labels the plan defines, see `link_labels`), no footnote markers, no escapes,
    character references as their characters, no plus marks around it (`+ Event Kickoff +`),
    no strike marks (`~~Gym~~ Library` is `Gym Library`);
    a code span (`` `<div>` ``, `` `__init__` ``) stays as written."""
    if "`" in title:
        parts = _CODE.split(title)
        text = "".join(p if n % 2 else _plain(p, links) for n, p in enumerate(parts))
        return text.strip()
    text = _plain(title, links).strip()
    if text.startswith("+") and (marked := _PLUS_MARKED.fullmatch(text)) is not None:
        return marked.group(1)
    return text


def _plain(title: str, links: frozenset[str]) -> str:
    title = linkless(title, links)  # first: a link's text may hold emphasis
    if "<" in title:
        title = _SPACES.sub(" ", _TAG.sub(" ", title))
    if "*" in title or "_" in title:
        title = _SEAM.sub(r"\2", title)
        title = _EM.sub(r"\2", "\n".join(map(_unstrong, title.split("\n"))))
        title = _OPEN.sub("", title) if title.count("*") + title.count("_") <= 2 else title
    if "~~" in title:
        title = _STRUCK.sub("", title)
    if "\\" in title:
        title = _ESCAPE.sub(r"\1", title).rstrip("\\ ").rstrip()
    return decoded(title, trim=False)  # last: "&ast;" is a star, not a mark


def _unstrong(line: str) -> str:
    r"""`line` with the marks of each strong run (`**Keynote**`, `__hands on__`) taken away.

    The runs, from the left, are those a lazy `(\*\*|__)(.+?)\1` would replace. Each closing
    mark is found once: a pattern would read the rest of the line again from every opening
    mark that has none after it (`**a **a **a …`).
    """
    closes: dict[str, list[int]] = {"**": [], "__": []}
    for close in _STRONG_CLOSE.finditer(line):
        closes[close.group(1)].append(close.start())
    out: list[str] = []
    done = 0
    for opening in _STRONG_OPEN.finditer(line):
        start = opening.start()
        ends = closes[opening.group(1)]
        at = bisect.bisect_left(ends, start + 3)  # at least one character inside
        if start < done or at == len(ends):
            continue
        out += (line[done:start], line[start + 2 : ends[at]])
        done = ends[at] + 2
    return "".join(out) + line[done:]
