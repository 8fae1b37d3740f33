"""A sentence that sums a session up in timed parts over a weekday table with a column per part
(`Cada sesión = **Calentamiento (~10')** + **Bloque 1: Fuerza (~20')** + **Bloque 2: Metcon
(~20')**` over `| Día | Foco | Bloque 1 (Fuerza) | Bloque 2 (Metcon) |`): a column named by a
part takes its length, and a part with no column is a block of every day, in the sentence's
order."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["formula_table"]

# "Cada sesión =", "Each session:", "Jede Einheit:", "Ogni sessione:": what the sum is of
_LEAD = lazy(
    r"^[^=:+()\d]{0,40}?\b(?:session|sessions|sesion|sesiones|sitzung|einheit|training|workout"
    r"|seance|sessione|sessao|sessie|entreno|entrenamiento|allenamento|treino|dia|day|tag|jour"
    r"|giorno|dag)\b[^=:+()\d]{0,20}[=:]\s*",
    re.IGNORECASE,
)


class _Part(NamedTuple):
    name: str  # "Bloque 1: Fuerza"
    length: str  # "~20'"


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^\w]+", " ", fold(text)).split())


def _parts(text: str) -> list[_Part]:
    """The timed parts of a sum (`A (~10') + B: X (~20')`), or [] when any part has no length."""
    plain = text.replace("**", "").replace("__", "").strip().rstrip(".")
    if "=" in plain:
        plain = plain.split("=", 1)[1]
    elif (lead := _LEAD.match(plain)) is not None:
        plain = plain[lead.end() :]
    pieces = [p.strip() for p in plain.split("+")]
    if len(pieces) < 2:
        return []
    parts = []
    for piece in pieces:
        found = find_duration(piece)
        if found is None:
            return []
        before, after = piece[: found.start], piece[found.end :]
        name = re.sub(r"[\s(~≈±]+$", "", before).strip(" *_:–—-")
        if after.strip(" )*_.") or not _words(name):
            return []  # "Calentamiento (~10') y movilidad": more than a part and its length
        parts.append(_Part(name, piece[found.start : found.end].strip()))
    return parts


def _column(part: _Part, header: list[str]) -> int | None:
    """The column a part names: the same words (`Bloque 1 (Fuerza)` for `Bloque 1: Fuerza`), or
    the part's label alone (`Bloque 3` for `Bloque 3: movilidad`)."""
    label = _words(part.name.split(":", 1)[0])
    whole = _words(part.name)
    for col in range(1, len(header)):
        words = _words(header[col])
        if words and (words == whole or _words(re.sub(r"\([^)]*\)", " ", header[col])) == label):
            return col
    return None


def formula_table(nodes: list[Node], idx: int) -> Node | None:
    """The table at `idx` with its part columns timed by the sum in a paragraph above it (up to
    the heading), and the parts with no column added as columns of their own; None without such
    a sum or a column it names."""
    table = nodes[idx]
    if table.kind != "table" or len(table.rows) < 2:
        return None
    for back in range(idx - 1, -1, -1):
        node = nodes[back]
        if node.kind != "paragraph":
            return None  # a heading, a list or another table: the sum is not this table's
        if "+" in node.text and (parts := _parts(node.text)):
            return _timed(table, parts)
    return None


def _timed(table: Node, parts: list[_Part]) -> Node | None:
    header = table.rows[0]
    cols = [_column(part, header) for part in parts]
    named = [c for c in cols if c is not None]
    if not named or len(set(named)) != len(named):
        return None
    heads = list(header)
    for part, col in zip(parts, cols, strict=True):
        if col is not None and find_duration(header[col]) is None:
            heads[col] = f"{header[col]} ({part.length})"
    # a part with no column goes before the column of the next part that has one, else last
    order: list[int | _Part] = []
    for col in range(len(header)):
        for index, (part, at) in enumerate(zip(parts, cols, strict=True)):
            if at is None and next((c for c in cols[index + 1 :] if c is not None), None) == col:
                order.append(part)
        order.append(col)
    order.extend(p for i, (p, c) in enumerate(zip(parts, cols, strict=True))
                 if c is None and all(n is None for n in cols[i + 1 :]))  # fmt: skip
    rows = [
        [
            (f"{o.name} ({o.length})" if r == 0 else o.name)
            if isinstance(o, _Part)
            else ((heads if r == 0 else row)[o] if o < len(row) else "")
            for o in order
        ]
        for r, row in enumerate(table.rows)
    ]
    return replace(table, rows=rows)
