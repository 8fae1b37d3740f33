"""Tables of results (`Fecha | Módulo | Correctas | % Acierto | Tiempo`): a record, not a plan."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import fold

__all__ = ["results_log", "row_title"]

# Headers of what a past session scored, folded.
_RESULT_WORDS = ("correct", "correctas", "correctos", "corrette", "corretti", "corretas",
                 "corretos", "richtig", "richtige", "juist", "goed", "score", "scores",
                 "punteggio", "puntuacion", "puntaje", "pontuacao", "punkte", "punktzahl",
                 "acierto", "aciertos", "acertos", "accuracy", "result", "results", "resultado",
                 "resultados", "ergebnis", "ergebnisse", "risultato", "risultati", "resultat",
                 "resultats", "resultaat", "wrong", "errors", "fehler", "errores", "errori",
                 "erros", "fout", "fouten", "grade", "mark", "marks")  # fmt: skip
_FILLED = lazy(r"\s*\d+(?:[.,]\d+)?\s*(?:%|/\s*\d+)?\s*")


def results_log(node: Node) -> bool:
    """Whether a table records results: a column headed as a score or a count of correct
    answers, filled with numbers (`7`, `70%`, `8/10`) in most rows. A column left empty to
    fill in (`| Score |` under a plan) keeps the table a plan."""
    if node.kind != "table" or len(node.rows) < 2:
        return False
    body = [row for row in node.rows[1:] if any(cell.strip() for cell in row)]
    for col, name in enumerate(node.rows[0]):
        words = re.findall(r"[a-z]+", fold(unwrap(name)))
        if not any(w in _RESULT_WORDS for w in words) and "%" not in name:
            continue
        numbers = sum(1 for row in body if col < len(row) and _FILLED.fullmatch(unwrap(row[col])))
        if body and 2 * numbers > len(body):
            return True
    return False


def row_title(notes: list[str]) -> str | None:
    """The first of a row's untimed cells that is words, not a number (`Hardware`, not `10`)."""
    return next((n for n in notes if re.search(r"[^\W\d_]{2,}", n)), None)
