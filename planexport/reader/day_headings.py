"""What a day's heading says: its day numbers (`### Day 1 – Topic`, `Days 6–7`, `W2D3`), its
weekday (`## Lunes`, `Saturday (Day 6)`, `- **Monday** – Arrays`), a range or list of weekdays
(`Mon–Fri`, `Lunes, Jueves, Viernes`) or a group of them (`Weekend`)."""

from __future__ import annotations

import functools
import itertools
import re

from planexport.reader.dates import MONTH_NAMES, ORDER, tolerant
from planexport.reader.durations import DASH, DASHES
from planexport.reader.lazy import digit_after, either, lazy, may_start_word
from planexport.reader.line_memo import per_line
from planexport.reader.named_weeks import unnamed_week
from planexport.reader.outline import Node, unwrap
from planexport.reader.shortcodes import SHORTCODE_TAIL
from planexport.reader.today_heads import named_weekday
from planexport.reader.weekday_lists import dated_weekday, weekday_list
from planexport.reader.weekend_topics import weekend_topic
from planexport.reader.words import (
    DAY_RANGE_TO,
    DAY_WORDS,
    SESSION_WORDS,
    SPRINT_WORDS,
    WEEK_WORDS,
    WEEKDAYS,
    WEEKEND_WORDS,
    WORKWEEK_WORDS,
    fold,
)

__all__ = [
    "WEEKDAY_NAMES",
    "WEEKDAY_RANGE",
    "day_match",
    "days_heading",
    "listed_weekdays",
    "names_day",
    "numbered_day",
    "quoted_range",
    "scattered_weekdays",
    "short_week_day",
    "weekday_heading",
    "weekday_in",
    "weekday_item",
    "weekdays_of",
]

