"""Checklists of dated weekday lines (`- [ ] **Mon Feb 3**: Two Sum`): each line is a day."""

from __future__ import annotations

from planexport.reader.dated_programmes import dated_programmes
from planexport.reader.label_dated_lines import label_dated_lines
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.plain_dated_lines import plain_dated_days
from planexport.reader.session_date_lines import session_date_lines
from planexport.reader.weekday_date_items import weekday_date_items
from planexport.reader.weekday_lists import dated_weekday

__all__ = ["dated_day_lines"]

# "[ ] **Mon Feb 3**: Contains Duplicate", "**Tue, 4 Feb** – Hash maps": a bold weekday and date,
# then the day's topic.
_LINE = lazy(
    r"^(?P<box>\[[ xX]\]\s+)?(?P<mark>\*\*|__)(?P<day>[^*_]{3,40}?)\s*:?\s*(?P=mark)"
    r"\s*(?:[:\u2013\u2014-]\s*)?(?P<rest>.*)$"
)


def dated_day_lines(nodes: list[Node], source: list[str]) -> list[Node]:
    """Lists whose items are dated weekdays in bold, each a heading of that day over its topic.

    `### Daily Tasks` over `- [ ] **Mon Feb 3**: Contains Duplicate, Two Sum` … is a day per
    line to a person reading it, as `#### Mon Feb 3` over `- [ ] Contains Duplicate, Two Sum`
    would be; a list with only one such line, or with lines of other kinds, is left as it is.
    `source` are the source's lines.
    """
    out: list[Node] = []
    level = 0
    for node in _as_lists(nodes):
        if node.kind == "heading":
            level = node.level
        days = (_days(node) or plain_dated_days(node)) if node.kind == "list" else None
        if days is None:
            out.append(node)
            continue
        for item, day, rest in days:
            out.append(Node("heading", item.line, level=min(level + 1, 6), text=day))
            if rest or item.children:
                lines = [Item(rest, item.line, list(item.more), list(item.children))]
                out.append(Node("list", item.line, items=lines if rest else item.children))
    # "### Séance 3" over "Mardi 1/10/2024" over "_2h_": the session on that date
    sessions = session_date_lines(label_dated_lines(dated_programmes(out), source))
    # "* Lundi 19/10 : Jeux (17h30 - 19h)": the weekday and date not in bold, a span after
    return weekday_date_items(sessions, source)


def _days(node: Node) -> list[tuple[Item, str, str]] | None:
    """Each item's day and topic, when at least two items are dated days and all of them are."""
    found: list[tuple[Item, str, str]] = []
    for item in node.items:
        match = _LINE.match(item.text)
        if match is None or dated_weekday(match["day"]) is None:
            return None
        rest = f"{match['box'] or ''}{match['rest']}".strip()
        found.append((item, match["day"].strip(), rest))
    return found if len(found) >= 2 else None


def _as_lists(nodes: list[Node]) -> list[Node]:
    """`nodes`, with each run of two or more bold paragraph lines that are all dated weekdays
    (`**Mon 14 Dec** – Mock paper (3h)` / `**Tue 15 Dec** – Vectors (2h)`) as the list of them
    they would be with bullets."""
    out: list[Node] = []
    run: list[Node] = []
    for node in [*nodes, None]:
        if node is not None and node.kind == "paragraph" and _LINE.match(node.text):
            run.append(node)
            continue
        listed = (
            Node("list", run[0].line, items=[Item(n.text, n.line) for n in run]) if run else None
        )
        out += [listed] if listed is not None and _days(listed) is not None else run
        run = []
        out += [node] if node is not None else []
    return out
