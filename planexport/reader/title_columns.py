"""Which column titles a table's rows by its header: `Block` names them, `Content` details them;
a first column headed `Name` (a Notion database's title) names them beside a `Subject`."""

from __future__ import annotations

import re

from planexport.reader.outline import unwrap
from planexport.reader.words import fold

__all__ = ["named_title"]

# Headers of the long text about a row: kept as its note when another column names it.
_DETAIL_WORDS = frozenset((
    "content", "contents", "inhalt", "inhalte", "contenido", "contenidos", "contenu", "contenuto",
    "conteudo", "inhoud", "notes", "note", "notas", "nota", "notizen", "notiz", "details",
    "detail", "detalles", "dettagli", "detalhes", "description", "beschreibung", "descripcion",
    "descrizione", "descricao", "beschrijving", "comments", "remarks", "opmerkingen",
    # what a row is for (`| Time | Session | Goal |`): its note, beside the name
    "goal", "goals", "objective", "objectives", "objetivo", "objetivos", "objectif", "objectifs",
    "obiettivo", "obiettivi", "ziel", "ziele", "lernziel", "lernziele", "doel", "doelen",
    "purpose", "aim", "aims",
))  # fmt: skip
# Headers of a column that names each row (`| Block |` over `Deep study`).
_NAMING_WORDS = frozenset(("block", "bloque", "bloc", "blocco", "bloco", "blok", "session",
                           "sesion", "seance", "sessione", "sessao", "sessie", "item", "slot",
                           "einheit"))  # fmt: skip

# A first column headed so holds each row's own name: a Notion database's title property.
_NAME_WORDS = frozenset(("name", "nombre", "nom", "nome", "naam"))
# Headers of a column that sorts the rows into subjects, beside their names.
_SUBJECT_WORDS = frozenset(("subject", "subjects", "fach", "materia", "matiere", "vak", "course",
                            "kurs", "curso", "cours", "corso", "category", "kategorie",
                            "categoria", "categorie"))  # fmt: skip


def named_title(header: list[str], rows: list[list[str]], cols: dict[str, int | None]) -> None:
    """Title the rows by the column that names them when the chosen title column is a column
    of details (`| Time | Block | Content |`: `DEEP (1h45)`, with the content its note) or
    when no column titles them (`| Time | Block |` over `| 5:30–7:00 | Deep study |`). The
    naming column must hold names, not numbers or its own header word (`Block 1`) or parts of
    the day (`Morning`): those stay labels."""
    from planexport.reader.blocks import session_name

    if _first_names(header, rows, cols):
        return
    dur = cols["dur"]
    if cols["span"] is not None and dur is not None and _names(header[dur], _NAMING_WORDS):
        cols["label"], cols["dur"] = dur, None  # "| 5:30–7:15 | DEEP (1h45) |": the span counts
    used = {col for col in cols.values() if col is not None}
    label = cols["label"]
    if label is None or not _names(header[label], _NAMING_WORDS):
        # "| Tijd | Sessie | Inhoud |": a naming column no other role took
        label = next(
            (c for c, name in enumerate(header) if c not in used and _names(name, _NAMING_WORDS)),
            None,
        )
    title = cols["title"]
    if label is None:
        return
    if title is not None and not _names(header[title], _DETAIL_WORDS):
        return
    cells = [unwrap(row[label]).strip() for row in rows if label < len(row)]
    filled = [cell for cell in cells if cell.strip(" -—–")]
    word = fold(unwrap(header[label])).strip()
    if not filled or any(
        session_name(cell) is not None or _numbered(cell, word) for cell in filled
    ):
        return
    if title is not None and cols["note"] is None:
        cols["note"] = title  # "Maths or English. Hardest material, …": what the block holds
    cols["title"], cols["label"] = label, None


def _names(header: str, words: frozenset[str]) -> bool:
    found = re.findall(r"[a-z]+", fold(unwrap(header)))
    return 0 < len(found) <= 2 and found[0] in words


def _numbered(cell: str, word: str) -> bool:
    """`1`, `B2`, `Block 1`, `Bloque A`: a number or a letter, with the header's word or not."""
    text = fold(cell).strip(" *_.:#")
    if text.startswith(word):
        text = text[len(word) :].strip(" *_.:#")
    return re.fullmatch(r"[a-z]?\d{0,3}[a-z]?", text) is not None


def _first_names(header: list[str], rows: list[list[str]], cols: dict[str, int | None]) -> bool:
    """Title the rows by a first column headed `Name` when the title column chosen sorts them
    into subjects (`| Name | Date | Subject |` over `| Chapter 4 reading | … | Biology |`): the
    subject is then the block's note. True when so."""
    title = cols["title"]
    if not header or title in (None, 0) or 0 in cols.values():
        return False
    if not (_names(header[0], _NAME_WORDS) and _names(header[title], _SUBJECT_WORDS)):
        return False
    cells = [unwrap(row[0]).strip() for row in rows if row]
    if not cells or not all(re.search(r"[^\W\d_]", cell) for cell in cells):
        return False
    if cols["note"] is None:
        cols["note"] = title
    cols["title"] = 0
    return True