_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
)  # fmt: skip
WEEKDAY_NAMES = "|".join(
    tolerant(name) for name in sorted((n for n in WEEKDAYS if len(n) > 3), key=len, reverse=True)
)
_SHORT_NAMES = "|".join(
    tolerant(name) for name in sorted((n for n in WEEKDAYS if len(n) >= 2), key=len, reverse=True)
)
_DAY_LEAD = (
    # Emoji, bold or other marks may come first: "📅 Day 1 – Topic", "**Day 1:** Topic", and so may
    # a week or a weekday: "Week 2, Day 3 – Topic", "Monday – Day 1: Topic", "Saturday (Day 6)".
    # The day word starts a word: "Tuesday 10:30" is no "Tues" and "day 10". A subject's short
    # name in capitals may come first too, a space before the day: "DSA DAY 1 → Arrays", "SQL
    # Day 2" (not "EASY (Días 1-3)", a level over its days).
    rf"^[\W_]*?(?:(?:(?:{WEEK_WORDS}|{SPRINT_WORDS})\s*\d+|(?P<wd>{WEEKDAY_NAMES})|(?-i:[A-Z]{{2,5}})(?=\s+[^\W\d_]))\.?[\W_]*?)?"
    rf"(?<![^\W_])(?P<word>{DAY_WORDS})\s*#?\s*(?P<num>\d+|{'|'.join(_NUMBER_WORDS)})\b"
)
_DAY_TAIL = (
    # "**`Day 1` | Topic**": the day's label may close a code span as well as emphasis.
    rf"[*_`]*\s*(?:\((?P<paren>[^)]*)\)[*_]*)?"
    # A colon that opens a shortcode (`Día 1 - :dna: Genética`) is the title's; a middle dot
    # joins parts too (`Tag 3 · Schleifen`), and so does an arrow (`Day 4 → Sliding Window`),
    # and so may the week after the day
    # (`Day 2 · Week 1 — Loops`: the week is read from the heading, the title is `Loops`).
    rf"(?:\s*(?:[.)\]{DASH}|·→⇒➜➡]|(?<!\s):|:(?!{SHORTCODE_TAIL}))+)*[*_]*\s*"
    rf"(?:(?:,\s*)?(?<=[·|,/\s]){WEEK_WORDS}\s*\d+\s*(?:(?:[{DASH}|·,:/]\s*)+(?=\S)|$))?"
    r"(?P<title>.*)$"
)
_DAY_HEADING = lazy(_DAY_LEAD + _DAY_TAIL, re.IGNORECASE)
# "Day 6–7: Review", "Days 6 – 7": one heading for several days.
_DAYS_HEADING = lazy(
    _DAY_LEAD
    + rf"(?P<sep>\s*(?:[{DASH}&]|and|to)\s*|\s+{DAY_RANGE_TO}\s+)"
    + rf"(?:(?P<word2>{DAY_WORDS})\s*)?(?P<num2>\d+)\b"
    + _DAY_TAIL,
    re.IGNORECASE,
)
# "Day 15 to Day 30", "Tag 2 bis 4:": a word between a day's number and the last day's.
_WORD_RANGE = lazy(rf"\d\s+{DAY_RANGE_TO}\s+(?:{DAY_WORDS}\s*)?\d", re.IGNORECASE)
# What may follow the last day of a range a word gives: the title's mark, or nothing.
_RANGE_END = lazy(rf"^[*_`]*\s*(?:[:.)\]|·{DASH}(]|$)")
# Both without the weekdays' names, for lines where none may match (see `either`).
_DAY_HEADING_NO_WEEKDAY, _DAYS_HEADING_NO_WEEKDAY = (
    lazy(p.pattern.replace(f"(?P<wd>{WEEKDAY_NAMES})", "(?P<wd>(?!))"), re.I)
    for p in (_DAY_HEADING, _DAYS_HEADING)
)
# "Monday – Arrays", "Lunes", "**Monday (Office Day)**", "Saturday (Day 6)", "Monday Schedule";
# not "Sunday Planning".
_PART_NAMES = "|".join(tolerant(w) for w in sorted(SESSION_WORDS, key=len, reverse=True))
_PART_NAMES += "|ma\u00f1ana"  # "Sábado mañana": the one letter `tolerant` does not bend
_COMPOUND_PARTS = r"(?:vormittag|nachmittag|morgen|mittag|abend|nacht)(?![\w-])"
_WEEKDAY_HEADING = lazy(
    # "## Sonntagabend": German writes the part of the day onto the weekday
    rf"^[\W_]*?(?P<name>{WEEKDAY_NAMES})(?:(?![\w-])|(?={_COMPOUND_PARTS}))[*_]*"
    # "### Sabato mattina — Review", "## Sunday evening": the day, at that part of it
    # "## Sábado por la mañana", "## Sábado de manhã": with the words that join them
    rf"(?:\s*(?:(?:por|en)\s+la\s+|de\s+|[aà]\s+|pela\s+|in\s+the\s+)?"
    rf"(?P<part>{_PART_NAMES})(?![\w-]))?"
    # "### Donnerstag ab", "## Friday onwards": the day from which the plan runs
    r"(?:\s+(?:ab|from|onwards|vanaf|d[eè]s|desde|dal)(?=[\W_]*$))?"
    # "## Monday Schedule", "## Friday's Routine (Light Day)": the word says it is that day's
    r"(?:['’]s)?(?:\s+(?P<word>schedule|routine|timetable|rhythm|agenda|plan)(?![\w-]))?"
    # "## Friday 🏃": an emoji (or other marks) alone after the name, as after nothing
    rf"(?=\s*$|\s*[(:.,|{DASH}]|\s+\d|[*_]|\s+(?:{MONTH_NAMES})\b|\s+[^\w\s]\W*$)"
    # A colon that opens a shortcode (`## Saturday :runner:`) is the title's, not a separator.
    rf"[*_]*\s*(?:\((?P<paren>[^)]*)\)[*_]*)?\s*(?:[.,{DASH}|]|(?<!\s):|:(?!{SHORTCODE_TAIL}))*[*_]*"
    r"\s*(?P<title>.*)$",
    re.IGNORECASE,
)
# The joining words stand apart from the names: "Sáb a do" is no reading of "Sábado".
WEEKDAY_RANGE = lazy(
    rf"(?<!\w)(?P<a>{_SHORT_NAMES})\.?(?:\s*[{DASH}~～]\s*|\s+(?:to|bis|a|à|al|au|tot|t/m)\s+)"
    rf"(?P<b>{_SHORT_NAMES})(?!\w)",
    re.IGNORECASE,
)

# "Saturday, January 3 - Sunday, January 4", "Sat 3 Jan – Sun 4 Jan": two weekdays, each with
# its date, as a range; the dates say no more than the weekdays in a plan without a year.
_DATED_RANGE = lazy(
    rf"(?<!\w)(?P<a>{WEEKDAY_NAMES}|{_SHORT_NAMES})\.?,?\s+(?=[^:{DASH}~]*\d)[^:{DASH}~]{{1,20}}?"
    rf"\s*[{DASH}~]\s*(?P<b>{WEEKDAY_NAMES}|{_SHORT_NAMES})\.?,?\s+[^:{DASH}~]*\d",
    re.IGNORECASE,
)


def _day_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.index(text.lower()) + 1


def weekday_in(text: str | None) -> tuple[str | None, str]:
    """The weekday that starts `text` ("Monday - Launch Day", "(Lunes)"), and the rest."""
    if not text:
        return None, text or ""
    match = weekday_heading(text)
    if match is None:
        return None, text
    name = WEEKDAYS.get(fold(match.group("name")))
    rest = match.group("title") or match.group("paren") or ""
    return name, rest


