"""Lines that read as blocks: `Arrays (2h)`, or several in one (`Arrays (2h), Strings (1h)`)."""

from __future__ import annotations

import re

from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.repeats import find_length, starts_with_repeat

__all__ = ["block_line", "block_title", "bold_lead", "lengths", "segments", "split_items"]

# Where one activity ends and the next starts: a comma, a semicolon, a plus, a middle dot or a
# bullet (`Algebra 1h · Essay 30m`), or "and" in a
# supported language ("Arrays (2h), Strings (1h)", "Lesen 30 Min.; Übungen 45 Min.").
_SEPARATOR = lazy(r"\s*(?:[,;]|\s[+·•]|\s(?:and|und|y|et|e|en|&)(?=\s))\s*", re.IGNORECASE)
_SEMICOLON = lazy(r"\s*;\s*")
# A label before a colon or a dash that the lengths after it share ("Hashing: 45 min theory").
_TOPIC = lazy(r"^(?P<topic>[^:–—()\[\]]{2,40}?)\s*(?::|\s[–—-])\s+(?P<rest>.+)$")
# A word of two letters or more, or a name of letters and digits (`S3`, `K8s`, `EC2`, `H2O`).
_WORD = lazy(r"[^\W\d_]{2,}|(?<!\w)[^\W\d_][^\W_]*\d[^\W_]*")
_ANY_WORD = lazy(r"[^\W\d_]+")
# "25 min de lecture", "10 min d'exercices": the length's "of" is not the title's.
_OF = lazy(r"^(?:(?:de|di|of|van|von)\s+|d['’](?=\w))", re.IGNORECASE)
_EDGE = " \t:;,.–—-*_|"
# A word that joins an activity to the one before it in a line ("…, then 20 minutes of
# flashcards", "danach 10 Min. Vokabeln", "luego 15 min de repaso"): no part of its title.
_THEN = lazy(
    r"^(?:and\s+then|then|followed\s+by|after\s+that|afterwards|plus|dann|danach|anschlie(?:ß|ss)end"
    r"|luego|despu[ée]s|puis|ensuite|poi|dopo|depois|em\s+seguida|daarna)(?!\w)[\s,:]*",
    re.IGNORECASE,
)
# A sentence: it ends as one, not with the dot of a unit ("1 Std.", "90 Min.", "2 hrs.").
_BOX = lazy(r"^\[[ xX]\]\s+")
_SENTENCE_END = lazy(r"[.!?…]\s*$")
# A bold label before the activities it shares: "**Morning:** Anki (20 min), grammar (30 min)".
_BOLD_LEAD = lazy(r"^(\*\*|__)(?P<label>[^*_:]{2,40}?)\s*(?::\s*\1|\1\s*:)\s*(?P<rest>\S.*)$")


def lengths(text: str) -> list[Found]:
    """The lengths of `text`, a repeat (`6 x 3 min`) one of them, a distance (`4 x 400 m`) none."""
    found: list[Found] = []
    pos = 0
    while (hit := find_length(text, pos)) is not None:
        found.append(hit)
        pos = hit.end
    return found


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def block_line(text: str) -> bool:
    """Whether a line of text reads as one block, a title and its length (`Arrays (2h)`,
    `Hashing 90 min`, `45 min: warm-up`, `Lesen – 30 Minuten`, `Wiederholung 1 Std.`), not as a
    sentence that happens to give a length (`I try to do 2 hours a day.`).

    Strict on purpose: a line that is not plainly a block stays the note it is today. A
    sentence has words on both sides of its length, or ends with a full stop that is no
    unit's; a block line is short, has one length and no clock time, and is no tip, total or
    part of the day.
    """
    from planexport.reader.blocks import is_total, session_name
    from planexport.reader.part_labels import part_topic
    from planexport.reader.prose_lengths import not_a_block

    text = text.strip()
    if not text or len(text) > 90 or text.startswith(("#", ">", "|", "!", "?", "<", ":", "=")):
        return False  # a heading, a quote, a row, an admonition (`!!! done "…"`), markup
    found = lengths(text)
    if len(found) != 1 or found[0].at is not None:
        return False
    length = found[0]
    # "Reading = 20 min": the sign names the length, as a colon would; "2 x 25 = 50 min" sums
    before = re.sub(r"\([^)]*$|(?<=[^\W\d_])\s*=\s*$", " ", text[: length.start])
    after = text[length.end :]
    if _SENTENCE_END.search(text) and not re.fullmatch(r"\.?\)?\.?\s*", after):
        return False  # "I try to do 2 hours a day.": a sentence, not a block
    if _words(before) >= 3 and len(_ANY_WORD.findall(after)) >= 2:
        return False  # a length inside a sentence
    if _words(before) + _words(after) == 0 or _words(before) + _words(after) > 8:
        return False
    if re.search(r"\d[:.hH][0-5]\d(?!\d)|https?://|[=?]", before + " " + after):
        return False  # a time of day, a link, a question or a sum is something else
    if is_total(text) or not_a_block(text):
        return False
    # "Afternoon (1.5 hours): Searching" is a block in its part of the day, not a session head
    return session_name(text) is None or part_topic(text)


