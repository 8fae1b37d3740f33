"""A heading that names its days by a group's word (`# Weekday Template (No Gym)`, `## Rutina de
días laborables`) over a line that lists some of them (`**This template is used on Mon / Wed /
Fri.**`, `> Nur Dienstag und Donnerstag`): the days of that list, not the whole group."""

from __future__ import annotations

import re

from planexport.reader.day_headings import WEEKDAY_RANGE
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.weekday_lists import weekday_list
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["listed_subset"]

# How far below the heading the list may stand: its first paragraphs or quotes, before any list,
# table or heading (the day's own lines).
_LOOK = 3
# Words that say on which days the section is used, in the reader's languages (folded): "used
# on", "only", "Tage", "se usa", "utilisé", "vale", "apenas", "geldt".
_USED = frozenset((
    "use", "used", "uses", "apply", "applies", "only", "days", "template",
    "gilt", "nutzen", "genutzt", "verwendet", "verwenden", "nur", "tage", "tagen",
    "usar", "usa", "usado", "usada", "aplica", "solo", "solamente", "dias",
    "utilise", "utilisee", "utiliser", "applique", "seulement", "jours",
    "usato", "usata", "usare", "vale", "giorni", "soltanto",
    "apenas", "somente",
    "gebruikt", "gebruik", "geldt", "alleen", "dagen",
))  # fmt: skip
# The list ends the line: its last word is a weekday, only brackets and stops after it.
_LAST_WORD = lazy(r"([^\W\d_]+)[\s).:;!]*$")


def listed_subset(nodes: list[Node], idx: int, names: list[str]) -> list[str]:
    """The weekdays a paragraph or quote right under heading `idx` lists, when they are some of
    the group `names` its heading gives (`Mon / Wed / Fri` of the weekdays); [] otherwise, and
    for a heading that names its weekdays itself (`Mon–Fri`, `Lunes, Jueves`)."""
    text = unwrap(nodes[idx].text)
    if len(names) < 3 or WEEKDAY_RANGE.search(text) or weekday_list(text):
        return []
    for node in nodes[idx + 1 : idx + 1 + _LOOK]:
        if node.kind not in ("paragraph", "quote"):
            return []
        for line in node.text.split("\n"):
            plain = re.sub(r"[*_]", "", line)
            found = weekday_list(plain)
            if found and set(found) < set(names) and _says_use(plain):
                return found
    return []


def _says_use(line: str) -> bool:
    """Whether a line that lists weekdays says the section is used on them, the list ending it
    (`This template is used on non-gym weekdays (Mon / Wed / Fri).`), not a sentence that
    names days on the way (`On Mon and Wed I also go to the gym`)."""
    words = set(re.findall(r"[a-z]+", fold(line)))
    if not words & _USED:
        return False
    last = _LAST_WORD.search(line)
    return last is not None and fold(last.group(1)) in WEEKDAYS
