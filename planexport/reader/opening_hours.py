"""Opening hours said inside a sentence (`the tourist office (by the station, open daily
9am-5pm)`, `aperto tutti i giorni 10:00–20:00`, `Markthalle, geöffnet 10-18 Uhr`, `le musée est
ouvert de 10h à 18h`, `la biblioteca está abierta de 10 a 20`, `o museu está aberto das 9h às
17h`, `de bibliotheek is geopend van 9 tot 17 uur`): when a place is open, not a block.

Only a time that comes right after the word for open (an every-day word or `from` may come
between) and after other words of the line, and before any other number: `14:00–16:00 Castle
(open daily 9:00–17:00)` is the castle's block, `Open mic 19:00–21:00` and `Geöffnet 10-18 Uhr`
alone are read as before.
"""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["opening_hours"]

# Folded: the word for open, then what may come between it and the time.
_OPEN = lazy(
    r"(?<!\w)(?:open|opens|opened|geoffnet|offen|abiert[oa]s?|ouvert(?:e|s|es)?|apert[oaie]"
    r"|abert[oa]s?|geopend)"
    r"(?:\s+(?:every\s*day|each\s+day|daily|taglich|jeden\s+tag|todos\s+los\s+dias|cada\s+dia"
    r"|tous\s+les\s+jours|chaque\s+jour|tutti\s+i\s+giorni|ogni\s+giorno|todos\s+os\s+dias"
    r"|elke\s+dag|dagelijks))?"
    r"(?:\s+(?:from|von|ab|de|desde|dalle|dalle\s+ore|das|van|vanaf))?"
    r"\s*(?=\d)"
)


def opening_hours(text: str) -> bool:
    """Whether the first time of a line is when a place it names is open."""
    folded = fold(text)
    if not any(word in folded for word in ("open", "offn", "ouvert", "apert", "abiert", "abert")):
        return False  # the usual line, without the cost of the pattern
    found = _OPEN.search(folded)
    if found is None:
        return False
    before = folded[: found.start()]
    return any(c.isalpha() for c in before) and not any(c.isdigit() for c in before)
