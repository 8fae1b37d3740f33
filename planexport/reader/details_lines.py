"""A list item whose second line is a line of details that holds its length:

    1. **Two Sum**
       _Level: Easy · Time: 15 mins · Topic: Arrays_

The first line is the title; the details line (`Key: value` parts joined by `·`, `•`, `|`, `;`
or commas, two parts or more, one of them a length label such as `Time`, `Dauer`, `Durée`)
gives the length. A person reads `Two Sum`, 15 min, the other details its note. The text is
rewritten to say so, on the same lines: `1. **Two Sum** (15 mins)` over `_Level: Easy · Topic:
Arrays_`, which the reader then reads as a titled block with its note. A title that has a length
of its own, or a second line that is a sentence (`Spend 15 mins on it`), stays as written.
"""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.labelled_lengths import length_label
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["details_lines"]

# The longest length label a colon may follow ("duracao"), with room for emphasis around it.
_LABEL_REACH = 14
# What every length label holds, in lower case ("dura" for duration, duración, durata…).
_LABEL_STEMS = lazy("time|dura|length|dauer|zeit|tiempo|duree|durée|temps|tempo|duur|tijd")

# "1. **Two Sum**  ", "- [ ] Graphs\": a list item's first line, its hard break apart.
_ITEM = lazy(
    r"^(?P<indent>[ \t]*)(?P<marker>(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)"
    r"(?P<text>\S.*?)(?P<end>[ \t]*\\?[ \t]*)$"
)
# "   _Level: Easy · Time: 15 mins_": the details, emphasis wrapping them whole kept apart.
_DETAILS = lazy(r"^(?P<indent>[ \t]+)(?P<open>\*\*|__|\*|_)?(?P<body>[^*_\s].*?)(?P=open)?[ \t]*$")
# Between two parts: a dot, a bullet, a bar, a semicolon, or a comma before the next label.
_SEPARATOR = lazy(r"\s*(?:[·•|;]|,(?=\s*[^\W\d_][\w .]{0,20}:))\s*")
# "Time: 15 mins", "Est. time: 20 min": a label of one to three words, a colon, a value.
_PART = lazy(r"^(?P<label>[^\W\d_][\w.&'-]*(?: [\w.&'-]+){0,2})\s*:\s*(?P<value>\S.*)$")
_LIST_MARK = lazy(r"^\s*(?:[-*+>]|\d{1,3}[.)])\s")


def _length_part(body: str) -> tuple[str, str] | None:
    """The length a details line gives and the line without it, or None when the line is no
    details line with exactly one labelled length."""
    separators = _SEPARATOR.findall(body)
    parts = _SEPARATOR.split(body)
    if len(parts) < 2 or not all(_PART.match(part) for part in parts):
        return None
    timed = []
    for index, part in enumerate(parts):
        match = _PART.match(part)
        assert match is not None
        last = fold(match["label"]).rstrip(".").split()[-1]
        found = find_duration(match["value"])
        if length_label(last) and found is not None and found.at is None and found.start == 0:
            timed.append((index, match["value"].strip()))
    if len(timed) != 1:
        return None
    index, value = timed[0]
    kept = parts[:index] + parts[index + 1 :]
    joins = separators[: index - 1] + separators[index:] if index else separators[1:]
    rest = kept[0] + "".join(join + part for join, part in zip(joins, kept[1:], strict=True))
    return value, rest


def _rewritten(first: str, second: str) -> tuple[str, str] | None:
    """The two lines with the length moved from the details to the title, or None."""
    item, details = _ITEM.match(first), _DETAILS.match(second)
    if item is None or details is None or _LIST_MARK.match(second):
        return None
    if len(details["indent"].expandtabs(4)) <= len(item["indent"].expandtabs(4)):
        return None
    if find_duration(item["text"]) is not None:
        return None  # "1. Two Sum (20 min)": the title's own length counts
    moved = _length_part(details["body"])
    if moved is None:
        return None
    value, rest = moved
    mark = details["open"] or ""
    # "Bruchrechnen\" (a backslash break): written as two spaces, a break all the same
    end = item["end"].replace("\\", "  ")
    title = f"{item['indent']}{item['marker']}{item['text']} ({value}){end}"
    return title, f"{details['indent']}{mark}{rest}{mark}"


def _can_hold(body: str) -> bool:
    """Whether some colon in the text follows a length label (`Time:`, `Dauer:`): a look at the
    word before each colon, once the text is known to hold a label's word at all."""
    lower = body.lower()
    if _LABEL_STEMS.search(lower) is None:
        return False
    at = body.find(":")
    while at != -1:
        before = body[max(0, at - _LABEL_REACH) : at].rstrip(" \t*_").split()
        if before and length_label(fold(before[-1].strip("*_"))):
            return True
        at = body.find(":", at + 1)
    return False


def details_lines(body: str) -> str:
    """The body with each list item's details line giving the item its length (see above);
    every other line as it is."""
    if not _can_hold(body):
        return body
    lines = body.split("\n")
    for pos in range(1, len(lines)):
        if lines[pos][:1] not in " \t" or not lines[pos].strip():
            continue
        swapped = _rewritten(lines[pos - 1], lines[pos])
        if swapped is not None:
            lines[pos - 1], lines[pos] = swapped
    return "\n".join(lines)