def numbered_day(node: Node) -> tuple[list[int], str, str | None] | None:
    """The day numbers, title and bracket of a day heading, or None when `node` is not one."""
    text = unnamed_week(short_week_day(node.text))  # "Final Week (Days 57-60)": its days
    match = days_heading(text)
    if match is not None:
        first, last = _day_number(match.group("num")), int(match.group("num2"))
        plural = match.group("word").lower().endswith(("s", "e", "en"))
        sep = match.group("sep").strip()
        # "Day 1 – 10 problems" is a title; "Days 6 – 7", "Day 6–7" and "Day 1 & 2" are days,
        # and so are "Day 15 to Day 30" and "Tag 2 bis 4: Lesen" (see `_word_range`).
        if _word_range(match, text) or (
            first < last <= first + 13
            and (plural or sep == match.group("sep") or sep in ("&", "and"))
        ):
            return list(range(first, last + 1)), match.group("title"), match.group("paren")
    match = day_match(text)
    if match is None:
        return None
    # "Day 0: Setup" is numbered 0 here: `from_day_zero` counts the plan's days from it
    return [_day_number(match.group("num"))], match.group("title"), match.group("paren")


# "Weekend" / "Weekdays" as a word of a heading, in the seven languages: one pattern each.
_WEEKEND = lazy(rf"(?<![\w-])(?:{'|'.join(map(re.escape, WEEKEND_WORDS))})(?![\w-])")
_WORKWEEK = lazy(rf"(?<![\w-])(?:{'|'.join(map(re.escape, WORKWEEK_WORDS))})(?![\w-])")
_SHORT_WEEK_DAY = lazy(r"^(?P<lead>[\W_]*)W(?P<w>\d{1,2})\s*[-.]?\s*D(?P<d>\d{1,2})\b", re.I)


def short_week_day(text: str) -> str:
    """`W2D3: Trees` as `Week 2 Day 3: Trees`."""
    if _SHORT_WEEK_DAY.match(text) is None:
        return text  # the usual case, without the cost of a templated sub
    return _SHORT_WEEK_DAY.sub(r"\g<lead>Week \g<w> Day \g<d>", text, count=1)


