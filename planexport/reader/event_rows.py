"""Rows of an agenda that open and close one thing: `Round 1 Judging Begins` at 13:00 and
`Round 1 Judging Ends` at 14:00, `Sponsor Gallery Opens` and `Sponsor Gallery Closes`.

A row whose title ends in a verb for the end (`HACKING ENDS!`, `Ausstellung schließt`,
`Votación cierra`, `Jury termine`, `Galleria chiude`, `Inscrições fecham`, `Jurering eindigt`)
only ends the row before it, whatever other cells it fills (a room, a note); a row that opens a
thing (`Begins`, `beginnt`, `empieza`, `commence`, `inizia`, `começa`, `begint`) that such a row
closes later is one block of that thing, from the one start to the other, unless the two are
the agenda's first and last rows around others: those are the day's frame.
"""

from __future__ import annotations

import re

from planexport.reader.words import FRAME_WORDS, fold

__all__ = ["closes_thing", "event_spans"]

_DAY = 24 * 60
_OPEN = frozenset(("begins", "starts", "opens", "begin", "start", "open", "beginnt", "startet",
                   "offnet", "comienza", "empieza", "abre", "inicia", "arranca", "commence",
                   "debute", "ouvre", "inizia", "comincia", "apre", "comeca", "abrem",
                   "iniciam", "begint", "opent"))  # fmt: skip
_CLOSE = frozenset(("ends", "closes", "finishes", "end", "close", "endet", "schliesst",
                    "cierra", "termina", "acaba", "finaliza", "termine", "finit", "ferme",
                    "chiude", "finisce", "fecha", "fecham", "encerra", "terminam", "eindigt",
                    "sluit", "stopt"))  # fmt: skip
_LONGEST = 4  # words before the verb: "Round 2 Judging" is a thing, a longer line a sentence


def _split(title: str) -> tuple[str, str] | None:
    """The thing a row names and `open` or `close`, when its title ends in such a verb."""
    words = re.findall(r"[^\W_]+", fold(title).replace("ß", "ss"))
    if not 2 <= len(words) <= _LONGEST + 1:
        return None
    verb = words[-1]
    kind = "open" if verb in _OPEN else "close" if verb in _CLOSE else None
    if kind is None or not any(w.isalpha() for w in words[:-1]):
        return None
    return " ".join(words[:-1]), kind


def _frame(titles: list[str], first: int, last: int) -> bool:
    """Whether a pair opens and closes the whole agenda around two or more other rows and names
    the agenda's own frame (`Doors Open` ... `Doors Close`, `Zoom session starts` ... `Zoom
    session ends`): not one more thing in the day. The opening row then lasts until the next
    one starts, as any start does, and the closing row ends the row above it."""
    split = _split(titles[first])
    if split is None or not FRAME_WORDS.intersection(split[0].split()):
        return False  # "Exposición abre" ... "Exposición cierra": a thing open all day long
    inside = [t for t in titles[first + 1 : last] if not closes_thing(t)]
    return first == 0 and last == len(titles) - 1 and len(inside) >= 2


def closes_thing(title: str) -> bool:
    """Whether a row only says that something ends (`Round 1 Judging Ends`, `HACKING ENDS!`)."""
    split = _split(title)
    return split is not None and split[1] == "close"


def event_spans(titles: list[str], starts: list[int]) -> dict[int, tuple[str, int]]:
    """For each row (by position) that opens a thing a later row closes: the thing's name as
    written and the minutes until that row's start (`Sponsor Gallery Opens` at 11:00 and
    `Sponsor Gallery Closes` at 17:00: `Sponsor Gallery`, 360)."""
    spans: dict[int, tuple[str, int]] = {}
    for pos, title in enumerate(titles):
        split = _split(title)
        if split is None or split[1] != "open":
            continue
        close = next(
            (n for n in range(pos + 1, len(titles)) if _split(titles[n]) == (split[0], "close")),
            None,
        )
        if close is None or _frame(titles, pos, close):
            continue
        minutes = (starts[close] - starts[pos]) % _DAY
        name = re.sub(r"[\s\W]*\w+[\s\W]*$", "", title).strip()
        if minutes > 0 and name:
            spans[pos] = (name, minutes)
    return spans
