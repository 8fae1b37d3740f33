"""Timetable entries led by a weekday and a span (`- Mon 6pm-8pm: Calculus`): a day per weekday."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planexport.reader.dates import ORDER, month_day, starts_with_date
from planexport.reader.day_lines import raw_lines
from planexport.reader.day_time_pairs import paired_meetings
from planexport.reader.durations import DASH, find_duration
from planexport.reader.label_entries import label_lead
from planexport.reader.lazy import lazy
from planexport.reader.line_segments import block_title
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.title_span_entries import group_days, title_spans
from planexport.reader.week_items import week_items
from planexport.reader.weekday_abbrevs import weekdays_named
from planexport.reader.words import FULL_WEEKDAYS, WEEKDAYS, fold

__all__ = ["Entry", "entry_days", "line_entries", "weekday_entries"]

_NAME = r"[^\W\d_]{2,}(?:-[^\W\d_]+)?\.?"
# "Mon", "Monday,", "Tue/Thu", "Mon–Fri", "Sa + So", "Segunda-feira": the weekdays leading a line.
_NAMES = lazy(
    rf"^(?P<names>{_NAME}(?:\s*(?:[/,+&{DASH}]|and|und|y|et|e|en)\s*{_NAME})*)",
    re.IGNORECASE,
)
_FIRST_NAME = lazy(rf"^{_NAME}", re.IGNORECASE)
# "18–20 Uhr", "9-11": bare hours as a span ("2-3h", "4–5 uur" are lengths: `- Sat: 4–5h`).
_HOURS = lazy(
    rf"^(?P<a>\d{{1,2}})\s*[{DASH}]\s*(?P<b>\d{{1,2}})(?![\d]|[:.]\d)(?:\s*(?P<unit>uhr)\b)?",
    re.IGNORECASE,
)
# "Time and place", "Class times", "Schedule": a heading that says when, not what
_WHEN_WHERE = lazy(
    r"^(?:(?:class|lecture|meeting|course)\s+)?(?:times?|places?|location|when|where|schedule"
    r"|hours)(?:\s*(?:and|&|/|,)\s*(?:times?|places?|location|rooms?|where|when))*\W*$",
    re.IGNORECASE,
)
_TASK_BOX = lazy(r"^\[[ xX]\]\s+")
_ENGLISH = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip


@dataclass
class _Entry:
    """One line: its weekdays (and date, as written), its span and what happens then."""

    day: str
    name: str  # the weekday as written when in full (`Lunes`), else in English (`Monday`)
    date: str
    start: int | None  # None: a weekday with no time (`- Sun: Rest`), beside timed entries
    end: int
    title: str
    line: int
    box: str = ""
    bare: bool = False  # early hours with no unit (`1-3`): a span only beside clock spans
    children: list[Item] = field(default_factory=list)
    untitled: bool = False  # a weekday and a span alone (`- Thursdays, 13:30-15:30`)

    def key(self) -> tuple[str, str]:
        return self.day, fold(self.date)

    def item(self) -> Item:
        if self.start is None:
            # "Past papers 3h": a block of its length; "Review" over bullets: they are the day's
            return Item(self.title, self.line, children=list(self.children))
        text = f"{self.box}{_hhmm(self.start)} - {_hhmm(self.end)} {self.title}"
        return Item(text, self.line, children=list(self.children))

    def topic(self) -> str:
        """The entry's title without a length (`Past papers` of `Past papers 3h`)."""
        found = find_duration(self.title) if self.start is None else None
        return block_title(self.title, found) or self.title if found else self.title


Entry = _Entry


def line_entries(text: str, line: int, children: list[Item]) -> list[_Entry] | None:
    """The entries one line writes (`Mon/Wed 18:00-20:00 Gym`), one per weekday, or None; a
    weekday and a span alone (`### Mon, Wed: 9-11`) is None, titled by what is under it."""
    found = _entry(text, line, children)
    return None if found and any(e.untitled for e in found) else found


def entry_days(entries: list[_Entry], level: int) -> list[Node]:
    """A heading per weekday at `level`, in the week's order, over its entries as span lines;
    each heading is the weekday's name alone (`### Monday`)."""
    return _days(entries, level, topics=False)