def _pieces(text: str, *, semicolons: bool = False) -> list[str]:
    """`text` cut at its separators outside brackets (at its semicolons only, with
    `semicolons`: `Torts set, 2 hours; essay outline, 1 hour`)."""
    pieces: list[str] = []
    depth = start = pos = 0
    separator = _SEMICOLON if semicolons else _SEPARATOR
    while pos < len(text):
        char = text[pos]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0 and (sep := separator.match(text, pos)) and sep.group(0).strip():
            pieces.append(text[start:pos])
            start = pos = sep.end()
            continue
        pos += 1
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces]


def block_title(piece: str, found: Found) -> str:
    """A block line's title: the line without its length (`Arrays (2h)` -> `Arrays`), and
    without a word that only joins it to the piece before (`then 20 minutes of flashcards` ->
    `flashcards`)."""
    from planexport.reader.blocks import tidy

    joined = _THEN.match(piece)
    if joined is not None and joined.end() <= found.start:
        cut = joined.end()
        piece, found = piece[cut:], found._replace(start=found.start - cut, end=found.end - cut)

    title = " ".join((piece[: found.start] + " " + piece[found.end :]).split()).strip(_EDGE)
    if not piece[: found.start].strip(_EDGE + "~("):
        title = _OF.sub("", title)
    return tidy(title).strip(_EDGE)


def topic_of(text: str) -> tuple[str, str] | None:
    """The topic that a line's lengths share and the rest (`Hashing`, `45 min theory, …`)."""
    match = _TOPIC.match(text)
    if match is None or find_duration(match.group("topic")) is not None:
        return None
    if _words(match.group("topic")) == 0 or find_duration(match.group("rest")) is None:
        return None
    return match.group("topic").strip(_EDGE), match.group("rest")


def segments(text: str) -> tuple[str | None, list[str]] | None:
    """The blocks of a line that gives several, each as `title (length)`, and the topic they
    share (`Hashing: 45 min theory, 90 min problems` -> `Hashing`, [`theory (45 min)`,
    `problems (90 min)`]); None unless the line cuts into two or more pieces that each have
    a title and a length of their own (`Arrays, Strings (2h)` is one block)."""
    text = text.strip()
    if (lead := bold_lead(text)) is not None:
        text = f"{lead[0]}: {lead[1]}"  # "**Morning:** Anki (20 min), …": the label shared
    text = text.strip("*_").strip()
    if len(text) > 200 or find_duration(text) is None:
        return None
    if starts_with_repeat(text):
        return None  # "Kern: 6 x 3 min tempo, 1 min wandelen": the repeats and their pauses
    box = _BOX.match(text)  # "- [ ] Mock: 1 coding (45 min) + 1 design (45 min)": each a task
    mark = box.group(0) if box else ""
    text = text[len(mark) :]
    topic = topic_of(text)
    if topic is not None:
        # "Hashing: 45 min theory, 90 min problems": the lengths share the topic
        cut = _cut(topic[1])
        if cut is not None:
            return (mark + topic[0]) if mark else topic[0], cut
    cut = _cut(text)
    if cut is None:
        return None
    return None, [mark + part for part in cut]


def bold_lead(text: str) -> tuple[str, str] | None:
    """The bold label that opens `text` and what follows it (`**Morning:** Anki (20 min)` ->
    `Morning`, `Anki (20 min)`), or None."""
    if not text.startswith(("**", "__")):
        return None
    match = _BOLD_LEAD.match(text)
    return None if match is None else (match["label"].strip(), match["rest"])


def _cut(text: str) -> list[str] | None:
    from planexport.reader.sentence_parts import sentence_parts

    if (sentences := sentence_parts(text)) is not None:
        return sentences  # "Theory (1 hour) – Read. Practice (1 hour) – Code.": one a sentence
    if ";" in text and (parts := _cut_pieces(_pieces(text, semicolons=True))) is not None:
        return parts  # "Torts set, 2 hours; essay outline, 1 hour": a comma in each part
    return _cut_pieces(_pieces(text))


def _cut_pieces(pieces: list[str]) -> list[str] | None:
    from planexport.reader.blocks import is_break

    if len(pieces) < 2:
        return None
    out: list[str] = []
    for piece in pieces:
        found = lengths(piece)
        if len(found) != 1 or found[0].at is not None or not block_line(piece):
            return None
        title = block_title(piece, found[0])
        if not _words(title) or is_break(title):
            return None  # "50 min lernen, 10 min Pause": a rhythm of work and breaks
        out.append(f"{title} ({found[0].text.strip()})")
    return out


def split_items(nodes: list[Node]) -> list[Node]:
    """The nodes, with each list item that gives several blocks (`- Arrays (2h), Strings (1h)`)
    cut into one item a block, in order; an item with nested items stays as written."""
    out: list[Node] = []
    for node in nodes:
        if node.kind != "list" or not any(find_duration(i.text) for i in node.items):
            out.append(node)
            continue
        items: list[Item] = []
        for item in node.items:
            cut = segments(item.text) if not item.children and not item.more else None
            if cut is None:
                items.append(item)
                continue
            topic, parts = cut
            # A bold label stays bold, so that a part of the day is read as the blocks' session.
            label = f"**{topic}:**" if topic and bold_lead(item.text) else f"{topic}:"
            items += [Item(f"{label} {p}" if topic else p, item.line) for p in parts]
        out.append(Node("list", node.line, items=items) if len(items) != len(node.items) else node)
    return out
