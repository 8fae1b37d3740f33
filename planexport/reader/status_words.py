"""A status written in a day heading (`### Sábado, 22/11 (feito)`, `(today)`) is not its title."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["drop_status"]

_STATUS_WORDS = frozenset(
    (
        "done", "finished", "completed", "complete", "today", "todo", "to do", "pending",
        "in progress", "skipped",
        "erledigt", "heute", "fertig", "offen", "abgeschlossen",
        "hecho", "hoy", "terminado", "completado", "pendiente", "hecha",
        "fait", "fini", "termine", "aujourd'hui", "a faire", "en cours",
        "fatto", "oggi", "completato", "finito", "da fare",
        "feito", "feita", "hoje", "concluido", "concluida", "pendente", "em andamento",
        "gedaan", "vandaag", "klaar",
    )
)  # fmt: skip
_MARKS = "✅✔✓☑❌✗⏳🔄"
_TAIL = lazy(r"\s*[(\[]\s*(?P<word>[^()\[\]]{1,24}?)\s*[)\]][*_\s]*$")
# "Control Flow  - done", "Arrays — finished": a status word after a spaced dash, at the end
_DASH_TAIL = lazy(r"\s+[-–—]+\s*(?P<word>[^-–—()\[\]]{1,24}?)[*_\s]*$")
_LEAD_BOX = lazy(r"^\s*\[[ xX✓]\]\s*")


def _status(text: str) -> bool:
    plain = fold(text.strip(f" *_.!:{_MARKS}"))
    return plain in _STATUS_WORDS or (text.strip() != "" and text.strip(f" {_MARKS}") == "")


def drop_status(title: str) -> str:
    """The title without a status mark or word: "" when the title is nothing else."""
    text = _LEAD_BOX.sub("", title).rstrip(f" {_MARKS}")
    tail = _TAIL.search(text)
    if tail is not None and _status(tail.group("word")):
        text = text[: tail.start()]
    elif "-" in text or "–" in text or "—" in text:
        dash = _DASH_TAIL.search(text)
        if dash is not None and dash.start() > 0 and _status(dash.group("word")):
            text = text[: dash.start()]
    text = text.rstrip(f" {_MARKS}")
    if _status(text):
        return ""
    return text.strip() if text != title else title