def _hhmm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _weekdays(names: str) -> list[tuple[str, str]]:
    """The weekdays a label names, each with the name to write for it (`Lunes`; `Monday` for
    `Mon`, and for each weekday of `Mon–Fri` or `Tue/Thu`); [] when it names none."""
    names = names.strip(" ,.")
    one = WEEKDAYS.get(fold(names).rstrip("."))
    if one is not None:
        return [(one, names if fold(names) in FULL_WEEKDAYS else _ENGLISH[one])]
    days = weekdays_named(names)
    if not days and "days" in names.lower():
        # "Thursdays", "Tuesdays and Thursdays": the weekdays a class meets on, every week
        single = re.sub(r"(?<=day)s\b", "", names, flags=re.IGNORECASE)
        return _weekdays(single) if single != names else []
    return [(day, _ENGLISH[day]) for day in days] if len(days) >= 2 else []


def _span(rest: str) -> tuple[int, int, int, bool] | None:
    """Start, end (minutes of the day), where the span ends in `rest`, and whether it is written
    in bare hours; None unless `rest` starts with a span."""
    found = find_duration(rest)
    if found is not None and found.at is not None and found.start == 0 and found.lo == found.hi:
        return found.at, found.at + found.hi, found.end, False
    match = _HOURS.match(rest)
    if match is None or (found is not None and found.start == 0):
        # "4–5h deep work", "2-3 Std.": a length (`- Sat: 4–5h deep work`), no time of day
        return None
    first, last = int(match["a"]), int(match["b"])
    if not first < last <= 24:
        return None
    # "Mo 18-20: Mathe": with no unit, hours of the night (`1-2`) are more likely numbers.
    return first * 60, last * 60, match.end(), match["unit"] is None and first < 6


def _entry(text: str, line: int, children: list[Item]) -> list[_Entry] | None:
    """The entries a line writes, one per weekday it names (`Mon 6pm-8pm: Calculus`, `Lundi
    18h-20h : Maths`, `Monday 7 Dec 18:00-20:00 Calculus`, `Tue/Thu 6-7pm: Algebra`), or None."""
    from planexport.reader.range_words import worded_range

    box = _TASK_BOX.match(text)
    plain = re.sub(r"\*\*|__", "", text[box.end() :] if box else text).strip()
    label, plain = label_lead(plain)  # "Lecture: Monday 12:00-13:00, Hall 2"
    worded = worded_range(plain)  # "Lunes a viernes 18:00-20:00 Cálculo"
    names = _NAMES.match(plain) if worded is None else None
    if worded is not None:
        days, cut = [(day, _ENGLISH[day]) for day in worded[0]], worded[1]
    elif names is not None:
        days, cut = _weekdays(names["names"]), names.end()
        if not days and (first := _FIRST_NAME.match(plain)) is not None:
            days, cut = _weekdays(first.group()), first.end()  # "Dienstag – Chemie 16:00-…"
        if not days and (group := group_days(plain)) is not None:
            # "Weekdays (Mon–Fri): 7:00–8:30 AM LeetCode", "Weekends: 10:00 AM – 1:00 PM Mocks"
            days, cut = [(day, _ENGLISH[day]) for day in group[0]], group[1]
    else:
        return None
    if not days:
        return None
    rest = plain[cut:]
    untimed = _untimed(rest)
    if untimed is not None:
        return [
            _Entry(day, name, "", None, 0, untimed, line, children=children) for day, name in days
        ]
    mark = box.group(0) if box else ""
    if (parts := title_spans(rest)) is not None:
        # "Monday: Maths 4-6pm, Physics 7-8pm": each activity before its span
        return [
            _Entry(day, name, "", start, end, title, line, mark, children=[] if n else children)
            for day, name in days
            for n, (title, start, end) in enumerate(parts)
        ]
    lead = re.match(r"[\s,:(|]*", rest)
    date = ""
    if lead is not None and not _span(rest[lead.end() :]):
        # "Mon 7 Dec 18:00-20:00", "Monday 12/7 6pm-8pm": a date between the weekday and the span.
        found = find_duration(rest)
        date = rest[: found.start].strip(" ,:(|") if found is not None else ""
        if len(days) > 1 or not date or len(date) > 24 or not starts_with_date(date):
            return None
        if month_day(date)[0] is None:
            return None
        rest = rest[found.start :] if found is not None else rest
    else:
        rest = rest[lead.end() :] if lead is not None else rest
    span = _span(rest)
    if span is None:
        return None
    start, end, cut, bare = span
    title = re.sub(rf"^[\s)]*(?:[:|→{DASH}]\s*)?", "", rest[cut:]).strip(" *_|")
    # "| Mon | 18:00-20:00 | Calculus | Room 4 |": the first cell is the title, the others its items
    title, *cells = [cell.strip() for cell in title.split(" | ")]
    if label:
        # "Lecture: Monday 12:00-13:00, Hall 2": titled by its label, the room a note of it
        cells, title = [c for c in [title.strip(" ,;(").removesuffix(")"), *cells] if c], label
    placed = not label and title.startswith(",") and not date
    if placed:
        # "Tuesdays and Thursdays 12:30-1:50 PM, Hall G23": the place, a note of the class
        cells, title = [title.strip(" ,;"), *cells], ""
    children = [*(Item(cell, line) for cell in cells if cell), *children]
    untitled = not date and not title.strip(" ,;.") and (not cells or placed)
    if untitled:
        title = "Block"  # "- Thursdays, 13:30-15:30": titled by the heading above, if any
    if not re.search(r"[^\W\d_]", title) or _sentence(title):
        return None
    return [
        _Entry(day, name, date, start, end, title, line, mark, bare, children, untitled)
        for day, name in days
    ]


