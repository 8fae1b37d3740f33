"""Plain lines of clock spans with no day above them (`06:30 - 07:00 Wake up, stretch`): one day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.block_tables import agenda_table
from planexport.reader.clock_words import agenda_list
from planexport.reader.code_agenda import is_timetable
from planexport.reader.day_heads import day_heading
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.sections import timed

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["spanned", "timetable_start"]

# Two lines make a timetable; one alone (`09:00 - 10:30 Arrays` under a title) may be a remark.
_LINES = 2
# Characters of marks that may open such a line before its span (an emoji and its variant).
_MARKS = 4
# A short bold label and the bracket its span is in: "Block 1 (", "Deep work (", "Lunch (".
_LABEL = lazy(r"[^\W\d_][^\W_]*(?: [^\W_]+){0,3} ?\(")


def spanned(node: Node) -> bool:
    """Whether a paragraph starts with a clock span (`06:30 - 07:00 Wake up`, `**06:30 -
    07:00** | Wake up`), as a timetable's lines do."""
    if node.kind != "paragraph":
        return False
    found = find_duration(node.text)
    if found is None or found.at is None:
        return False
    # "📚 07:00 – 08:30 — Anki": a mark (bold, an emoji) may open the line, never a word but
    # a bold label whose bracket holds the span ("**Block 1 (8:00–9:30):** Deep work")
    lead = node.text[: found.start].strip("*_ `")
    if node.text.startswith(("**", "__")) and _LABEL.fullmatch(lead) is not None:
        return True
    return len(lead) <= _MARKS and not any(ch.isalnum() for ch in lead)


def _part_agendas(node: Node) -> bool:
    """Whether a list's items are parts of the day over agendas of start times (`- Morning`
    over `  - 06:45 Flash cards`, `  - 08:00 Lecture notes`), as an outliner writes a day."""
    from planexport.reader.outline import Node

    return node.kind == "list" and any(
        agenda_list(Node("list", item.line, items=item.children))
        for item in node.items
        if len(item.children) >= 2
    )


def timetable_start(nodes: list[Node]) -> int | None:
    """Where the one day of a plan with no day headings starts: its first timed list or table,
    else the first of two or more paragraph lines in a row that each start with a clock span,
    soft-broken (`06:30 - 07:00 Wake up, stretch` / `07:00 - 08:30 Deep work`) or bold with a
    bar (`**06:30 - 07:00** | Wake up`), read as the same lines bulleted would be (a block a
    line, meals as gaps), else its first timetable in a code block, else the first of two or
    more paragraph lines of start times alone (`**9:00** Check-in` / `**9:30** Talk 1`), else
    its first table of start times in a column after the title (`| Session | Time |`), which
    also comes before a timed list or table after it that holds no time of day; None when it
    has none."""
    tips: frozenset[int] | None = None
    for idx, node in enumerate(nodes):
        if node.kind in ("list", "table") and (
            timed([node]) or agenda_table(node) or agenda_list(node) or _part_agendas(node)
        ):
            if node.kind == "list":
                from planexport.reader.example_tips import tip_lines, tips_only

                tips = tip_lines(nodes) if tips is None else tips
                if tips_only(node, tips):
                    continue  # "## Tips" over "- A short session (e.g. 20 minutes) …": no day
            from planexport.reader.title_first_starts import starts_before

            # "| Ontbijt | 08:00 |" under "## Dagschema" before "| 1 min zitten |": the agenda
            return starts_before(nodes, idx)
    if any(_day_label(node) for node in nodes):
        return None  # "Day 1" alone over its times: days the reader does not take as one
    for idx in range(len(nodes) - _LINES + 1):
        if all(spanned(node) for node in nodes[idx : idx + _LINES]):
            return idx
    # "```" over "06:00 Wake up", "06:30 Gym": a timetable in a code block, the plan's only one
    code = next((idx for idx, node in enumerate(nodes) if is_timetable(node)), None)
    if code is not None:
        return code
    from planexport.reader.start_paragraphs import start_paragraphs

    start = start_paragraphs(nodes)  # "**9:00** Check-in" / "**9:30** Talk 1": starts alone
    if start is not None:
        return start
    from planexport.reader.title_first_starts import title_first_starts

    return title_first_starts(nodes)  # "| Session | Time |" over "| Registration | 08:30 |"


def _day_label(node: Node) -> bool:
    """Whether a paragraph is a day's name alone (`Day 1`, `**Tag 2:**`, `Lunes`)."""
    text = unwrap(node.text)
    return node.kind == "paragraph" and len(text) <= 40 and not spanned(node) and day_heading(text)
