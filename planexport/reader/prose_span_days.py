"""A plan of prose whose one sentence gives the day's hours in words (`Les cours ont lieu de 9h à
12h30 et de 14h à 17h30.`, `Classes run from 9 to 12:30 and from 14 to 17:30.`, `Der Unterricht
findet von 9 bis 12:30 Uhr statt.`): one day, a pinned block per span, titled by what the
sentence says takes place (`Cours`). A sentence about one day of the course (`Le premier jour,
les participants sont accueillis à partir de 8h45 …`, `On the last day we finish at 15:30.`) stays
a note and does not stand in the way."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER, month_day
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.worded_spans import HOUR, clock_span
from planexport.reader.words import FULL_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.prose_weekdays import WeekdaySpan

__all__ = ["CLOCK", "SPAN", "heading_above", "prose_span_day", "sentence_subject"]

# "de 9h à 12h30", "from 9 to 12:30", "von 9 bis 12:30 Uhr", "de 9 a 12:30", "dalle 9 alle 12:30",
# "das 9h às 12h30", "van 9 tot 12.30 uur": a word before each hour.
SPAN = lazy(
    r"(?<![\w-])(?:from|von|vom|van|de|desde|dalle|dalla|dal|das|d[eè]s)\s+(?:(?:las?|ore)\s+)?"
    rf"(?P<a>{HOUR})\s+(?:to|till|until|bis|tot|à|a(?:\s+las?)?|hasta(?:\s+las?)?"
    rf"|(?:fino\s+)?alle(?:\s+ore)?|às|até(?:\s+[àa]s)?)\s+(?P<b>{HOUR})",
    re.IGNORECASE,
)
# A time of day written as one: minutes, `h`, `Uhr`, `uur`, am/pm (`de 9 a 12` may be pages).
CLOCK = lazy(r"\d[:.h]\d\d|\dh\b|uhr|uur|\d\s*[ap]\.?\s?m\b", re.IGNORECASE)
_SENTENCE = lazy(r"(?<=[.!?])\s+")
# One day of a course named by its place, folded: "le premier jour", "on the last day", "am ersten
# Tag", "el último día", "l'ultimo giorno", "no primeiro dia", "op de laatste dag", "day 1".
_ONE_DAY = lazy(
    r"\b(?:(?:first|last|final|opening|closing|second|premier|dernier|deuxieme|second"
    r"|primer|ultimo|segundo|primo|secondo|primeiro|eerste|laatste|tweede)\s+"
    r"(?:day|jour|dia|giorno|dag|cursusdag|lesdag)"
    r"|(?:premiere|derniere|deuxieme|seconde|primera|ultima|segunda|prima|seconda)\s+"
    r"(?:journee|jornada|giornata)"
    r"|(?:ersten|letzten|zweiten)\s+(?:kurstag|seminartag|schulungstag|unterrichtstag|tag)"
    r"|(?:day|jour|tag|dia|giorno|dag)\s+(?:1|one|un|eins|uno|um|een))\b"
)
_ARTICLES = frozenset(
    ("the", "les", "le", "la", "l", "der", "die", "das", "den", "los", "las", "el", "il", "lo",
     "gli", "i", "os", "as", "o", "a", "de", "het", "our", "nos", "unsere", "nuestras", "i")
)  # fmt: skip
# Words that say something takes place, folded: the subject comes before them.
_VERBS = frozenset(
    ("run", "runs", "are", "is", "take", "takes", "will", "happen", "happens", "held",
     "ont", "a", "sont", "est", "se", "deroulent", "deroule", "auront", "aura",
     "findet", "finden", "ist", "sind", "laufen", "lauft", "beginnt", "beginnen",
     "son", "es", "tienen", "tiene", "seran", "sera", "imparten", "van",
     "si", "sono", "hanno", "tengono", "svolgono", "svolge", "saranno",
     "decorrem", "decorre", "sao", "acontecem", "acontece", "serao", "tem",
     "zijn", "worden", "wordt", "vinden", "vindt", "duren", "lopen")
)  # fmt: skip

# Words that join two subjects, folded: "Les cours présentiels et les classes à distance".
_AND = frozenset(("and", "et", "und", "y", "e", "en", "ou", "or", "oder", "o", "of"))


def prose_span_day(nodes: list[Node]) -> list[Node]:
    """The nodes, with a list of the spans (`09:00-12:30 Cours`, `14:00-17:30 Cours`) after the
    one sentence that gives them, when the plan has nothing else timed: no table, no timed list
    or code, no date and no other sentence with a time or a length but one about one day of the
    course (`Le premier jour …`), which stays a note. Hours such as `de 9 a 12` with neither
    minutes nor a mark of the hour are not read so; sentences that name weekdays with their
    hours (`Los lunes … de 8:00 a 10:00`) are each weekday's blocks (see `prose_weekdays`)."""
    from planexport.reader.day_headings import day_match, weekday_heading

    if not _may_give_spans(nodes):
        return nodes
    found: tuple[int, list[tuple[int, int]], str] | None = None
    after = 0
    weekly: list[tuple[str, WeekdaySpan]] = []  # "Los lunes y jueves … de 8:00 a 10:00"
    for pos, node in enumerate(nodes):
        if node.kind in ("table", "list", "code"):
            texts = [i.text for i in node.items] or [" ".join(r) for r in node.rows]
            if any(find_duration(t) or month_day(t)[0] for t in texts):
                return nodes
            continue
        if node.kind == "heading" and (
            month_day(node.text)[0] is not None
            or find_duration(node.text) is not None
            or day_match(node.text)
            or weekday_heading(node.text)
        ):
            return nodes  # a plan of days or of timed headings, read as such
        if node.kind != "paragraph":
            continue
        for sentence in _SENTENCE.split(node.text):
            if _ONE_DAY.search(fold(sentence)):
                continue  # "Le premier jour, … de 9h15 à 9h30": that day's change, a note
            week = _weekday_spans(sentence, nodes, pos)
            if week is not None:
                weekly += [(sentence, block) for block in week]
                after = pos
                continue
            spans = _spans(sentence)
            if spans is None:
                return nodes
            if spans:
                if found is not None:
                    return nodes  # two sentences: which is the day's is not said
                found = (pos, spans, _title(sentence, nodes, pos))
    if weekly:
        return nodes if found is not None else _weekday_days(nodes, after, weekly)
    if found is None:
        return nodes
    pos, spans, title = found
    line = nodes[pos].line
    items = [Item(f"{_hhmm(a)}-{_hhmm(b)} {title}", line) for a, b in spans]
    return [*nodes[: pos + 1], Node("list", line, items=items), *nodes[pos + 1 :]]


