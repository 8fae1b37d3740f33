"""Day rows with a column headed as the length (`| Tag | Fokus | Dauer |`): one block a row."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.table_columns import cell_at, has_word, header_names
from planexport.reader.words import DAY_COLUMN_WORDS, SKIP_COLUMN_WORDS, TITLE_COLUMN_WORDS, fold

__all__ = ["NOTE_WORDS", "length_roles", "row_items"]

_LENGTH_WORDS = ("duration", "dauer", "duracion", "duree", "durata", "duracao", "duur", "length",
                 "lange", "zeitaufwand", "zeitbedarf", "tijdsduur")  # fmt: skip
# "Sätze", "Wiederholungen", "Sets", "Reps", "Series": how often, never what is done.
_COUNT_WORDS = ("set", "satz", "satze", "wiederholung", "wiederholungen", "wdh", "rep", "reps",
                "repetition", "repetitions", "serie", "series", "repeticion", "repeticiones",
                "repeticoes", "repetitie", "herhaling", "herhalingen", "ripetizione", "ripetizioni",
                "round", "rounds", "runde", "runden", "ronda", "rondas", "giri", "tours", "count",
                "anzahl", "aantal")  # fmt: skip
NOTE_WORDS = ("note", "notes", "notiz", "notizen", "hinweis", "hinweise", "anmerkung",
              "anmerkungen", "bemerkung", "bemerkungen", "nota", "notas", "remarque",
              "remarques", "opmerking", "opmerkingen", "comment", "comments", "kommentar",
              "comentario", "comentarios", "commento", "tip", "tips", "tipp", "tipps", "consejo",
              "consejos", "conseil", "conseils", "consiglio", "dica", "dicas")  # fmt: skip
_EMPTY = ("", "-", "—", "–", "/", "n/a")


def _length_column(header: list[str], body: list[list[str]]) -> int | None:
    """The column headed as the length (`Dauer`, `Duración`) with a length in most filled rows."""
    for col, name in enumerate(header):
        if col == 0 or not has_word(name, _LENGTH_WORDS):
            continue
        filled = [row[col] for row in body if col < len(row) and row[col].strip(" -—–")]
        timed = sum(1 for cell in filled if find_duration(cell) is not None)
        if timed and 2 * timed >= len(filled):
            return col
    return None


def length_roles(
    node: Node, cols: dict[str, int | None], *, dates: int | None
) -> dict[str, int | None] | None:
    """The column roles of a table of day rows with a length column beside other text columns
    (`Trainingsfokus`, `Übungen`), or None for any other table: the length comes from that
    column only, the title from the first text column that is no day, time, length, count,
    status or notes, so `flottes Gehen (30 Min)` in the exercises is no block of its own."""
    header = header_names(node)
    body = node.rows[1:]
    length = _length_column(header, body)
    if length is None or cols["span"] is not None:
        return None
    other = [
        c
        for c in range(1, len(header))
        if c != length and any(c < len(row) and find_duration(row[c]) for row in body)
    ]
    if not other:
        return None  # one timed column: the table reads as day rows already
    named = [c for c in range(1, len(header)) if has_word(header[c], TITLE_COLUMN_WORDS)]
    title = next(
        (c for c in named + list(range(1, len(header))) if _text_column(header, c, length, dates)),
        None,
    )
    if title is None:
        return None
    note = next((c for c in range(1, len(header)) if has_word(header[c], NOTE_WORDS)), None)
    return {**cols, "dur": length, "title": title, "note": note, "label": None, "at": None}


def _text_column(header: list[str], col: int, length: int, dates: int | None) -> bool:
    name = header[col]
    return (
        col not in (length, dates)
        and not any(
            has_word(name, words)
            for words in (DAY_COLUMN_WORDS, _COUNT_WORDS, NOTE_WORDS, SKIP_COLUMN_WORDS)
        )
        and not re.search(r"\b(?:time|zeit|uhrzeit|hora|horario|heure|ora|tijd)\b", name)
    )


def row_items(row: list[str], line: int, node: Node, cols: dict[str, int | None]) -> list[Item]:
    """The other text cells of a row as its block's items: a list cell (`Gehen (30 Min), Plank
    (30 Sek x 3)`) one item per part, a count as `Sätze: 3`."""
    header = header_names(node)
    items: list[Item] = []
    used = {cols["day"], cols["dur"], cols["title"], cols["note"], 0}
    for col, cell in enumerate(row):
        text = unwrap(cell).strip()
        if col in used or fold(text) in _EMPTY or col >= len(header):
            continue
        if has_word(header[col], SKIP_COLUMN_WORDS):
            continue
        if has_word(header[col], _COUNT_WORDS):
            items.append(Item(f"{unwrap(cell_at(node.rows[0], col))}: {text}", line))
            continue
        items.extend(Item(part, line) for part in _parts(text))
    return items


def _parts(text: str) -> list[str]:
    """`a (1, 2), b, c` → `a (1, 2)`, `b`, `c`: commas outside brackets part a list cell."""
    parts: list[str] = []
    depth = 0
    start = 0
    for pos, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            parts.append(text[start:pos])
            start = pos + 1
    parts.append(text[start:])
    parts = [part.strip() for part in parts if part.strip()]
    # "30 Sekunden Übung, gefolgt von 30 Sekunden Pause, …": a sentence stays whole.
    if any(len(re.sub(r"\([^)]*\)", " ", part).split()) > 6 for part in parts):
        return [text]
    return parts
