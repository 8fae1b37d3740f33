"""Links whose text only says they are links, after a title's own words (`**Two Sum**
[Link](https://…) - 15 mins`, `Coin Change ([Solution](…))`): they go, as a reader skips them;
inside a sentence (`Read the [video](…) notes`) the word stays."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.words import LINK_ONLY_WORDS, fold

__all__ = ["without_generic_links"]

# The last link of the title, in brackets or not, with nothing but marks after it.
_LAST_LINK = lazy(r"\s*\(?\[\s*([^\[\]]*?)\s*\]\([^()\s]*\)\)?[\s*_.,;:|\-–—]*$")
_WORD = lazy(r"[^\W\d_]")
_GENERIC = frozenset(fold(w) for w in LINK_ONLY_WORDS)


def without_generic_links(title: str) -> str:
    """`title` without a last link whose text is only a word such as `Link` or `Solution`,
    when words of its own come before it; `title` as it was otherwise."""
    last = _LAST_LINK.search(title)
    if last is None or fold(last.group(1)) not in _GENERIC:
        return title
    if _WORD.search(title, 0, last.start()) is None:
        return title  # "[Link](…)" alone: the only word there is
    from planexport.reader.blocks import is_break

    kept = title[: last.start()]
    # "**Word Break** [Link](…)": a page to open is work, never a break its words may look like
    return title if is_break(kept.strip(" *_")) else kept