def _may_give_spans(nodes: list[Node]) -> bool:
    """Whether a paragraph has hours in words (`de 9h à 12h30`) or a weekday's full name: a
    sentence gives spans only so (`_spans` finds none without `SPAN`, `_weekday_spans` reads
    none without such a name), and without spans the nodes stay as they are."""
    text = "\n".join(node.text for node in nodes if node.kind == "paragraph")
    if SPAN.search(text):
        return True
    words = re.findall(r"[a-z]+", fold(text))
    return any(FULL_WEEKDAYS.keys() & {w, w[:-1], w[:-2]} for w in words)


def _weekday_spans(sentence: str, nodes: list[Node], pos: int) -> list[WeekdaySpan] | None:
    """The blocks of a sentence that names weekdays with their hours (see `prose_weekdays`,
    imported only for a sentence that names a weekday), else None."""
    words = re.findall(r"[a-z]+", fold(sentence))
    if not any(FULL_WEEKDAYS.keys() & {w, w[:-1], w[:-2]} for w in words):
        return None
    from planexport.reader.prose_weekdays import weekday_spans

    return weekday_spans(sentence, heading_above(nodes, pos))


def _weekday_days(nodes: list[Node], pos: int, weekly: list[tuple[str, WeekdaySpan]]) -> list[Node]:
    """The nodes, with a heading for each weekday the sentences name (`Lunes`, in their
    language) over its spans (`08:00-10:00 Gimnasio`) after the last of them, at `pos`."""
    from planexport.reader.prose_weekdays import weekday_titles

    titles = weekday_titles(weekly[0][0])
    line = nodes[pos].line
    out = nodes[: pos + 1]
    for day in ORDER:
        items = [
            Item(f"{_hhmm(b.start)}-{_hhmm(b.end)} {b.title}", line)
            for _, b in sorted((w for w in weekly if w[1].weekday == day), key=lambda w: w[1].start)
        ]
        if items:
            out += [
                Node("heading", line, level=2, text=titles[ORDER.index(day)]),
                Node("list", line, items=items),
            ]
    return [*out, *nodes[pos + 1 :]]


def _spans(sentence: str) -> list[tuple[int, int]] | None:
    """The sentence's spans in words; [] when it gives no time, None when it gives one not
    so (a length, a span with a dash, a weekday's hours)."""
    matches = list(SPAN.finditer(sentence))
    if not matches:
        return None if find_duration(sentence) is not None else []
    words = re.findall(r"[a-z]+", fold(sentence))
    if any(w in WEEKDAYS and len(w) > 3 for w in words):
        return None  # "le lundi de 9h à 12h": a weekday's hours
    rest = sentence
    spans: list[tuple[int, int]] = []
    for match in matches:
        if not (CLOCK.search(match["a"]) or CLOCK.search(match["b"])):
            return None
        span = clock_span(match["a"], match["b"])
        if span is None:
            return None
        spans.append(span)
        rest = rest.replace(match[0], " ")
    more = find_duration(rest)
    while more is not None:
        if more.at is None:
            return None  # a length besides the spans
        spans.append((more.at, more.at + more.hi))  # "von 14 bis 16 Uhr", read as 14:00-16:00
        more = find_duration(rest, more.end)
    return sorted(spans)


def _title(sentence: str, nodes: list[Node], pos: int) -> str:
    """What takes place: the words before the first span up to the verb, with no article
    (`Cours` in `Les cours ont lieu de 9h …`), the first of two joined subjects when they are
    long (`Cours présentiels`); else the heading above the sentence."""
    match = SPAN.search(sentence)
    title = sentence_subject(sentence[: match.start()] if match is not None else "")
    return title or heading_above(nodes, pos)


def heading_above(nodes: list[Node], pos: int) -> str:
    """The text of the nearest heading before `pos`, or `Plan`."""
    head = next((n.text for n in reversed(nodes[:pos]) if n.kind == "heading"), "")
    return head.strip("#*_ ") or "Plan"


def sentence_subject(before: str, *, with_verb: bool = False) -> str:
    """The subject of the words before a sentence's hours: up to the verb, with no article, the
    first of two joined subjects when they are long; "" when there is none of at most four
    words (or, `with_verb`, no verb after it)."""
    words = re.findall(r"[^\W\d_]+", before)
    subject: list[str] = []
    for n, word in enumerate(words):
        if n > 0 and fold(word) in _VERBS:
            break
        subject.append(word)
    if with_verb and len(subject) == len(words):
        return ""
    while subject and fold(subject[0]) in _ARTICLES:
        subject = subject[1:]
    if len(subject) > 4:  # "cours présentiels et les classes à distance": the first of them
        subject = list(itertools.takewhile(lambda w: fold(w) not in _AND, subject))
    if subject and len(subject) <= 4:
        title = " ".join(subject)
        return title[:1].upper() + title[1:]
    return ""


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
