"""Quick tests for the words a rare style needs, asked of all a plan's lines at once before a
pass reads them one by one: `may_hold(lines_of(nodes), ("sleep", "schlaf"))` is False for a
plan with no `Sleep:` line in any case, so the pass gives its answer for no such line at once.

The text is lower-cased as UTF-8 bytes (ASCII letters only, far quicker than `str.lower` on a
long text with a dash or an accent in it), and the four letters outside ASCII that `re` matches
to ASCII ones when it ignores case (`İ` and `ı` to `i`, `ſ` to `s`, the Kelvin sign to `k`) are
written as those: a pattern that ignores case finds a word only where its stem is found here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planexport.reader.outline import Item, Node

__all__ = ["lines_of", "may_hold"]

# The letters outside ASCII that `re.IGNORECASE` matches to an ASCII letter, as UTF-8.
_AS_ASCII = (
    ("\u0130".encode(), b"i"),
    ("\u0131".encode(), b"i"),
    ("\u017f".encode(), b"s"),
    ("\u212a".encode(), b"k"),
)


def lines_of(nodes: list[Node]) -> str:
    """The text of every node and of every list item at any depth, a line each."""
    found: list[str] = []
    add = found.append
    for node in nodes:
        add(node.text)
        if not node.items:
            continue  # a heading, a paragraph, a table: no items (most nodes; cheap)
        # Depth first, each item before its children and they before its next sibling: the
        # iterator of each level goes on where it stopped once the level below is done.
        levels: list[Iterator[Item]] = [iter(node.items)]
        while levels:
            for item in levels[-1]:
                add(item.text)
                if item.children:
                    levels.append(iter(item.children))
                    break
            else:
                levels.pop()
    return "\n".join(found)


def may_hold(text: str, stems: tuple[str, ...]) -> bool:
    """False only where none of `stems` (ASCII letters, lower case) is in `text` in any case."""
    low = _lowered(text)
    return any(stem.encode() in low for stem in stems)


# The last text lowered and its bytes: the text stages ask about one body after another, and
# a body no stage has changed is the same string.
_LAST: list[tuple[str, bytes]] = []


def _lowered(text: str) -> bytes:
    """`text` as UTF-8, ASCII letters lower-cased, the letters `re` matches to ASCII as those."""
    if _LAST and _LAST[0][0] is text:
        return _LAST[0][1]
    low = text.encode("utf-8", "surrogatepass").lower()
    if not low.isascii():  # an ASCII text holds none of them
        for letter, ascii_letter in _AS_ASCII:
            if letter in low:
                low = low.replace(letter, ascii_letter)
    _LAST[:] = [(text, low)]
    return low
