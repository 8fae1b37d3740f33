"""Hours of the day written in words inside a line (`Cours : de 14 à 16 heures`, `Les: van 9 tot
11 uur`, `Kurs: von 9 bis 11 Uhr`, `Clase de 9 a 11 horas`): a clock span, 14:00-16:00, where
read as lengths they would run past a working day (`de 1 à 2 heures` stays one to two hours).

Only the reading sees the span: a line kept as a note (`Sprechstunde von 14 bis 16 Uhr im Raum
3.`) is shown in its author's words, each rewritten phrase given back (`as_written`)."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["Rewrite", "as_written", "hour_phrases"]

# A phrase rewritten as a span: what comes before it, the span, what follows it (as patterns), the
# phrase as written.
Rewrite = tuple[str, str, str, str]

# "de 14 à 16 heures", "van 9 tot 11 uur", "von 9 bis 11 Uhr", "de 9 a 11 horas", "dalle 9 alle 11
# ore", "das 9 às 11 horas", "from 9 to 11 hours": a word before the first hour, one between them,
# and the hours' word after the second.
_PHRASE = lazy(
    r"(?<![\w:.,/])(?P<from>de|van|von|vom|from|desde|dalle|das|da)\s+(?P<a>\d{1,2})\s+"
    r"(?:à|a|tot|bis|to|till|until|até|às|alle|hasta|jusqu['\u2019]\s?à)\s+(?P<b>\d{1,2})\s*"
    r"(?P<unit>heures?|uur|uhr|horas?|hours?|ore|stunden)(?![\w])",
    re.IGNORECASE,
)
# The hours and the word between them, as in `_PHRASE`: what any line read here holds (one
# search of the whole text, from each digit, where `_PHRASE` tries every place).
_HOURS = lazy(
    r"\d\s+(?:à|a|tot|bis|to|till|until|até|às|alle|hasta|jusqu['\u2019]\s?à)\s+\d",
    re.IGNORECASE,
)
# Hours past this, read as a length, are rather a time of day (as `range_lengths` has it).
_LONGEST = 8


def hour_phrases(text: str, written: list[Rewrite] | None = None) -> str:
    """`text` with each phrase of hours of the day in words written as the clock span it names;
    phrases inside code blocks and those that read well as lengths are left as written. Each
    phrase rewritten is added to `written`, so that notes can show it as it was."""
    if not re.search(r"\d\s+\S+\s+\d", text) or _HOURS.search(text) is None:
        return text
    from planexport.reader.fenced import unfenced

    lines = text.split("\n")
    for at in unfenced(lines):
        line = lines[at]
        if _PHRASE.search(line):
            if written is not None:
                written.extend(_rewrites(lines, at))
            lines[at] = _PHRASE.sub(_span, line)
    return "\n".join(lines)


def as_written(note: str, written: list[Rewrite]) -> str:
    """`note` with each span `hour_phrases` wrote between the same words given back as the
    phrase its author wrote (`Sprechstunde 14:00-16:00 im` is `Sprechstunde von 14 bis 16 Uhr
    im`); a span the author wrote stays."""
    for left, span, right, phrase in written:
        found = re.search(f"({left}){re.escape(span)}{right}", note) if span in note else None
        if found is not None:
            note = note[: found.end(1)] + phrase + note[found.end() :]
    return note


def _rewrites(lines: list[str], at: int) -> list[Rewrite]:
    """Each phrase of `lines[at]` that `hour_phrases` rewrites, with the words beside it (on the
    lines around it when it starts or ends its line, as a paragraph joins them in a note)."""
    line = lines[at]
    above = lines[at - 1] if at > 0 else ""
    below = lines[at + 1] if at + 1 < len(lines) else ""
    found: list[Rewrite] = []
    for match in _PHRASE.finditer(line):
        span = _span(match)
        if span == match.group():
            continue
        before = _word(re.search(r"(\S+)\s+$", line[: match.start()]))
        after = _word(re.match(r"\s+(\S+)", line[match.end() :]))
        # "**bibliotheek** van 9 tot 17 uur": the words as the note shows them, emphasis or not
        left = rf"(?<![\w:])[*_~]*{re.escape(before)}[*_~]*\s+" if before else ""
        right = rf"(?=\s+[*_~]*{re.escape(after)})" if after else ""
        if not before:  # first on its line: first in the note, or after the line above
            word = _word(re.search(r"(\S+)\s*$", above))
            left = rf"^|(?<![\w:])[*_~]*{re.escape(word)}[*_~]*\s+" if word else "^"
        if not after:
            word = _word(re.match(r"\s*(\S+)", below))
            right = rf"(?=$|\s+[*_~]*{re.escape(word)})" if word else "(?![\\w:])"
        found.append((left, span, right, match.group()))
    return found


def _word(found: re.Match[str] | None) -> str:
    """A word beside a phrase as a note shows it: without emphasis, and no list's bullet."""
    word = found.group(1).strip("*_~") if found is not None else ""
    return "" if re.fullmatch(r"[-+>#]+|\d+[.)]", word) else word


def _span(match: re.Match[str]) -> str:
    a, b = int(match.group("a")), int(match.group("b"))
    clock = match.group("unit").casefold() == "uhr"  # "Uhr" is o'clock, never a length
    if not a < b <= 24 or not (clock or b > _LONGEST):
        return match.group()
    return f"{a:02d}:00-{b:02d}:00"