def _sentence(text: str) -> bool:
    """Whether an entry's text is a sentence (`is the kickoff with the team.`), not a title."""
    return text.rstrip(" *_").endswith((".", "!", "?")) and len(text.split()) >= 5


def _untimed(rest: str) -> str | None:
    """What a weekday label with no time says (`Rest` of `Sun: Rest`, `Sun – Rest`), or None
    when the line has a clock span or is no label (`Sunday morning we …`)."""
    from planexport.reader.range_words import rest_word

    label = re.match(rf"^\s*(?:[:|{DASH}]|\s-)\s*(?P<text>\S.*)$", rest)
    if label is None and rest[:1].isspace():
        return rest_word(rest)  # "Domenica riposo", "Sunday off": no label, a rest day
    if label is None or not re.search(r"[^\W\d_]", label["text"]) or _sentence(label["text"]):
        return None
    found = find_duration(label["text"])
    if found is not None and found.at is not None:
        return None
    return None if _HOURS.search(label["text"]) else label["text"].strip(" *_")


def _entries(node: Node, lines: list[str]) -> list[_Entry] | None:
    """A list's items or a paragraph's lines as entries, when each of them is one."""
    if node.kind == "list":
        found = [_entry(item.text, item.line, item.children) for item in node.items]
    elif node.kind == "paragraph":
        texts = raw_lines(node, lines) or [node.text]
        found = [_entry(text, node.line + n, []) for n, text in enumerate(texts)]
    elif node.kind == "table" and node.rows and _entry(" | ".join(node.rows[0]), 0, []):
        # "| Mon | 18:00-20:00 | Calculus |" with no header row: its first row is an entry too.
        rows = zip(node.rows, node.row_lines, strict=False)
        found = [_entry(" | ".join(row), line, []) for row, line in rows]
    else:
        return None
    if not found or not all(found):
        return None
    entries = [entry for line in found if line is not None for entry in line]
    timed = [entry for entry in entries if entry.start is not None]
    both = {e.key() for e in timed} & {e.key() for e in entries if e.start is None}
    if not timed or all(entry.bare for entry in timed) or both:
        return None  # "- Mon: Gym only" lines alone are reminders; beside a slot, a question
    return entries


def _names_day(node: Node) -> bool:
    from planexport.reader.day_headings import day_match, weekday_heading

    if node.kind != "heading" and not (
        node.kind == "paragraph" and node.text.lstrip().startswith(("**", "__"))
    ):
        return False
    text = unwrap(node.text)
    return bool(day_match(text) or weekday_heading(text))


def _clocked(node: Node, lines: list[str]) -> bool:
    """Whether a node outside the entries gives a clock span: then the entries are a weekly
    structure or a note beside a timetable, read as before."""

    def spanned(text: str) -> bool:
        found = find_duration(text)
        return found is not None and found.at is not None

    if node.kind == "list":
        from planexport.reader.clock_words import agenda_list

        # "- 08:00 Aufstehen" / "- 08:30 Lernen": an agenda of start times is a timetable too
        return any(spanned(item.text) for item in node.items) or agenda_list(node)
    if node.kind == "table":
        return any(spanned(cell) for row in node.rows[1:] for cell in row)
    if node.kind == "heading":
        return spanned(node.text)
    if node.kind == "paragraph":
        texts = raw_lines(node, lines) or [node.text]
        return any(
            (found := find_duration(t)) is not None
            and found.at is not None
            and not t[: found.start].strip(" *_`")
            for t in texts
        )
    return False


