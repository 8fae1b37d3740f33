"""French clock starts written with `h` in nested agendas (`* Après-midi` / `* 13h30 : accueil`)."""

from __future__ import annotations

import itertools
import re

from planexport.reader.durations import Found, find_duration, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.prose_sentences import is_sentence
from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["hour_start_items", "nested_hour_starts", "own_length", "sentence_over_starts"]

# "13h30 : inscriptions", "14h: atelier", "9h30 Provenance", "16h30 – présentation": an hour
# written with `h` (and minutes, or not), then a separator or a title.
_HOUR_START = lazy(
    r"^(?P<pre>[^\w]*?)(?P<h>[01]?\d|2[0-3])[hH](?::?(?P<m>[0-5]\d))?(?!\w|:\d)"
    r"(?P<post>[*_`]*\s*(?P<sep>[:\-\u2013\u2014]?)\s*)(?P<rest>[^\d\s].*)$"
)
# "1h30 de lecture", "2h of reading", "1h30 pour réviser": the words of a length, not a title.
_LENGTH_WORDS = frozenset(
    ("de", "d", "of", "for", "pour", "para", "per", "fur", "voor", "van", "di", "do", "da",
     "del", "des", "du", "au", "total", "max", "environ", "minimum")
)  # fmt: skip
# "(clôture à 18h)", "until 18h": a time of day said in passing, not the line's length.
_AT_BEFORE = lazy(
    r"\b(?:à|a|at|um|om|alle|às|as|vers|until|till|bis|hasta|jusqu'à|jusqu’à|tot)\s*$",
    re.IGNORECASE,
)
_PLAIN_HOUR = lazy(r"^\d{1,2}h(?:[0-5]\d)?$", re.IGNORECASE)
_SESSIONS = frozenset(SESSION_WORDS)
_DAY = 24 * 60
_EARLIEST = 6  # an `h` hour before 6 is a length ("2h : révisions"), not the time of day


def own_length(text: str) -> Found | None:
    """The length a line's text gives, leaving out a time of day said in passing (`(clôture
    à 18h)`, `until 18h`), which `find_duration` alone takes for a length of 18 hours."""
    pos = 0
    while (found := find_duration(text, pos)) is not None:
        passing = found.at is None and _PLAIN_HOUR.match(found.text.strip())
        if not (passing and _AT_BEFORE.search(text[: found.start])):
            return found
        pos = found.end
    return None


def _candidate(text: str) -> re.Match[str] | None:
    """A line that opens with an `h` hour and a title (`13h30 : inscriptions`, `9h30 Accueil`)."""
    match = _HOUR_START.match(text)
    if match is None or int(match.group("h")) < _EARLIEST:
        return None  # "2h : révisions": before six in the morning, an `h` hour is a length
    rest = match.group("rest")
    first = re.match(r"[^\W\d_]+", rest)
    if first is not None and fold(first.group()) in _LENGTH_WORDS:
        return None  # "1h30 de lecture": a length
    if not match.group("sep") and not rest.lstrip("*_`[")[:1].isupper():
        return None  # "9h30 Accueil" is a start; "2h lecture" may as well be a length
    found = find_duration(text)
    if found is not None and found.at is not None:
        return None  # "9h30-10h15 : Accueil": a span, read as one
    return match


def _minutes(match: re.Match[str]) -> int:
    return int(match.group("h")) * 60 + int(match.group("m") or 0)


def _part_of_day(text: str | None) -> bool:
    """Whether a line names a part of the day (`Matin`, `* **Après-midi**`, `#### Morning`)."""
    if not text:
        return False
    words = fold(re.sub(r"[^\w\s'-]", " ", text)).split()
    if not words or len(words) > 3:
        return False
    return " ".join(words[:2]) in _SESSIONS or words[0] in _SESSIONS


def _clocked(text: str) -> bool:
    if start_time(text) is not None:
        return True
    found = find_duration(text)
    return found is not None and found.at is not None


def _rewrite(items: list[Item], parent: str | None) -> None:
    """Rewrite the `h` starts of sibling lines as `13:30` where they are an agenda."""
    cands = {pos: m for pos, item in enumerate(items) if (m := _candidate(item.text)) is not None}
    if cands:
        clocks = any(_clocked(item.text) for pos, item in enumerate(items) if pos not in cands)
        times = [_minutes(m) for _, m in sorted(cands.items())]
        rising = len(times) >= 2 and all(a < b for a, b in itertools.pairwise(times))
        # Read as lengths, "9h30 Provenance", "9h45 Matérialité", "10h Iconographie" would not
        # fit in a day: the hours of the day, rising.
        run = rising and sum(times) > _DAY // 2
        if clocks or run or _part_of_day(parent):
            for pos, match in cands.items():
                minutes = _minutes(match)
                hhmm = f"{minutes // 60:02d}:{minutes % 60:02d}"
                sep = match.group("post") if match.group("sep") else f"{match.group('post')} "
                items[pos].text = f"{match.group('pre')}{hhmm}{sep.rstrip()} {match.group('rest')}"
    for item in items:
        if item.children:
            _rewrite(item.children, item.text)


def nested_hour_starts(nodes: list[Node]) -> None:
    """`* Après-midi` over `* 13h30 : inscriptions`, `* 16h30 : présentation`: start times.

    A French `13h30` at the start of a line is as often a length as a time of day; it is a
    time where its siblings are an agenda: other lines of the list give clock times, the line
    over them (or the heading over the list) names a part of the day, or their hours rise
    through the day and, read as lengths, would not fit in one. Lengths stay lengths where
    people write them (`(1h30)`, `1h30 de lecture`, `2h : révisions`).
    """
    heading: str | None = None
    for node in nodes:
        if node.kind == "heading":
            heading = node.text
        elif node.kind == "list":
            _rewrite(node.items, heading)


def hour_start_items(items: list[Item]) -> None:
    """The same for lines with no line over them (the parts of `9h00 Accueil<br>9h30 Conférence`
    in a table's cell): their `h` starts written `09:00` where they are an agenda."""
    _rewrite(items, None)


def sentence_over_starts(item: Item) -> tuple[bool, int | None]:
    """Whether a sentence with lengths introduces start times nested under it (`Chaque groupe
    aura 10 minutes pour présenter et 5 minutes de questions.` over `09:30 Provenance`, `09:45
    Matérialité`, `10:00 Iconographie`), and where the last start ends when the sentence's
    length is each start's step (else None: the last start is warned as any last start)."""
    children = item.children
    starts = [start_time(c.text) for c in children]
    if len(children) < 2 or any(s is None or find_duration(s[1]) for s in starts):
        return False, None
    times = [s[0] for s in starts if s is not None]
    steps = {b - a for a, b in itertools.pairwise(times)}
    lengths: list[int] = []
    pos = 0
    while (found := find_duration(item.text, pos)) is not None:
        if found.at is not None:
            return False, None
        lengths.append(found.lo)
        pos = found.end
    first = find_duration(item.text)
    if first is None or not is_sentence(item.text, first):
        return False, None  # "- Workshop (90 min)" over its start times: a block, as written
    for step in (sum(lengths), lengths[0]):
        if steps == {step}:
            return True, times[-1] + step
    return True, None
