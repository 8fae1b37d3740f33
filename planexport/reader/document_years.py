"""Years that end a document's number (`Resolução CONEPE Nº 038/2022`), not a date's year.

A course plan for `2025.2` cites `Resolução Nº 030/2012`: those years number the rules, they do
not date the plan's rows (`| 14/08 | 1hs |`). A number before the slash past any month (`038`,
`9.394`) and not itself a year (`2022/2023`) makes the year after it a document's; a day and
month before it (`14/08/2025`) or a month (`09/2025`) keep it a date's. When a plan writes many
years (a bibliography's, a regulation's), its rows take the one its opening lines write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from collections.abc import Callable

    from planexport.reader.outline import Node

__all__ = ["opening_year", "without_document_years"]

_NUMBERED = lazy(r"(\d[\d.]*)/(?:19|20)\d\d(?!\d)")


def without_document_years(text: str) -> str:
    """`text` with each document number that ends in a year (`038/2022`) blanked out."""
    if "/" not in text:
        return text

    def blank(match: object) -> str:
        found = match.group()  # type: ignore[attr-defined]
        start = match.start()  # type: ignore[attr-defined]
        number = match.group(1).replace(".", "")  # type: ignore[attr-defined]
        if start and (text[start - 1].isdigit() or text[start - 1] == "/"):
            return str(found)  # "14/08/2025": the year of a date
        if int(number) <= 12 or (len(number) == 4 and number[:2] in ("19", "20")):
            return str(found)  # "09/2025", "2022/2023": a month's or a school year's
        return " " * len(found)

    return _NUMBERED.sub(blank, text)


def opening_year(nodes: list[Node], years: Callable[[list[Node]], list[int]]) -> int | None:
    """The only year the plan's opening lines write, before its first heading (a course plan's
    title in a list: `* TCC II - T01 (2025.2)`), else None."""
    first = next((idx for idx, node in enumerate(nodes) if node.kind == "heading"), 0)
    found = years(nodes[:first])
    return found[0] if len(found) == 1 else None
