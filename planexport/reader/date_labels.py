"""Where a one-day plan may give its date: `Date:` lines and the header cells of its tables."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node

__all__ = ["date_labels"]

# "* Datum: Zondag 11 oktober 2020", "**Date:** 11 October": the date of a one-day plan.
_DATE_LABEL = lazy(
    r"^[\W_]*(?:date|datum|fecha|data|when|wann|quand|quando|cu[aá]ndo)[\W_]*?\s*:[*_\s]*(?P<text>.+)",
    re.IGNORECASE,
)


def date_labels(nodes: list[Node]) -> list[str]:
    """Where a one-day plan may give its date: a `Date:` line (an item or a paragraph) and the
    header cells of its tables (`| | Mercoledì 16 Marzo 2022 |`)."""
    found: list[str] = []
    for node in nodes:
        lines = [node.text] if node.kind == "paragraph" else [i.text for i in node.items]
        found += [m["text"] for text in lines if (m := _DATE_LABEL.match(text))]
        if node.kind == "table" and node.rows:
            found += [cell for cell in node.rows[0] if cell.strip()]
    return found
