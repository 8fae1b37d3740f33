"""Lines that mark when a day or session ends (`End of the Day`, `Zoom session ends`): no blocks."""

from __future__ import annotations

import re

from planexport.reader.words import fold

__all__ = ["CLOSE_WORDS", "END_WORDS", "closes_day", "day_ends", "ends_column", "ends_event"]

END_WORDS = ("end", "ende", "fin", "fim", "einde", "fine", "schluss", "finish", "termine")
# "Close", "Cierre", "Clôture" alone: the end as a list of starts writes it
# "| Clôture | 16h00 |" alone as an agenda's last row: the day's close, in the seven languages.
CLOSE_WORDS = frozenset(("closing", "cloture", "afsluiting", "abschluss", "cierre", "clausura",
                         "chiusura", "encerramento",
                         # "| 5:00 PM | Adjourn |": a meeting's end, as English minutes write it;
                         # "| 16:00 | Close |", as a list of starts already reads it
                         "adjourn", "adjourned", "adjournment", "close"))  # fmt: skip
_ALONE = (*END_WORDS, "the end", "close", "cierre", "cloture", "encerramento", "chiusura",
          "adjourn", "adjourned")  # fmt: skip
# "End of the Day", "Ende des Tages", "Fin de la journée", "Fin del día", "Einde van de dag"
_OF = ("of", "des", "der", "de", "del", "do", "da", "della", "van", "du")
_OF_WHAT = ("day", "days", "session", "sessions", "workshop", "conference", "program", "programme",
            "tages", "tag", "workshops", "konferenz", "tagung", "journee", "jour", "dia", "jornada",
            "giornata", "dag", "sessie", "sesion", "sessao")  # fmt: skip
# "Zoom session ends", "Konferenz schließt", "Workshop endet": a short line ending in the verb
_ENDS = ("ends", "closes", "endet", "schliesst", "schließt", "termina", "eindigt", "finaliza",
         "finishes")  # fmt: skip
# "go home!", "Feierabend", "Vuelta a casa", "Rentrer", "Naar huis": the day's end as going home.
_HOME = frozenset(("go home", "going home", "home time", "home", "feierabend", "nach hause",
                   "heimgehen", "heimweg", "a casa", "ir a casa", "vuelta a casa", "rentrer",
                   "retour a la maison", "andare a casa", "tornare a casa", "ir para casa",
                   "volta para casa", "naar huis", "huiswaarts"))  # fmt: skip
_SKIP = frozenset(("the", "la", "le", "el", "il", "o", "a", "die", "das", "het", "l"))


def closes_day(title: str) -> bool:
    """Whether `title` only says that the day (or its session) ends here: `End of the Day`,
    `End of day 1`, `The End`, `Zoom session ends`, `go home!`, `Feierabend`; `Closing remarks`
    is an activity."""
    words = [w for w in re.findall(r"[^\W\d_]+", fold(title)) if w]
    if not words or len(words) > 5:
        return False
    if " ".join(words) in _HOME:
        return True
    if words[0] == "the" and len(words) == 2 and words[1] in END_WORDS:
        return True
    if words[0] in END_WORDS and len(words) >= 2 and words[1] in _OF:
        rest = [w for w in words[2:] if w not in _SKIP]
        return len(rest) == 1 and rest[0] in _OF_WHAT
    return 2 <= len(words) <= 4 and words[-1] in _ENDS


def day_ends(title: str) -> bool:
    """Whether `title` marks the end alone (`End`, `Ende`, `Fin`) or as `closes_day` reads it."""
    return fold(title).strip(" .!*_") in _ALONE or closes_day(title)


def ends_column(cell: str) -> bool:
    """Whether a grid's last filled cell in a day column only closes that day (`Ende`, `End`,
    `Fin`, `Fim`, `Einde`, `Fine`, `End of day`); `Clôture` or `Cierre` there is a closing
    session, and `Home` or `Feierabend` may be a subject or a place: only the words for the end
    count."""
    words = " ".join(re.findall(r"[^\W\d_]+", fold(cell)))
    return words in (*END_WORDS, "the end") or (words not in _HOME and closes_day(cell))


def ends_event(title: str) -> bool:
    """Whether a row's title at a time of day with no length ends the day or the event: what
    `day_ends` reads, and `End of` with the event's own name (`🏠 End of Agentathon`, `Ende des
    Hackathons`, `Fin du Bootcamp`), one or two words after `of` and its article; `End of year
    party planning` is an activity."""
    if day_ends(title):
        return True
    words = [w for w in re.findall(r"[^\W\d_]+", fold(title)) if w]
    if len(words) < 3 or words[0] not in END_WORDS or words[1] not in _OF:
        return False
    return 1 <= len([w for w in words[2:] if w not in _SKIP]) <= 2
