"""Weekday lines written short, with a length: `- Sat: 4–5h deep work`, `- [x] Wed: read (1h)`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planexport.reader.blocks import tidy
from planexport.reader.dates import ORDER
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.line_segments import segments
from planexport.reader.outline import Item, Node
from planexport.reader.part_lines import part_lines
from planexport.reader.repeats import find_length, repeated
from planexport.reader.weekday_routines import routine_lines, without_per_day
from planexport.reader.weekday_span_lists import span_weekday_lists
from planexport.reader.words import FULL_WEEKDAYS, REST_DAY_WORDS, WEEKDAYS, fold

__all__ = ["abbreviated_weekdays", "weekdays_named"]

# Whole words only: a name that could end inside a word, beside joining words that are letters
# too (`en`, `y`, `e`), would let `twenty-twenty-…` split in exponentially many ways.
_NAMES = r"[^\W\d_]{2,12}(?![^\W\d_])\.?"
# The words of a range in words (`Lunes a viernes`, `Montag bis Freitag`, `Mon to Fri`).
_RANGE_WORDS = r"to|through|thru|till|until|bis|a|al|au|à|ao|até|ate|tot|t/m"
# "Sat:", "Tue/Thu:", "Mon–Thu:", "Sa + So:", "**Mon-Wed**:": weekdays leading an item, then a
# colon or a spaced dash ("**Mon** — Algebra 1h · Essay 30m").
_LEAD = lazy(
    rf"^[*_]*(?P<names>{_NAMES}"
    rf"(?:\s*(?:[/,+&{DASH}~～]|(?:and|und|y|et|e|en|{_RANGE_WORDS})(?![^\W\d_]))\s*{_NAMES})*)"
    r"[*_]*"
    rf"(?:\s*:[*_]*|\s+[{DASH}](?=\s))\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "* Montag, 20 Minuten zügiges Gehen": one weekday, a comma, then the day's line.
_COMMA_LEAD = lazy(r"^[*_]*(?P<name>[^\W\d_]{5,12})[*_]*\s*,[*_]*\s*(?P<rest>\S.*)$")
# A whole word before the rest (`de marche`, `d'escalade`), never the start of one (`Dehnen`).
_OF = lazy(r"^(?:(?:de|di|of|van|von)\s+|d['\u2019]\s*)(?=\w)", re.IGNORECASE)
_BRACKETS = lazy(r"\([^()]*\)")
_APART = lazy(rf"\s*([/,+&{DASH}~～]|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b)\s*")
_TASK_BOX = lazy(r"^\[[ xX]\]\s+")  # "- [x] Wed: problems 1-5 (1h)": a task list
_EACH = lazy(r"\s*\b(?:each|jeweils|cada\s+uno|chacun|ciascuno|elk)\b\s*", re.IGNORECASE)


def weekdays_named(text: str) -> list[str]:
    """The weekdays `Sat`, `Tue/Thu`, `Mon–Thu`, `Sa + So` name, in order; [] for other words."""
    parts = _APART.split(text)
    names = [WEEKDAYS.get(fold(p.strip(". "))) for p in parts[::2]]
    if not names or any(n is None for n in names):
        return _worded(text)
    days = [n for n in names if n is not None]
    if len(days) == 2 and parts[1] and parts[1] in DASH.replace("\\", "") + "~～":
        first, last = ORDER.index(days[0]), ORDER.index(days[1])
        return list(ORDER[first : last + 1]) if first < last else []
    return list(dict.fromkeys(days))


def _worded(text: str) -> list[str]:
    """The weekdays of a range in words that is the whole label (`Lunes a viernes`, `Montag bis
    Freitag`, `Monday to Friday`), in order; [] for other words."""
    label = text.strip(" .")
    if " " not in label:
        return []  # one word: no range in words
    from planexport.reader.range_words import worded_range

    found = worded_range(label)
    return found[0] if found is not None and found[1] == len(label) else []


def abbreviated_weekdays(nodes: list[Node]) -> list[Node]:
    """A list whose every item is weekdays and a length (`- Sat: 4–5h deep work`, `- Fri: 30
    min check-in`): a day line per weekday, `**Saturday** – deep work (4–5h)`, as a list of full
    weekday names would give. A task box (`- [x] Wed: problems 1-5 (1h)`) is the block's done
    mark, and two items of one weekday are two blocks of its day.

    Under a line that names a range of weekdays (`**Monday-Friday:**`) the untimed items
    (`- Mon: Gym only`) and totals stay a list of their own and the timed ones are days; in a
    weekday's list, items at its end that lead with another weekday and a length (`- Fri:
    Check-In (30 min)` under `**Sunday**`) are that weekday's days.
    """
    from planexport.reader.weekly_range_totals import weekly_budget

    out: list[Node] = []
    nodes = span_weekday_lists(nodes)  # "- Mardi: 15h00-16h00" under "## La hotline"
    budget = weekly_budget(nodes) if any(_range_item(n) for n in nodes) else None
    for node in part_lines(nodes):  # "**Mon:** Morning (2h) Algebra · Afternoon (1.5h) …"
        if _bullets_are_blocks(node):
            out.append(node)  # "- Freitag, 03.01.2026" over "- 1.5h Lernblock: …": see day_items
            continue
        lines = (
            _day_lines(node, budget)
            if node.kind == "list" and (len(node.items) >= 2 or _comma_days(node.items))
            else None
        )
        if lines is None and node.kind == "list" and out:
            lines = _under_range(out[-1], node) or _trailing_days(out[-1], node)
        if lines is None and node.kind == "list":
            lines = routine_lines(node)  # "- **Seg-Sex:** 2-3h de estudo", "- **Sábado:** …"
        out.extend(lines if lines is not None else [node])
    return out


def _bullets_are_blocks(node: Node) -> bool:
    """Whether a list's items are weekdays over timed bullets of their own (see
    `weekday_parents`) and not every item gives a length of its own: the bullets are the days'
    blocks, and a bracket such as `(Vorlesungen 9-17h)` says when the day is taken."""
    if node.kind != "list" or not all(item.children for item in node.items):
        return False
    from planexport.reader.day_items import weekday_parents

    if not weekday_parents(node):
        return False
    own = [find_duration(item.text) for item in node.items]
    return not all(found is not None and found.at is None for found in own)


def _range_item(node: Node) -> bool:
    """Whether a list has an item led by a range of weekdays (`- **Mon-Wed**: …`)."""
    if node.kind != "list":
        return False
    leads = [_LEAD.match(item.text) for item in node.items]
    return any(lead is not None and len(weekdays_named(lead["names"])) > 1 for lead in leads)


def _day_lines(node: Node, budget: int | None = None) -> list[Node] | None:
    if not _may_lead(node.items[0]):
        return None  # every item must be a day's (most lists: the first is not)
    commas = _comma_days(node.items)
    # "- **Weekend**: Review (5 hours)" closing a list of weekdays with lengths is its days too
    weekend = not commas and any(
        (lead := _LEAD.match(_TASK_BOX.sub("", item.text))) and weekdays_named(lead["names"])
        for item in node.items
    )
    from planexport.reader.weekly_range_totals import within_budget_as_totals

    # "- **Mon-Wed**: Windows (9 hours)" in a plan of "20 hours per week": the range's total
    shared = budget is not None and within_budget_as_totals(_lengths(node, weekend), budget)
    lines: list[_DayLine] = []
    for item in node.items:
        found = _item_lines(item, comma=commas, weekend=weekend, shared=shared)
        if found is None and not _full_names(node):
            found = _rest_line(item)  # "- Sun: Rest" among the week's timed days
        if found is None:
            return None  # "- Mon: Gym only": a summary of the week, not its days
        lines.extend(found)
    if all(line.block is None and _resting(line.title) for line in lines):
        return None  # rest days alone: no week of days
    return _grouped(lines)


def _may_lead(item: Item) -> bool:
    """Whether an item has the lead a day's line needs (`Sat:`, `Montag,`, `[x] Wed:`): an item
    without one gives no lines (`_item_lines`) and is no rest day (`_rest_line`)."""
    text = _TASK_BOX.sub("", item.text, count=1)
    return bool(_LEAD.match(text) or _COMMA_LEAD.match(text) or _LEAD.match(item.text))


def _full_names(node: Node) -> bool:
    """Whether an item leads with a weekday's full name (`- Mercredi : repos`): such a list of
    days is read by `day_items`, rest days and all."""
    leads = [_LEAD.match(item.text) for item in node.items]
    return any(lead is not None and fold(lead["names"]) in FULL_WEEKDAYS for lead in leads)


def _resting(text: str) -> bool:
    plain = " ".join(re.sub(r"[*_!.]", " ", fold(text)).split())
    return plain in REST_DAY_WORDS


def _rest_line(item: Item) -> list[_DayLine] | None:
    """The day of an item that gives one weekday a rest (`- Sun: Rest`, `- Sat: off`): that
    weekday with nothing in it, as a rest row of a table gives; None for any other item."""
    lead = _LEAD.match(item.text)
    days = weekdays_named(lead["names"]) if lead else []
    if lead is None or len(days) != 1 or item.children or not _resting(lead["rest"]):
        return None
    node = Node("paragraph", item.line, text=f"**{_FULL[days[0]]}** – {tidy(lead['rest'])}")
    return [_DayLine(days[0], tidy(lead["rest"]), [node], None)]


@dataclass
class _DayLine:
    """One weekday's day as an item gives it: its nodes, and its block as an item when the day
    can hold other blocks too (None: the line is read as it stands)."""

    day: str
    title: str
    nodes: list[Node]
    block: Item | None


def _grouped(lines: list[_DayLine]) -> list[Node]:
    """The days' nodes, two items of one weekday (`- Mon: read (45m)`, `- Mon: notes (30m)`)
    made two blocks of one day, where the first of them stood."""
    groups: dict[str, list[_DayLine]] = {}
    for line in lines:
        groups.setdefault(line.day, []).append(line)
    out: list[Node] = []
    for line in lines:
        group = groups[line.day]
        if len(group) == 1 or any(g.block is None for g in group):
            out.extend(line.nodes)
            continue
        if line is not group[0]:
            continue
        title = " / ".join(dict.fromkeys(g.title for g in group))
        out.append(Node("paragraph", line.nodes[0].line, text=f"**{_FULL[line.day]}** – {title}"))
        out.append(Node("list", line.nodes[0].line, items=[g.block for g in group if g.block]))
    return out


def _comma_days(items: list[Item]) -> bool:
    """Whether every item leads with one weekday and a comma (`* Montag, 20 Minuten Gehen`,
    `* Freitag, lockeres Training`) and some give a length: each is that weekday's day."""
    leads = [_COMMA_LEAD.match(item.text) for item in items]
    if not items or any(lead is None or fold(lead["name"]) not in WEEKDAYS for lead in leads):
        return False
    if any(lead is not None and _first_word(lead["rest"]) in WEEKDAYS for lead in leads):
        return False  # "- Monday, Wednesday: 30 min": a list of weekdays, not one and its line
    return any(lead is not None and find_duration(lead["rest"]) for lead in leads)


def _first_word(text: str) -> str:
    word = re.match(r"^[*_\s]*([^\W\d_]+)", text)
    return fold(word.group(1)) if word else ""


def _item_days(item: Item, *, comma: bool = False) -> list[Node] | None:
    """The day lines of one item `Tue/Thu: 1–1.5h each`, or None when it is not one."""
    lines = _item_lines(item, comma=comma)
    return None if lines is None else [node for line in lines for node in line.nodes]


def _lengths(node: Node, weekend: bool) -> list[tuple[int, int]]:
    """Each item's longest length and how many days it names, for the items that give both."""
    out: list[tuple[int, int]] = []
    for item in node.items:
        lead = _LEAD.match(_TASK_BOX.sub("", item.text))
        if lead is None:
            continue
        days = weekdays_named(lead["names"])
        if weekend and not days:
            from planexport.reader.weekend_time import weekend_item_days

            days = weekend_item_days(lead["names"], lead["rest"])
        found = find_length(lead["rest"])
        if days and found is not None and found.at is None:
            out.append((found.hi, len(days)))
    return out


def _item_lines(
    item: Item, *, comma: bool = False, weekend: bool = False, shared: bool = False
) -> list[_DayLine] | None:
    """The days of one item `Tue/Thu: 1–1.5h each`, `[x] Wed: problems (1h)`, or None; with
    `weekend`, `Weekend: review (5h)` too (see `weekend_item_days`)."""
    box = _TASK_BOX.match(item.text)
    mark = box.group(0).strip() + " " if box else ""
    text = item.text[box.end() :] if box else item.text
    lead = _COMMA_LEAD.match(text) if comma else _LEAD.match(text)
    if comma and lead is not None:
        days = [WEEKDAYS[fold(lead["name"])]]
    else:
        days = weekdays_named(lead["names"]) if lead else []
    if weekend and lead is not None and not days:
        from planexport.reader.weekend_time import weekend_item_days

        days = weekend_item_days(lead["names"], lead["rest"])
    found = find_length(lead["rest"]) if lead else None  # "4 x 800 m": a distance, untimed
    if comma and lead is not None and (found is None or found.at is not None):
        # "* Dienstag, lockerer Dauerlauf": that weekday's day, with nothing timed.
        node = Node("paragraph", item.line, text=f"**{_FULL[days[0]]}** – {lead['rest']}")
        return [_DayLine(days[0], lead["rest"], [node], None)]
    if lead is None or not days or found is None or found.at is not None:
        return None
    from planexport.reader.joined_lengths import joined_text

    rest = lead["rest"]
    if segments(rest) is not None and not item.children:
        # "Montag, 15 Minuten Dehnen und 20 Minuten Krafttraining": a block each, as day lines
        label = lead["name"] if comma else lead["names"]
        heads = {day: f"**{_written(label, day)}** – {rest}" for day in days}
        return [
            _DayLine(day, rest, [Node("paragraph", item.line, text=heads[day])], None)
            for day in days
        ]
    start, end = found.start, found.end
    group = next((m for m in _BRACKETS.finditer(rest) if m.start() < start < m.end()), None)
    if group is not None:
        start, end = group.start(), group.end()  # "Día libre (9h estudio)": no "( estudio)"
    # "1 uur per dag Nederlands", "45 min coding each day": said of each weekday, no title
    title = without_per_day(rest[:start] + " " + rest[end:])
    title = tidy(_EACH.sub(" ", title)).strip(f" :{DASH}")
    if not rest[:start].strip():
        title = _OF.sub("", title)  # "20 minutes de marche rapide": the walk, not "de marche"
    again = repeated(rest)
    if again is not None:
        title = again[1]  # "5 mal 2 Minuten laufen mit jeweils 2 Minuten Gehpause"
    length = found.text if again is not None else joined_text(rest, found)
    if shared and len(days) > 1 and again is None:
        # the range's total (see `within_budget_as_totals`), each of its days a share of it
        from planexport.reader.group_totals import share_total

        each = share_total(found, len(days))
        length = f"{each.lo} min" if each.lo == each.hi else f"{each.lo}-{each.hi} min"
    out: list[_DayLine] = []
    for day in days:
        name = title or _FULL[day]
        head = Node("paragraph", item.line, text=f"**{_FULL[day]}** – {name}")
        if again is not None:
            # The line as written is the block: its repeats are read there.
            block = Item(mark + rest, item.line, children=list(item.children))
        elif not item.children and not mark:
            text = f"**{_FULL[day]}** – {name} ({length})"
            line = Node("paragraph", item.line, text=text)
            block = Item(f"{name} ({length})", item.line)
            out.append(_DayLine(day, name, [line], block))
            continue
        else:
            # "- Fri: Check-In (30 min)" over "- Report:" and its checklist: one block, their
            # items; "- [x] Wed: problems (1h)": one block, done as the box says.
            block = Item(f"{mark}{name} ({length})", item.line, children=list(item.children))
        out.append(_DayLine(day, name, [head, Node("list", item.line, items=[block])], block))
    return out


def _written(names: str, day: str) -> str:
    """The weekday's name as the line writes it when in full (`Montag`), else in English."""
    name = names.strip(" .*_")
    return name if WEEKDAYS.get(fold(name)) == day and fold(name) in FULL_WEEKDAYS else _FULL[day]


def _under_range(before: Node, node: Node) -> list[Node] | None:
    """`**Monday-Friday:**` over `- Mon: Gym only`, `- Tue: Study 1-1.5 hrs`, `- Subtotal: 2-3
    hours`: the timed weekdays as days after a list of the rest; None when it is no such list."""
    bold = _RANGE_LEAD.match(before.text) if before.kind == "paragraph" else None
    if bold is None or len(weekdays_named(bold["names"])) < 2:
        return None
    kept: list[Item] = []
    days: list[Node] = []
    for item in node.items:
        lead = _LEAD.match(item.text)
        lines = _item_days(item)
        if lines is not None:
            days.extend(lines)
        elif (lead is not None and weekdays_named(lead["names"])) or _TOTAL.match(item.text):
            kept.append(item)
        else:
            return None
    if not days:
        return None
    return [Node("list", node.line, items=kept), *days] if kept else days


def _trailing_days(before: Node, node: Node) -> list[Node] | None:
    """A weekday's list whose last items are other weekdays with a length: split there."""
    line = _DAY_LINE.match(before.text) if before.kind == "paragraph" else None
    weekday = WEEKDAYS.get(fold(line["name"])) if line else None
    if weekday is None:
        return None
    cut = len(node.items)
    while cut > 0 and _item_days(node.items[cut - 1]) is not None:
        lead = _LEAD.match(node.items[cut - 1].text)
        if lead is None or weekday in weekdays_named(lead["names"]):
            break  # "- Sun: review (30 min)" under "**Sunday**": a line of that day
        cut -= 1
    if cut in (0, len(node.items)):
        return None
    days = [line for item in node.items[cut:] for line in _item_days(item) or []]
    return [Node("list", node.line, items=node.items[:cut]), *days]


# "**Monday-Friday:**", "**Mon–Fri:** Standard pattern": a bold line led by a weekday range.
_RANGE_LEAD = lazy(rf"^[*_]{{2}}(?P<names>{_NAMES}\s*[{DASH}~～]\s*{_NAMES})\s*:?\s*[*_]{{2}}")
_TOTAL = lazy(r"^[\W_]*(?:sub-?totals?|totals?|zwischensumme|gesamt)\b", re.IGNORECASE)
# "**Sunday (Power Day)**", "**Saturday Nov 22**": a bold line led by a weekday, a day's own.
_DAY_LINE = lazy(r"^[*_]{2}(?P<name>[^\W\d_]{3,12})\b")


_FULL = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