# "- **Monday** – Arrays (60 min)", "1. Tuesday: Practice (2 sessions)": a weekday leads the item
_WEEKDAY_ITEM = lazy(
    rf"^(?P<mark>\*\*|__)?(?P<name>{WEEKDAY_NAMES})(?(mark)\s*[:.]?\s*(?P=mark)|\s*:)"
    rf"\s*[:{DASH}]*\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


# WEEKDAY_NAMES' first words ("terca" of "terca-feira", "jum" of "jum'at", "thu" of "thu tu")
_WEEKDAY_STEMS = tuple({re.split(r"[-\s']", n)[0] for n in WEEKDAYS if len(n) > 3})
_days_match = functools.partial(either, _DAYS_HEADING, _DAYS_HEADING_NO_WEEKDAY, _WEEKDAY_STEMS)


# The stages ask whether a line is a day in turn (as a heading, an item, a bold line): each
# line's answer is kept.
@per_line
def day_match(text: str) -> re.Match[str] | None:
    """`_DAY_HEADING` on `text`, compiled with the weekdays' names only for text where one of
    them starts a word."""
    return either(_DAY_HEADING, _DAY_HEADING_NO_WEEKDAY, _WEEKDAY_STEMS, text)


@per_line
def weekday_heading(text: str) -> re.Match[str] | None:
    """`_WEEKDAY_HEADING` on `text`, compiled only for text where a weekday's name starts a word."""
    return _WEEKDAY_HEADING.match(text) if may_start_word(text, _WEEKDAY_STEMS) else None


def names_day(node: Node) -> bool:
    """Whether a node is a heading that names a day (`## Monday`, `### Day 2`): in a plan with
    one, the days are its sections."""
    if node.kind != "heading":
        return False
    plain = unwrap(node.text)
    return bool(day_match(plain) or weekday_heading(plain))


@per_line
def days_heading(text: str) -> re.Match[str] | None:
    """`_DAYS_HEADING` where a number follows a dash, `&`, `and` or `to`, as in "Days 6 – 7",
    or a word of a range and perhaps the day's word again, as in "Day 15 to Day 30"."""
    if digit_after(text, (*DASHES, "&", "and", "to")) or _WORD_RANGE.search(text):
        return _days_match(text)
    return None


def _word_range(match: re.Match[str], text: str) -> bool:
    """Whether a range of days joined by a word (`to`, `bis`, `hasta`) is one: the day's word
    said again before the last day ("Day 15 to Day 30"), or the title's mark or nothing right
    after it ("Tag 2 bis 4: Lesen"), and the last day after the first."""
    sep = match.group("sep")
    if sep.strip() in ("&", "and") or sep.strip() == sep or not sep.strip().isalpha():
        return False  # "Day 6-7", "Day 1 & 2": read by the rule of dashes
    first, last = _day_number(match.group("num")), int(match.group("num2"))
    if not first < last <= first + 366:
        return False
    return match.group("word2") is not None or bool(_RANGE_END.match(text[match.end("num2") :]))


@per_line
def weekday_item(text: str) -> re.Match[str] | None:
    """`_WEEKDAY_ITEM` on `text`, compiled only for text where a weekday's name starts a word."""
    return _WEEKDAY_ITEM.match(text) if may_start_word(text, _WEEKDAY_STEMS) else None


def weekdays_of(node: Node) -> list[str]:
    """The weekdays a heading names: one (`## Lunes`), a range (`Mon–Fri`), a list (`Lunes,
    Jueves, Viernes`), one after a word when a date follows (`Programm Donnerstag, 24.2.2022`),
    or a group (`Weekend`)."""
    text = named_weekday(unwrap(node.text))  # "### TODAY (Monday)": that weekday
    single = weekday_heading(text)
    if single is not None and single["word"] and node.kind == "heading" and node.level == 1:
        single = None  # "# Thursday timetable" over "## Thursday": the file's title, no day
    rng = WEEKDAY_RANGE.search(text)
    if rng is not None:
        first, last = WEEKDAYS.get(fold(rng.group("a"))), WEEKDAYS.get(fold(rng.group("b")))
        if first and last and ORDER.index(first) < ORDER.index(last):
            return list(ORDER[ORDER.index(first) : ORDER.index(last) + 1])
    dated_range = _DATED_RANGE.search(text) if rng is None else None
    if dated_range is not None:
        first = WEEKDAYS.get(fold(dated_range.group("a")))
        last = WEEKDAYS.get(fold(dated_range.group("b")))
        if first and last and ORDER.index(first) < ORDER.index(last):
            return list(ORDER[ORDER.index(first) : ORDER.index(last) + 1])
    dated = dated_weekday(text)
    if dated is not None:
        return [dated]  # "Mon Mar 2": a weekday and its date ("Mar" is no Martes here)
    listed = weekday_list(text)
    if listed:
        return listed
    if single is not None:
        name = WEEKDAYS.get(fold(single.group("name")))
        return [name] if name else []
    words = " ".join(re.findall(r"[a-z-]+", fold(text)))
    if _WEEKEND.search(words) and not weekend_topic(words):  # not 'Speaking "My Weekend"'
        return ["sat", "sun"]
    if _WORKWEEK.search(words):
        return ["mon", "tue", "wed", "thu", "fri"]
    return []


def listed_weekdays(text: str) -> list[str]:
    """Weekdays a line lists (`> Use this on: Monday, Tuesday, …`), in order, once each."""
    found: list[str] = []
    for match in re.finditer(rf"(?<!\w)({WEEKDAY_NAMES})(?!\w)", text, re.IGNORECASE):
        name = WEEKDAYS.get(fold(match.group(1)))
        if name and name not in found:
            found.append(name)
    return found


# Words that join the names of a list of weekdays ("Monday, Tuesday and Friday", "Mon to Fri").
_JOINERS = frozenset(("and", "or", "to", "through", "thru", "till", "until", "y", "o", "e", "et"))


def scattered_weekdays(text: str) -> bool:
    """Whether a line names weekdays in a sentence rather than listing them: two words or more
    stand between two of its weekdays (`> … peak on Saturday, full rest on Sunday.`), as none
    do in `> Use this on: Monday, Tuesday (light) and Friday`."""
    names = list(re.finditer(rf"(?<!\w)({WEEKDAY_NAMES})(?!\w)", text, re.IGNORECASE))
    for before, after in itertools.pairwise(names):
        between = re.findall(r"[^\W\d_]+", text[before.end() : after.start()])
        if sum(fold(word) not in _JOINERS for word in between) >= 2:
            return True
    return False


def quoted_range(text: str) -> list[str]:
    """The weekdays of the one range a line names (`> Use on: Monday–Friday (non-mock days)`),
    from the first to the last; [] when it names none, or more than the two ends."""
    rng = WEEKDAY_RANGE.search(text)
    if rng is None or len(listed_weekdays(text)) != 2:
        return []
    first, last = WEEKDAYS.get(fold(rng.group("a"))), WEEKDAYS.get(fold(rng.group("b")))
    if not first or not last or ORDER.index(first) >= ORDER.index(last):
        return []
    return list(ORDER[ORDER.index(first) : ORDER.index(last) + 1])
