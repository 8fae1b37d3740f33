"""A table whose title column only numbers its rows, with the titles in another column.

Course outlines number their modules in a first column whose header is itself a word for what
a row is, then name each module beside it:

    | Abschnitt | Thema                    | Dauer  |
    |-----------|--------------------------|--------|
    | 1.        | Zellen, Zeilen, Spalten  | 45 min |

`Abschnitt` is read as the column of titles, yet `1.` names nothing: the row is titled by the
next column a title word heads (`Thema`, `Titre`, `Assunto`), or else by the column that
describes the rows when that holds their only words (`| Tarea | Descripción | Duración |`).
The numbers only order the rows, as a `| # |` column does, and are not kept. Numbers with no
worded column beside them (`| Abschnitt | Seiten |` over `| 1 | 12–30 |`) stay the titles.
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import NOTE_COLUMN_WORDS, TITLE_COLUMN_WORDS, fold

__all__ = ["worded_title"]

# Headers of a column that describes each row, folded: `Descripción`, `Beschreibung`, `Notes`.
_DESCRIBING = frozenset((*NOTE_COLUMN_WORDS, "description", "descripcion", "descrizione",
                         "descricao", "beschreibung", "beschrijving", "omschrijving", "details",
                         "detalles", "dettagli", "detalhes"))  # fmt: skip
# "01", "1.", "**2**", "#3", "(4)": a row's number and nothing else.
_NUMBER = lazy(r"[\W_]*\d{1,3}[\W_]*")


def worded_title(header: list[str], rows: list[list[str]], cols: dict[str, int | None]) -> None:
    """Move the rows' titles off a column of bare numbers onto the column that names them."""
    title = cols["title"]
    if title is None or not _numbers(_cells(rows, title)):
        return
    used = {col for col in cols.values() if col is not None}
    named = next(
        (
            col
            for col, name in enumerate(header)
            if col not in used and _title_word(name) and _worded(_cells(rows, col))
        ),
        None,
    )
    if named is not None:
        cols["title"] = named
        return
    note = cols["note"]
    if note is None:
        note = next(
            (col for col, name in enumerate(header) if col not in used and _has(name, _DESCRIBING)),
            None,
        )
    if note is not None and _worded(_cells(rows, note)):
        cols["title"], cols["note"] = note, None


def _cells(rows: list[list[str]], col: int) -> list[str]:
    """The column's filled cells, unwrapped of links and emphasis."""
    cells = (unwrap(row[col]).strip() for row in rows if col < len(row))
    return [cell for cell in cells if cell.strip(" -—–")]


def _numbers(cells: list[str]) -> bool:
    """Whether every filled cell, two at least, is a bare number (`01`, `2.`)."""
    return len(cells) >= 2 and all(_NUMBER.fullmatch(cell) for cell in cells)


def _worded(cells: list[str]) -> bool:
    """Whether every filled cell, one at least, holds a word."""
    return bool(cells) and all(re.search(r"[^\W\d_]", cell) for cell in cells)


def _title_word(header: str) -> bool:
    """Whether a header is a word for what a row is (`Titel`, `Thema`, `Título`)."""
    return _has(header, frozenset(TITLE_COLUMN_WORDS))


def _has(header: str, words: frozenset[str]) -> bool:
    """Whether a header holds one of the words, folded."""
    return any(word in words for word in re.findall(r"[a-z]+", fold(unwrap(header))))