def weekday_entries(nodes: list[Node], lines: list[str]) -> list[Node]:
    """The nodes, with lines that each start with a weekday and a span read as days.

    `- Mon 6pm-8pm: Calculus`, `- Tue 6pm-7:30pm: Linear algebra` (bulleted, or plain lines in
    one paragraph or several): a day per weekday, in the week's order (dated ones as written),
    holding its entries as pinned blocks (`Calculus` at 18:00); two entries of one weekday are
    two blocks of its day, a range (`Mon–Fri`) or a list (`Tue/Thu`) of weekdays is each of
    them, a date after the weekday (`Monday 7 Dec`) dates the day, and an untimed weekday among
    them (`- Sun: Rest`, `- Sat: Past papers 3h`) is its day as a heading would say it. Only in a
    plan whose headings and bold lines name no day and whose other lines give no clock span:
    there such a list is a weekly structure or a weekday's note, and is read as before. `lines`
    are the source's lines. Weeks written as list items over their days (`- **Week 1**` over
    `  - Mon: …`) are made headings over them first (see `week_items`), for this stage and the
    ones after it.
    """
    nodes = week_items(nodes)
    if any(node.kind == "heading" and _names_day(node) for node in nodes):
        return nodes  # "### Day 1", "## Monday": no heading is an entry, so the test below holds
    paired = paired_meetings(nodes, lines)  # "- **Days:** Tue & Fri" / "- **Time:** 2-4pm"
    found = {idx: entries for idx, node in enumerate(paired) if (entries := _entries(node, lines))}
    others = [node for idx, node in enumerate(paired) if idx not in found]
    if not found or any(_names_day(node) or _clocked(node, lines) for node in others):
        return nodes
    nodes = paired
    out: list[Node] = []
    heads: list[tuple[int, str]] = []  # the headings above, which title untitled entries
    run: list[_Entry] = []
    week = _one_week(found, nodes)  # "#### Instructor" / "- Office hours Tue 4-5 PM", then
    held: list[_Entry] = []  # "#### Time and place" / "Tuesdays …": one week's timetable
    at = -1
    for idx, node in enumerate([*nodes, None]):
        if idx in found:
            run += found[idx]
            continue
        if run:
            titles = [said for _, said in heads if not _WHEN_WHERE.match(said)]
            for entry in run:
                entry.title = titles[-1] if entry.untitled and titles else entry.title
            level = min(heads[-1][0] + 1 if heads else 2, 6)
            at, held = (len(out) if at < 0 else at), [*held, *run]
            out += [] if week else _days(run, level)
            run = []
        if node is None:
            break
        if node.kind == "heading":
            heads = [*(h for h in heads if h[0] < node.level), (node.level, _said(node))]
        out.append(node)
    if week:
        out[at:at] = _days(held, min(_level(nodes, at) + 1, 6))
    return out


def _said(node: Node) -> str:
    return unwrap(node.text).strip(" #*_")


def _level(nodes: list[Node], at: int) -> int:
    """The level of the heading above position `at` (1 with none)."""
    return next((n.level for n in reversed(nodes[:at]) if n.kind == "heading"), 1)


def _one_week(found: dict[int, list[_Entry]], nodes: list[Node]) -> bool:
    """Whether entries in several places are one week's timetable (a course page's office hours
    under each person, its class time under another heading): undated, some weekday in two of
    the places, and no week named anywhere. Their days are then one week, in its order."""
    from planexport.reader.week_labels import week_label

    places = sorted(found)
    runs: list[set[str]] = []
    for idx in places:
        days = {e.day for e in found[idx]}
        if runs and idx - 1 in found:
            runs[-1] |= days
        else:
            runs.append(days)
    if len(runs) < 2 or any(e.date for entries in found.values() for e in entries):
        return False
    if not any(a & b for n, a in enumerate(runs) for b in runs[n + 1 :]):
        return False
    return not any(n.kind in ("heading", "paragraph") and week_label(n.text) for n in nodes)


def _days(entries: list[_Entry], level: int, *, topics: bool = True) -> list[Node]:
    """A heading per weekday (`## Monday – Calculus`, one level under the heading above) over a
    list of its entries as span lines (`- 18:00 - 20:00 Calculus`)."""
    groups: dict[tuple[str, str], list[_Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.key(), []).append(entry)
    ordered = list(groups.values())
    if not any(entry.date for entry in entries):
        # "Tue/Thu …" then "Mon …": a week's timetable, its days in the week's order.
        ordered.sort(key=lambda group: ORDER.index(group[0].day))
    out: list[Node] = []
    for group in ordered:
        first = group[0]
        label = f"{first.name} {first.date}".strip()
        if topics:
            label += " – " + ", ".join(dict.fromkeys(entry.topic() for entry in group))
        out.append(Node("heading", first.line, level=level, text=label))
        items = [e.item() for e in group if e.start is not None or find_duration(e.title)]
        items += [
            c for e in group if e.start is None and not find_duration(e.title) for c in e.children
        ]
        if items:
            out.append(Node("list", first.line, items=items))
    return out
