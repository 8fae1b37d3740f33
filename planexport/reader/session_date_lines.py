"""Dated sessions whose date is on the line under their name: `### Chapitre 7 - Séance 3` over
`Mardi 1/10/2024` over `_2h_`, and `**Chapitre 8 - Séance 1**`, a blank line, then
`*jeudi 03/04/2025*` over `_2h_`. Each is read as `### Chapitre 7 - Séance 3 Mardi 1/10/2024`
over `_2h_` is (see `session_days`): the session is the day, dated and as long as its length
line, not a day titled `2h` or by the weekday on the date's line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap

if TYPE_CHECKING:
    import re
    from collections.abc import Callable

__all__ = ["session_date_lines"]

# A session's name holds its number and its date line a day's number: most plans pass
# untouched after this look.
_DIGIT = lazy(r"\d")


def session_date_lines(nodes: list[Node]) -> list[Node]:
    """`nodes` with each such session's date line joined to its name, as described above; only
    where two sessions or more are dated so or on their own line, else `nodes` as they are."""
    places = [
        idx
        for idx in range(len(nodes) - 1)
        if nodes[idx].kind in ("heading", "paragraph")
        and nodes[idx + 1].kind == "paragraph"
        and _DIGIT.search(nodes[idx].text) is not None
        and _DIGIT.search(nodes[idx + 1].text) is not None
    ]
    if not places:
        return nodes
    return _joined(nodes, places)


def _joined(nodes: list[Node], places: list[int]) -> list[Node]:
    from planexport.reader.bold_sessions import bold_session_heads, length_parts, other_words
    from planexport.reader.dates import date_in, month_first, plan_year
    from planexport.reader.session_days import session_name

    year, us = plan_year(nodes), month_first(nodes)
    found: list[tuple[int, list[Node]]] = []
    bold = False
    for idx in places:
        node = nodes[idx]
        named = session_name(unwrap(node.text))
        if named is None or date_in(named["rest"], year, month_first=us)[1] is not None:
            continue
        text = nodes[idx + 1].text.strip()
        before, length, after = length_parts(text) or (text, "", "")
        _, hit = date_in(before, year, month_first=us)
        if hit is None or other_words(before, hit):
            continue  # no date, or a sentence beside it: not the session's date line
        if node.kind == "paragraph":
            bold = True  # "**Chapitre 8 - Séance 1**", a blank line, then its date line
            continue
        line = nodes[idx + 1].line
        new = [Node("heading", node.line, level=node.level, text=f"{node.text} {before}")]
        if length:
            new.append(Node("paragraph", line + 1, text=length))
        if after:
            new.append(Node("paragraph", line + 2, text=after))
        found.append((idx, new))
    out = list(nodes)
    if len(found) + _dated_heads(nodes, session_name, year, us) >= 2:
        for idx, new in reversed(found):
            out[idx : idx + 2] = new
    if bold:
        bold_session_heads(out, session_name, year=year, us=us)
    return out


def _dated_heads(
    nodes: list[Node],
    session: Callable[[str], re.Match[str] | None],
    year: int | None,
    us: bool,
) -> int:
    """How many session headings date themselves (`### Séance 2 — jeudi 3/10/2024`)."""
    from planexport.reader.dates import date_in

    count = 0
    for node in nodes:
        named = session(unwrap(node.text)) if node.kind == "heading" else None
        if named is not None and date_in(named["rest"], year, month_first=us)[1] is not None:
            count += 1
    return count
