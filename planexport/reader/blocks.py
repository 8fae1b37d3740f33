"""One line to one block: `**Block 1 (Concepts – 60 min)**`, `**09:00–10:30** → Arrays`, breaks."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planexport.errors import PlanError
from planexport.reader.amount_titles import amount_of, joined_amount, verb_words
from planexport.reader.bracket_titles import bracket_first
from planexport.reader.break_notes import break_first
from planexport.reader.cjk_breaks import cjk_break
from planexport.reader.clock_prepositions import said_start
from planexport.reader.durations import DASH, DASHES, Found, find_duration, sum_of_parts
from planexport.reader.emphasis import lead_unwrapped
from planexport.reader.fill_in_titles import without_fill_ins
from planexport.reader.footnote_marks import Footnotes
from planexport.reader.generic_links import without_generic_links
from planexport.reader.hedges import without_hedge
from planexport.reader.hyphen_lengths import joined_unit
from planexport.reader.joining_words import after_length, before_length
from planexport.reader.lazy import lazy
from planexport.reader.length_labels import is_length_goal
from planexport.reader.line_memo import per_line
from planexport.reader.link_lengths import length_out_of_link
from planexport.reader.marked_totals import marked_total, said_total
from planexport.reader.or_choices import or_choice
from planexport.reader.outline import Item, unwrap
from planexport.reader.part_labels import part_first, part_label
from planexport.reader.part_minutes import part_minutes
from planexport.reader.pause_words import pause_for
from planexport.reader.prose_lengths import in_sentence, not_a_block
from planexport.reader.rate_words import without_rate
from planexport.reader.recess import french_recess
from planexport.reader.repeats import find_length, repeated
from planexport.reader.result import ReadWarning
from planexport.reader.shortcodes import SHORTCODE_TAIL, hide_shortcodes, show_shortcodes
from planexport.reader.signed_lengths import signed_change
from planexport.reader.span_sentences import sentence_title
from planexport.reader.stated_totals import stated_total
from planexport.reader.title_links import linkless
from planexport.reader.words import (
    ASIDE_ITEM_WORDS,
    ASIDE_WORDS,
    BREAK_WORDS,
    ESTIMATE_WORDS,
    FREE_WORDS,
    HOUR_WORDS,
    MINUTE_WORDS,
    SESSION_WORDS,
    TOTAL_PART_WORDS,
    TOTAL_WORDS,
    fold,
)

if TYPE_CHECKING:
    from planexport.reader.hour_phrases import Rewrite

__all__ = [
    "LABEL",
    "Ctx",
    "RawBlock",
    "block",
    "hour_block",
    "is_aside",
    "is_aside_item",
    "is_break",
    "is_total",
    "session_name",
    "tidy",
    "tidy_emphasis",
    "try_block",
]

LABEL = lazy(
    rf"^(?P<label>(?:block|bloque|bloc|blocco|bloco|blok|session|sesi[oó]n|sitzung|s[eé]ance"
    rf"|sess[aã]o|sessione|part|teil|parte|partie|slot|step|schritt|paso|[eé]tape|passo|stap"
    rf"|phase|fase|problem|problema|probl[eè]me|aufgabe|exercise|ejercicio|exercice|esercizio"
    rf"|exerc[ií]cio|oefening|task|tarea|t[aâ]che|compito|tarefa|taak)\s*#?\s*\d+(?:\.\d+)?)"
    rf"(?:\s*[:.)\]|{DASH}]\s*|\s*$|\s*(?=[*_(\[]))",
    re.IGNORECASE,
)
_HOUR_LINE = lazy(
    r"^[^\w]*(?:\*\*|__)?\s*(?P<label>(?:hour|stunde|hora|heure|ora|uur)\s*(?P<n>\d+))\s*"
    r"(?:\*\*|__)?\s*[:.)\-–—]\s*(?:\*\*|__)?\s*(?P<title>.+)$",
    re.IGNORECASE,
)
# "- [ ] **Concepts (60 min)**", a task list; "- [ ] 2. Graphs (1h)": its list number too
_TASK_BOX = lazy(r"^\s*\[(?P<mark>[ xX])\]\s+(?:\d{1,3}[.)]\s+)?")
_LEAD_MARKS = lazy(r"^(?P<marks>[^\w\s*_(\[`]+)\s*(?=\*\*|__)")  # "📚 **Concepts (1 h)**"
_BOLD_LEAD = lazy(r"^(\*\*|__)(?P<inner>.+?)\1(?P<rest>.*)$", re.DOTALL)
_EDGE = f" \t:;,.|*{DASHES}~≈()[]→⇒>"
_SESSION_HEAD = lazy(
    r"^(?:session|sesi[oó]n|sitzung|s[eé]ance|sess[aã]o|sessione|phase|fase|part|teil|parte"
    r"|partie|round|runde|ronda|block|bloque|bloc|blocco|bloco|blok)\s*#?\s*\d+\b",
    re.IGNORECASE,
)
# Clock faces, an alarm clock, a stopwatch, a timer, a watch and hourglasses: marks of a time.
_CLOCK_MARKS = lazy("[\u23f0\u23f1\u23f2\u231a\u231b\u23f3\U0001f550-\U0001f567]\ufe0f?")
_TIMER_END = lazy(r"\s*[\u23f0\u23f1\u23f2\u231a\u231b\u23f3]\ufe0f?\s*$")  # "Quiz ⏱️ 10 min"
# A short label before a colon (`🍽️ **Almuerzo:** arroz`), past leading emoji and emphasis.
# A colon that opens a shortcode (`Pause :coffee: und Lesen`) ends no label.
_BREAK_LABEL = lazy(rf"^[^\w:]*(?P<label>[^\W\d_][^:*_]{{0,30}}?)[*_\s]*:(?!\d|{SHORTCODE_TAIL})")
_LINK = lazy(r"\[([^\[\]]*)\]\([^()\s]*\)")
# What separates a clock span from its title; a colon that opens a shortcode (`:pencil2:`) stays,
# and a slash only before a space (`8am - 9am / Mock interview`, never `/r/learnpython`).
_SPAN_SEPARATORS = lazy(rf"^(?:[\s|→\-–—·•]|/(?=\s)|:(?!{SHORTCODE_TAIL}))+")
_STARRED_ASIDE = lazy(r"(?<![*\w])\*(\([^()*]*\))\*(?![*\w])")
# What tidy strips from a title's ends, brackets aside (a bracket may belong to the title).
_TIDY_EDGE = _EDGE.replace("(", "").replace(")", "").replace("[", "").replace("]", "")
_EMPTY_BRACKETS_BEFORE = lazy(rf"\s*\([{re.escape(_TIDY_EDGE)}]*\)(?=[:;,])")
_INITIALS_END = lazy(r"(?<![\w.])[A-Z]\.\s?[A-Z]\.$")
_EMPTY_BRACKETS = lazy(rf"\([{re.escape(_TIDY_EDGE)}]*\)|(?<=\S)\s+\[\s*\]$")
_SEPARATOR_CLOSED = lazy(rf"[\s:~{DASH}]+(?=\))|(?<=\w)[\s:~{DASH}]+(?=\])")
_COMMA_CLOSED = lazy(r"(?<=[\w)])\s*[,;]\s*(?=[)\]])")  # "(capítulos 1-2,)", not "(&&, ;)"
_OPEN_TAIL = lazy(r"\((?=[^()]*\w)[^()]*$")
_OPEN_SPACE = lazy(r"(?<=\()\s*[,;:]?\s+")
_WORD_CHAR = lazy(r"\w")
_SESSION_LEAD = lazy(r"^(?P<session>[^:]{1,24}):\s*(?P<title>\S.*)$")  # "Morning: Arrays"
_ASIDE = lazy(rf"\s*(\([^()]+\))[\s:{DASH}]*")  # "(panoramica) - " after a label
# "… to watch by Monday, durée: 3 h": the word that names the length is not part of the title.
_LENGTH_LABEL = lazy(
    r"(?<=[\w)])[\s,;:–-]+(?:duration|length|dur[ée]e|dauer|duraci[oó]n|durata|dura[cç][aã]o|duur)"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)
# "Riscaldamento (durata ~5 minuti)", "Intro (Time: 5 min)": its label alone left in the bracket.
_LABEL_BRACKET = lazy(
    r"\s*\(\s*(?:duration|length|dur[ée]e|dauer|duraci[oó]n|durata|dura[cç][aã]o|duur"
    r"|time|timing|zeit|tiempo|temps|tempo|tijd)"
    r"\s*[:.]?\s*\)",
    re.IGNORECASE,
)
DAY = 24 * 60  # a block is at most a day long
_BREAKS = frozenset(BREAK_WORDS)
# German `Mittag` is lunch only as a line's whole title; it is also a part of the day.
_LUNCH_ALONE = frozenset(("mittag",))
_FREE = frozenset(FREE_WORDS)
_TOTALS = frozenset(TOTAL_WORDS)
# "2 Core + 1 Flex = 3 hrs": a number before a `+`, then on the same line `=` and a length.
_SUM_PART = lazy(r"\d\s*[^\W\d]*\s*\+")
_SUM_RESULT = lazy(
    rf"=\s*[~≈]?\s*\d+(?:[.,]\d+)?\s*(?:{HOUR_WORDS}|{MINUTE_WORDS})(?!\w)", re.IGNORECASE
)
_SESSIONS = frozenset(SESSION_WORDS)


@dataclass
class Ctx:
    """Where the text comes from, and the warnings gathered while reading it."""

    source: str
    warnings: list[ReadWarning] = field(default_factory=list)
    zero: dict[int, str] = field(default_factory=dict)  # lines skipped with a warning: why
    hidden: str = ""  # what an HTML comment never closed hides: said with any refusal
    links: frozenset[str] = frozenset()  # the labels of the plan's link definitions
    advice: frozenset[int] = frozenset()  # lines of tips after the plan's timed lines: notes
    written: list[Rewrite] = field(default_factory=list)  # phrases read as spans: notes keep them
    footnotes: Footnotes = field(default_factory=Footnotes)  # "[^1]: …": a note of its mark's day
    day_notes: dict[int, str] = field(default_factory=dict)  # "| Sunday (long) |": by row line
    ticked: frozenset[int] = frozenset()  # "- [x] 07:30 Note review": lines whose blocks are done

    def error(self, line: int, reason: str) -> PlanError:
        if self.hidden:
            reason = f"{reason}; {self.hidden}"  # the days may be what the comment hides
        return PlanError(reason, file=self.source, line=line)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ReadWarning(self.source, line, message))


@dataclass
class RawBlock:
    title: str
    label: str | None
    lo: int
    hi: int
    note: str | None
    items: list[Item]
    line: int
    at: int | None = None  # minutes after midnight
    sure: bool = True  # whether the half of the day of `at` is written
    session: str | None = None
    done: bool = False
    guessed: bool = False  # the length is read from the next start, not written
    prose: bool = False  # the length is said inside a sentence ("Dedique 1 hora a …")
    work: bool = False  # bare hours after a work title ("Late work 11-7"): busy time
    exact: float | None = None  # "Plannen (1.5 min)": the minutes as written, `lo` rounded
    backward: bool = False  # "11:30PM-12:30PM": the end before the start, one half of the day


def _words(text: str) -> str:
    """Folded words of `text` only: no emoji, emphasis or brackets."""
    text = re.sub(r"\([^)]*\)", " ", fold(text))
    return " ".join(re.findall(r"[a-z]+(?:-[a-z]+)*", text))


@functools.lru_cache(maxsize=2048)
def is_break(title: str, *, timed: bool = True) -> bool:
    """Whether a line names a break (`Lunch + rest`, `Descanso ☕`, `Short break`) or says that
    nothing is there (`FREI`, `*Libre*`); `timed` is False for a name over other lines (a
    group row), where `Mittag` is the part of the day."""
    # "12:00 Mittag", "| 12:30 | Mittag |": the whole title is lunch, as `Mittagessen` is; as a
    # label (`Mittag: 13:00 - 14:00 Lesen`) or with other words it is the time of day
    title = without_fill_ins(linkless(title) if "](" in title else title)  # "[Break](#x)"
    alone = timed and _words(re.sub(r"[(\[].*$", " ", title)) in _LUNCH_ALONE
    return alone or _is_break(title) or french_recess(title) or cjk_break(title)  # "午饭"


def _is_break(title: str) -> bool:
    from planexport.reader.meals import leads_activity, pause_end, qualified_meal, rest_after_meal

    if fold(re.sub(r"[^\w/]+", " ", title)).strip() in _FREE:
        return True
    label = _BREAK_LABEL.match(title)
    if label is not None and _is_break(label.group("label")):
        return True  # "🥣 **Desayuno:** avena con fruta": the meal, its label leading the menu
    plain = re.sub(r"[(\[].*$", " ", fold(title))  # "Short break (walk, snack)", "break [..]"
    parts = [part for part in plain.split("/") if part.strip()]
    if len(parts) > 2 and not all(_is_break(part) for part in parts):
        # "Café da manhã / meditar / 20 minutos de exercícios": a morning's routine; two parts
        # are often choices ("Lunch + rest / hobby"), a break either way
        return False
    if rest_after_meal(_words(plain).split()):
        return True  # "Lunch with the provided meal and take a rest": the rest makes it a gap
    first = re.split(r"[+/&,]|\b(?:and|y|und|et|e|en)\b", plain, maxsplit=1)[0]
    words = _words(first)
    pauses = ("break", "pause", "pausa", "descanso", "pauze")
    head = _words(re.split(r"\s[-–—]\s", first, maxsplit=1)[0]).split()
    if head != words.split() and " ".join(head) in _BREAKS and head[-1] in pauses:
        return True  # "☕ Short Break – Stretch or hydrate": the break, what to do in it after
    if len(words.split()) == 2 and words.split()[1] in _FREE:
        words = words.split()[0]  # "Déjeuner libre", "Lunch (free)": a meal on one's own
    if pause_for(words):
        return True  # "Pausa para el café", "Break for lunch", not "Intervalo de confiança"
    return (
        bool(words)
        and (
            words in _BREAKS
            # "Micro-break", "Coffee-break": the last part of a joined word names the break
            or pause_end(words, pauses)
            or (len(words.split()) == 2 and words.split()[0] in pauses)  # "Pausa caffè"
            or qualified_meal(words.split())  # "Snack A (AM)", "Comida principal", "Morning snack"
        )
        # "Breakfast and reading", "Almuerzo y repaso": the meal leads an activity, a block
        and (first == plain or not leads_activity(plain))
    )


def is_aside(heading: str) -> bool:
    """Whether a heading inside a day names a section of notes (`## Notas Logísticas`); only
    its first word counts: "Review notes" is a part of the agenda."""
    words = _words(heading).split()
    return bool(words) and words[0] in ASIDE_WORDS


def is_aside_item(title: str) -> bool:
    """Whether a timed line is for the organisers, not the attendees (`Setup`, `Breakdown`)."""
    return _words(title) in ASIDE_ITEM_WORDS


def _summed(text: str) -> bool:
    r"""Whether `text` works out a sum: what `\d…\+.*=…` finds, each part read once, where
    that pattern would read the rest of the line again from every number before a `+`."""
    if "+" not in text or "=" not in text:
        return False
    line_end = -1
    for part in _SUM_PART.finditer(text):
        result = _SUM_RESULT.search_on(text, part.end())
        if result is None:
            return False
        if line_end < part.end():
            line_end = text.find("\n", part.end())
            line_end = len(text) if line_end == -1 else line_end
        if result.start() < line_end:
            return True
    return False


@functools.lru_cache(maxsize=2048)
def is_total(text: str) -> bool:
    """Whether a line states a total (`Total: 2.5h`, `**Time: 3 hours**`), not a block."""
    plain = re.sub(r"[*_]", "", text).strip()
    if signed_change(plain):
        return False  # "Total: +3 min": a change of the plan's length, not its total
    if _summed(plain):
        return True  # "Study hours: 2 Core + 1 Flex = 3 hrs max": a sum worked out, not a block
    match = re.match(r"^[^\w]*(?P<word>[^:]{1,60}?)\s*:", plain)
    if match is None:
        return marked_total(plain)  # "Total (3.5 hrs)", "Total - 1.5 h"
    words = _words(match.group("word"))
    parts = words.split()
    return (
        words in _TOTALS
        or parts[:1] in (["total"], ["totals"], ["gesamt"])
        or (len(parts) <= 3 and any(w.startswith(ESTIMATE_WORDS) for w in parts))
        or (len(parts) <= 3 and any(w in TOTAL_PART_WORDS for w in parts))
        or is_length_goal(words)  # "Time target: 3 hours": the day's length
        or said_total(plain[match.end() :])  # "Hours: 10 total (4 theory + 6 hands-on)"
    )


_ENUMERATED = lazy(r"^(?:[A-Da-d]|[1-9]|I{1,3}|IV)[.)]\s+(?=\S)")


@functools.lru_cache(maxsize=2048)
def session_name(text: str) -> str | None:
    """The part of the day a heading or bold line names (`Morning`, `Mañana`, `Session 1`)."""
    plain = tidy(re.sub(r"\([^)]*\)", " ", unwrap(text)).replace("*", " "))
    plain = re.sub(r"^[^\w]+", "", plain).strip()
    plain = _ENUMERATED.sub("", plain)  # "A. Morning", "2) Afternoon": an outline's label
    words = _words(plain)
    if words in _SESSIONS or (
        words.split()[:1] and words.split()[0] in _SESSIONS and len(words.split()) <= 2
    ):
        return plain
    if "/" in plain and " ".join(words.split()[:2]) in _SESSIONS and len(words.split()) == 3:
        return plain  # "Late Morning/Afternoon": two parts of the day, the first of two words
    if _SESSION_HEAD.match(plain):
        return plain
    return None


def hour_block(text: str, items: list[Item], line: int) -> RawBlock | None:
    """`**Hour 1:** Topic`: a 60-minute block titled by its topic."""
    match = _HOUR_LINE.match(text)
    if match is None:
        return None
    title = tidy(match.group("title")) or match.group("label")
    return RawBlock(title, match.group("label"), 60, 60, None, list(items), line)


def block(text: str, items: list[Item], line: int, ctx: Ctx) -> RawBlock | None:
    """A block from its line: `**Block 1 (Concepts – 60–75 min)**`, `Practice (60 min): note`.

    None when the line has no readable length, a zero one or a backwards one: it is skipped
    with a warning, as one misread line never refuses a plan that has other blocks.
    """
    raw = try_block(text, items, line, ctx)
    aside = not_a_block(text) if raw is None else None
    if aside is not None:
        # "- **Tip:** pause after 50 minutes" under a plan heading: said, never scheduled.
        shown = text if len(text) <= 60 else text[:57] + "…"
        ctx.warn(line, f'"{shown}" is {aside}, not a block: skipped')
        ctx.zero[line] = f'"{shown}" is {aside}, not a block'
        return None
    if raw is None and line in ctx.zero:
        return None  # an empty item is skipped everywhere, under "4-Hour Plan" too
    if raw is None:
        why = _no_duration(_TASK_BOX.sub("", text, count=1))
        ctx.warn(line, f"{why}: skipped")
        ctx.zero[line] = why
    return raw


def _cut(text: str, match: Found) -> str:
    return text[: match.start] + text[match.end :]


def try_block(text: str, items: list[Item], line: int, ctx: Ctx) -> RawBlock | None:
    """The block a line describes, or None when it has no duration."""
    if line in ctx.advice:
        return None  # "* Do 5–10 minutes of stretching" after the timetable: a tip, a note
    box = _TASK_BOX.match(text)
    done = box is not None and box.group("mark") in "xX"
    if box is not None:
        text = text[box.end() :]
    # "📚 **Concepts (60 min)**": marks before the bold title stay with it.
    marks = _LEAD_MARKS.match(text)
    if marks:
        text = text[marks.end() :]
    text = length_out_of_link(text)  # "[Warm-up drills (7 min)](https://…)"
    if not_a_block(text) is not None and stated_total(text) is None:
        # "**Dica**: … Pause após 50 minutos", "percorre 200 m em 25 s"; but "3 min à 4 km/h,
        # 7 min à 6 km/h = 10 min" is a stated total, its speeds no exercise
        return None
    more: tuple[int, int] | None = None
    # "**Series (4 × 5 min, descanso 1 min)**": a repeat first is the line's length, its
    # pauses said, not summed.
    again = repeated(text)
    # "Warm-up - 3 min at 4 km/h | 7 min at 6 km/h | 10 min total": the total, its parts a note.
    total = stated_total(text) if again is None else None
    summed = sum_of_parts(text) if again is None and total is None else None
    match: Found | None
    hours: Found | None = None  # bare hours after a work title ("Late work 11-7"): work
    cells = ""  # "09:00-10:00 | Arrays | room 2": the cells after the title's, its note
    gap: tuple[str, str] | None = None  # a break after the length: said, and no more of it
    if total is not None:
        title, rest, match = total.title, total.note, total.found
        bold = None
    elif summed is not None:
        title, rest, match = text[: summed.start] + text[summed.end :], "", summed
        bold = None
    elif again is not None:
        (match, title), rest, bold = again, "", None  # "5 mal 2 Minuten laufen": 10 min
    else:
        # find_length, not find_duration: "Hauptteil: 6 x 400 m, 20 min" is 20 minutes.
        bold = _BOLD_LEAD.match(text)
        if bold:
            head, rest = bold.group("inner").strip(), bold.group("rest")
            match = find_length(head)
            if marks and match is not None and not _WORD_CHAR.search(_cut(head, match)):
                marks = None  # "⏰ **1h** — Reading": the marks go with the length, as unbolded
            if match is None:
                # "**Concepts** (60 min): note": the duration follows the bold title.
                match_rest = find_length(rest)
                if match_rest is not None:
                    cut = match_rest.end  # "**Essays:** 5 (5 hours with breaks)": the bracket whole
                    end = _bracket_end(rest, match_rest.start, cut)
                    cut = end if re.search(r"[^\W\d_]", rest[cut:end]) else cut
                    head, rest = f"{head}{'' if rest[:1] in ':;,' else ' '}{rest[:cut]}", rest[cut:]
                    match = find_length(head)
            if match is None:
                from planexport.reader.work_hours import work_hours

                whole = f"{head} {rest.strip()}"  # "**Work** 9-17": work from 09:00 to 17:00
                if (match := work_hours(whole)) is not None:
                    head, rest, hours = whole, "", match
        else:
            head, rest = text, ""
            match = find_length(head)
            if match is None:
                from planexport.reader.work_hours import work_hours

                match = hours = work_hours(head)  # "Schicht 6-14": from 06:00 to 14:00
            # "15 Minuten Dehnen und 15 Minuten Krafttraining": one activity, their sum.
            if match is not None:
                from planexport.reader.joined_lengths import joined

                more = joined(text, match)
            if match is not None and match.at is None and not joined_unit(head, match):
                cut = match.end
                close = head.find(")", cut)
                if close != -1 and head[cut:close].strip(_EDGE) == "":
                    cut = close + 1
                else:
                    # "Repaso (teoría 20 min y ejercicios)": the bracket the length is in
                    # goes whole with the title, never cut after its length.
                    cut = _bracket_end(head, match.start, cut)
                head, rest = head[:cut], head[cut:]
                match = find_length(head)
        if match is None:
            return None
        # "Practice: e.g. 45 min", "Drill (ca. 20 Min.)": the hedge belongs to the length.
        before, after = without_hedge(head[: match.start]), head[match.end :]
        if joined_unit(head, match):
            before = head[: match.end]  # "Follow 45-min flow": the length is the title's word
        if match.at is None and not _WORD_CHAR.search(before):
            before = ""  # "🍅 25 min — Thermodynamics notes": the emoji marks the line, no title
        if match.at is None:  # "Caminar durante 30 minutos", "30 minutos de caminata"
            # "30 min per day of reading": the rate goes with the length, the title is "reading";
            # "Flashcards ⏱️ 45 min": the timer marks the length, no part of the title
            before, after = without_rate(before_length(_TIMER_END.sub(" ", before)), after)
            after = after_length(after)
            gap = break_first(after)  # "Reading (45 min + 15 min break)": 45 min, then a gap
            after = after if gap is None else gap[1]
        if match.at is not None and not _WORD_CHAR.search(before):
            if after.lstrip()[:1] == "|" and "|" in after.lstrip()[1:]:  # "9:00-10:00 | A | B"
                after, _, cells = after.lstrip()[1:].partition("|")  # cells: a title, a note
            after = _SPAN_SEPARATORS.sub("", after)  # "🌙 21:30-23:00 - Catch-up"
            # "⏰ 09:00–10:00 📖 Reading": a clock's emoji only marks the time, not the activity.
            before = _CLOCK_MARKS.sub("", before)
        # "Permanence 14h-16h, salle B": the comma after the span joins the words before it
        title = (
            before.rstrip() + after.lstrip()
            if after.lstrip().startswith(",")
            else before + " " + after
        )
        if not bold and match.at is None and not after.strip() and verb_words(before):
            from planexport.reader.amount_titles import amount_title

            # "Do 10–15 minutes of warm-up": what it is an amount of, not "Do"
            title, rest = amount_title(before, rest) or (title, rest)
    if match.at is not None:
        from planexport.reader.emphasised_leads import emphasised_lead

        title, rest = _span_title(title, rest, match, line, ctx)
        rest = f"{cells.strip(' |')} {rest}" if cells else rest
        opening = None if rest.strip() else emphasised_lead(title)
        if opening is not None:
            title, rest = opening  # "9:00-12:30 - *Registration* - Blue Hall, 9 Main St."
    if more is None and match.at is None and " + " in text:
        from planexport.reader.distance_sums import warned_distance_sum

        more = warned_distance_sum(text, match, line, ctx)
    lo, hi = match.lo, match.hi
    if more is not None:
        lo, hi = lo + more[0], hi + more[1]
    label = None
    lab = LABEL.match(title.strip())
    if lab and not _label_with_aside(title.strip()[lab.end() :], text, match):
        label = " ".join(lab.group("label").split())
        title = title.strip()[lab.end() :]
    # "90 min, room 3": the note is "room 3", no comma or semicolon left before it
    note = rest.strip().lstrip(":;,)]. →" + DASHES).strip()
    if match.at is None and gap is None and (gap := break_first(note)) is not None:
        note = gap[1]  # "45 min + 15 min break: Reading": the words after the break title it
    if not bold and note and match.at is None and session_name(note) is not None:
        session_word = tidy(note)  # "Phase 1 - 2 hours evening": when, not what
        note = ""
    else:
        session_word = None
    start = match.at
    said = said_start(text) if start is None else None
    if said is not None and said[1] in title:
        # "Engels om 14 uur (1 uur)", "Maths à 16h (1 h)": from then; the words leave the title
        start, title = said[0], re.sub(r"\s+(?=[,;.])", "", title.replace(said[1], " ", 1))
    title = tidy(title)
    if start is not None and not match.sure and start < 12 * 60:
        from planexport.reader.late_work import afternoon_work

        start = afternoon_work(title, start, hi)  # "1:00-4:00 School": 13:00, no am or pm
    if "(" in title:
        title = tidy(_LABEL_BRACKET.sub("", title))
    short = _LENGTH_LABEL.sub("", title)
    if len(short.split()) >= 3:
        title = short  # "Videos of week 1 … durée" but "Session length" is a title
    session = session_word
    lead = _SESSION_LEAD.match(title)
    part = None
    if match.at is not None:
        from planexport.reader.part_spans import part_span

        part = part_span(text)
    if part is not None:
        # "Morning session (9:00–12:00): Graph algorithms": when in the day, then what.
        session, title, note = part[0], tidy(part[1]), "" if tidy(note) == tidy(part[1]) else note
    elif bold and lead and session_name(lead.group("session")) is not None:
        # "**Morning: 1.5h - Valid Anagram**"
        session, title = session_name(lead.group("session")), tidy(lead.group("title"))
    elif bold and not note and session_name(title) is not None:
        session = session_name(title)  # "**Morning (1.5 hours):**": a part of the day, one block
    elif note and session_name(title) and (bold or part_first(text, match.start, match.end)):
        # "**Morning (30 min):** Study new concept", "Evening (1 hour): Review": when, then what.
        session, title, note = session_name(title), tidy(joined_amount(text, match, note)), ""
    elif not bold and note and match.at is None and (label := part_label(text)) is not None:
        session, title, note = label, tidy(joined_amount(text, match, note)), ""
    if not title and note and bracket_first(text, note):
        title, note = tidy(note), ""  # "[40 min.] Auftrag: Präsentation": the whole line
    elif not title and note and not bold:
        # "60 min – Concepts: read the chapter"
        title, _, note = amount_of(without_rate("", note)[1].strip()).partition(":")
        title, note = tidy(title), note.strip()
    elif not title and note:
        # "**30 minutos** de caminata"
        title, note = tidy(amount_of(without_rate("", note)[1].strip())), ""
    if not title and not label:
        title, items = first_item_title(items)  # "- **09:00–10:00**" over what it is for
    if match.at is not None and title and (sentences := sentence_title(title)) is not None:
        title, after = sentences  # "9am - 12pm will be lecture time. We break halfway through."
        note = f"{note}; {after}" if note and after else note or after
    title, note = or_choice(title or label or "Block", note)  # "Statistics | Or Economics"
    if gap is not None:
        note = f"{note}; {gap[0]}" if note else gap[0]
    if marks:
        title = f"{marks.group('marks')} {title}"
    if lo <= 0 and hi <= 0 and match.at is None:
        # "durée: 0 minutes" in one week of a long plan: that item is empty, the plan is not.
        ctx.warn(line, f'"{title}" has a zero duration ("{match.text}"): skipped')
        ctx.zero[line] = f'block "{title}" has a zero duration ("{match.text}")'
        return None
    if lo >= DAY and match.at is None:
        # "Redo failed problems after 48–72 hours": a rule about when, not a block to schedule;
        # "Notifications für 24 Stunden aus": a state for the whole day, no block in it either.
        how = "longer than a day" if lo > DAY else "a whole day" if hi == DAY else "a day or longer"
        why = f'"{title}" lasts "{match.text}", {how}'
        ctx.warn(line, f"{why}: skipped")
        ctx.zero[line] = why
        return None
    if lo <= 0 or hi <= 0 or lo > hi:
        # "14h – 9h", "0-10 min" read as zero: one misread line, skipped; the plan stays.
        why = (
            f'block "{title}": the range "{match.text}" runs backwards'
            if lo > hi
            else f'block "{title}" has a zero duration ("{match.text}")'
        )
        ctx.warn(line, f"{why}: skipped")
        ctx.zero[line] = why
        return None
    done = done or (
        bool(items)
        and all(_TASK_BOX.match(i.text) for i in items)
        and all(
            (m := _TASK_BOX.match(i.text)) is not None and m.group("mark") in "xX" for i in items
        )
    )
    return RawBlock(
        title,
        label,
        lo,
        hi,
        note or None,
        list(items),
        line,
        at=start,
        sure=match.sure,
        backward=match.backward,
        session=session,
        done=done,
        prose=in_sentence(text),
        work=hours is not None and match is hours,
        exact=part_minutes(match.text, lo, hi) if more is None and match.at is None else None,
    )


def _bracket_end(text: str, start: int, end: int) -> int:
    """Where the bracket left open before `start` closes after `end` (just after it), or `end`
    when no bracket holds the text between them."""
    depth = {"(": 0, "[": 0}
    for char in text[:start]:
        if char in "([":
            depth[char] += 1
        elif char in ")]":
            opener = "(" if char == ")" else "["
            depth[opener] = max(0, depth[opener] - 1)
    for opener, closer in (("(", ")"), ("[", "]")):
        close = text.find(closer, end)
        if depth[opener] and close != -1 and opener not in text[end:close]:
            return close + 1
    return end


def _label_with_aside(after: str, text: str, match: Found) -> bool:
    """`Fase 1 (panoramica) - 2 ore`: the bracket after the label, closed before the length,
    belongs to the title (`Block 1 (Concepts – 60 min)` holds its length: a label and a title)."""
    aside = _ASIDE.fullmatch(after) if "(" in after else None
    return aside is not None and aside.group(1) in text[: match.start]


def _span_title(title: str, rest: str, span: Found, line: int, ctx: Ctx) -> tuple[str, str]:
    """Title and note around a clock span: the activity after it (`09:00–10:30 → Arrays`)."""
    from planexport.reader.span_words import length_in_words

    words = title
    if rest.strip():
        # "**07:30–10:00 (2.5h)** → Arrays": the bold part holds only times; the title follows.
        lead = rest if title.strip() else _SPAN_SEPARATORS.sub("", rest)  # "**09:00** · Arrays"
        words, rest = f"{title} {lead}", ""
    again = find_duration(words)
    if again is not None and again.at is None and length_in_words(words, again):
        again = None  # "… / 20 minutos de exercícios / …": what the text says, not a length
    if again is not None and again.at is None:
        # "(2.5h)" restates the span's length: checked, never a title.
        if again.lo != span.lo or again.hi != span.hi:
            ctx.warn(line, f'"{again.text}" differs from the span "{span.text}"; the span counts')
        words = _without_length(words, again)
    # "Evening (after work, ~19:00-21:30)": no "(after work,)" is left of the bracket.
    words = re.sub(r"(?<=\w)\s*[,;:~≈]\s*~?\s*\)", ")", words)
    return words, rest


# "(1 hour only)", "(max. 2 h)": words that only qualify a length go with it.
_QUALIFIERS = lazy(
    r"^(?:only|each|max|maximum|min|minimum|appr|approx|about|total|tops|nur|jeweils|ca|circa"
    r"|solo|cada|seulement|environ|alleen|ongeveer|apenas|cerca)\.?$",
    re.IGNORECASE,
)


def _without_length(text: str, found: Found) -> str:
    """`text` without the length `found`: with its bracket when nothing else is in it but
    words that qualify it (`Python (1 hour only)` -> `Python`)."""
    open_at = text.rfind("(", 0, found.start)
    close_at = text.find(")", found.end)
    if open_at != -1 and close_at != -1 and ")" not in text[open_at : found.start]:
        others = (text[open_at + 1 : found.start] + " " + text[found.end : close_at]).split()
        if all(_QUALIFIERS.match(word.strip(",;:")) for word in others):
            return text[:open_at] + text[close_at + 1 :]
        from planexport.reader.bracket_words import bracket_title

        if (alone := bracket_title(text, open_at, close_at, found)) is not None:
            return alone  # "😴 (7 hours sleep)": the bracket says what the span is for
    cut = text[: found.start] + text[found.end :]
    # "Notes (30 min, chapter 3)": no "(, chapter 3)" is left
    cut = re.sub(r"\(\s*[,;:]?\s*(?=\S)", "(", cut)
    return re.sub(r"(?<=\S)\s*[,;:]?\s*\)", ")", cut)


def tidy_emphasis(text: str) -> str:
    """Text without emphasis that wraps it whole or is left open at its ends (`Topic**`)."""
    text = unwrap(text.strip())
    for mark in ("**", "__"):
        if text.count(mark) % 2:
            text = text.strip().removeprefix(mark).removesuffix(mark).strip()
    return text


def first_item_title(items: list[Item]) -> tuple[str, list[Item]]:
    """The title a timed line with none of its own takes from its items, and its items then.

    `- 09:00-12:00` over `  - Morning discussion` alone: that item is the title, not an item
    too; over several, the first names the block and stays. A task box is no part of it.
    """
    named = tidy(_TASK_BOX.sub("", items[0].text, count=1)) if items else ""
    if named and len(items) == 1:
        return named, list(items[0].children)
    return named, items


@per_line  # thousands of titles in a long plan, most of them written many times
def tidy(title: str) -> str:
    """Strip what is left of brackets and separators around a title (the brackets that belong
    to it stay: "Top 10 (Arrays)", "Read ch. 3 (pp. 40–60)")."""
    if ":" in title and (hidden := hide_shortcodes(title)) is not None:
        return show_shortcodes(tidy(hidden[0]), hidden[1])  # "Séance :roller_coaster:"
    title = without_fill_ins(title)  # "[Fill in: Reading]", "Sprint 1 – Topic: ____"
    # Each rewrite runs only where the text holds what its pattern needs (a long plan tidies
    # thousands of titles, most with no bracket at all).
    if "](" in title:
        # "[semaine 01](Sem01.html)": the link's text only; "Two Sum [Link](…)": no "Link"
        title = _LINK.sub(_first_group, without_generic_links(title))
    if "[[" in title and "|" in title:
        from planexport.reader.title_links import linkless

        title = linkless(title)  # "[[Projects/Thesis|Thesis draft]]": its label, as shown
    if "*(" in title:
        title = _STARRED_ASIDE.sub(_first_group, title)  # "ÉCON *(léger)*"
    if "(" in title or title.endswith("]"):  # "Sleep [ ]": "[7h30m]" was the length
        # "Sessie 1 (): Topic": the brackets a span was taken out of, with the space before
        # them, so that no " : " is left dangling.
        title = _EMPTY_BRACKETS_BEFORE.sub("", title)
        # "Projekt ( .)": brackets the duration was taken out of
        title = _EMPTY_BRACKETS.sub(" ", title)
    if ")" in title or "]" in title:
        # "Morning (Concepts – )", "Lectura (capítulos 1-2, )": the separator the duration
        # followed; "Repaso ( de teoría)": the space it left after the opening bracket
        title = _OPEN_SPACE.sub("", _COMMA_CLOSED.sub("", _SEPARATOR_CLOSED.sub("", title)))
    if title[:2] in ("**", "__") and title.count(title[:2]) >= 4 and unwrap(title) == title:
        title = title.replace(title[:2], "")  # "**1.1** to **1.7**": two bold spans, no edges
    edge, title = _TIDY_EDGE, lead_unwrapped(title)
    # "Plenaire lezing door I. S.": the dot of the last initial is part of the name
    initials = "." in title and _INITIALS_END.search(title.rstrip()) is not None
    while True:
        before = title
        # An opening bracket cannot end a title, nor a closing one start it.
        # "Reading =" of "Reading = 20 min": the sign the length followed
        title = unwrap(title.strip(edge).rstrip("=([").lstrip(")]").strip(edge))
        if before.rstrip().endswith(">") and title.count("<") > title.count(">"):
            title += ">"  # "Map<K, V>": the bracket closes one in the title, not an arrow
        for left, right in ("()", "[]"):
            if title.startswith(left) and _closing(title, left, right) == len(title) - 1:
                title = title[1:-1]  # "(Concepts)": the whole title in brackets
            elif title.endswith(right) and (extra := title.count(right) - title.count(left)) > 0:
                # the unmatched closing brackets at the end, all at once: one a pass is
                # quadratic in a line of a thousand brackets
                title = title[: -min(extra, len(title) - len(title.rstrip(right)))]
            elif title.startswith(left) and (extra := title.count(left) - title.count(right)) > 0:
                title = title[min(extra, len(title) - len(title.lstrip(left))) :]
        if title.count("**") % 2 or title.count("__") % 2:
            title = title.replace("**", "").replace("__", "")
        if title == before:
            title = " ".join(title.split())  # runs of white space as one space, none at the ends
            title += "." if initials and not title.endswith(".") else ""
            # "Bloque 1 (Micro tareas": a bracket left open at the end is closed, never cut.
            return title + ")" if _OPEN_TAIL.search(title) else title


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


def _closing(text: str, left: str, right: str) -> int:
    """Index of the bracket that closes the one at the start of `text`, or -1."""
    depth = 0
    for idx, char in enumerate(text):
        depth += (char == left) - (char == right)
        if depth == 0:
            return idx
    return -1


def _no_duration(text: str) -> str:
    """The reason for a block line without a readable duration, naming title and the text."""
    shown = unwrap(text)
    lab = LABEL.match(shown)
    body = shown[lab.end() :] if lab else shown
    paren = re.search(r"\(([^)]*)\)?", body)
    if paren:
        inside = paren.group(1)
        parts = re.split(rf"\s+[{DASH}]\s+|:\s*", inside, maxsplit=1)
        if len(parts) == 2 and body[: paren.start()].strip(_EDGE) == "":
            title, what = parts
        else:
            title, what = body[: paren.start()], inside
    elif ":" in body or re.search(rf"\s[{DASH}]\s", body):
        title, what = re.split(rf":\s*|\s+[{DASH}]\s+", body, maxsplit=1)
    else:
        title, what = body, ""
    title = tidy(title) or (lab.group("label") if lab else "") or shown
    if not what.strip():
        return f'block "{title}" has no duration (write one such as "{title} (60 min)")'
    return f'block "{title}" has no duration ("{what.strip()}")'
