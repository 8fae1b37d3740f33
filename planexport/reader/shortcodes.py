"""Emoji shortcodes in titles (`:roller_coaster:`, `:+1:`): kept whole, as emoji characters are,
never cut to `:roller_coaster` by the colons tidied off a title's ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    import re

__all__ = ["SHORTCODE_TAIL", "hide_shortcodes", "show_shortcodes", "without_shortcodes"]

# Letters, digits, `_`, `+` or `-` between two colons, with a letter or a sign among them; no
# word or colon just outside, so that clock times (`10:30:00`) and labels (`Note:`) are none.
# After the opening colon:
SHORTCODE_TAIL = r"(?=[\w+\-]*[^\W\d_]|[+\-])[\w+\-]+:(?![\w:])"
_SHORTCODE = lazy(r"(?<![\w:]):" + SHORTCODE_TAIL)
# Characters of the private use plane: no title writes them, and tidying keeps them as it
# keeps emoji.
_FIRST = 0xF0000


def hide_shortcodes(text: str) -> tuple[str, list[str]] | None:
    """`text` with each shortcode as one character tidying keeps, and the shortcodes; None
    when it has none."""
    codes: list[str] = []

    def hide(match: re.Match[str]) -> str:
        codes.append(match.group())
        return chr(_FIRST + len(codes) - 1)

    hidden = _SHORTCODE.sub(hide, text)
    return (hidden, codes) if codes else None


def show_shortcodes(text: str, codes: list[str]) -> str:
    """The shortcodes `hide_shortcodes` took out of `text`, back in their places."""
    for idx, code in enumerate(codes):
        text = text.replace(chr(_FIRST + idx), code)
    return text


def without_shortcodes(text: str) -> str:
    """`text` with no shortcodes: what is left of a title once its emoji are set aside."""
    return _SHORTCODE.sub(" ", text) if ":" in text else text
