"""A log of what was done beside the plan: a record, not blocks.

A person plans a day and then notes what really happened under a heading of its own, often in
the same shape as the plan, with the real times or with cells left empty to fill in:

    ## Planned schedule
    | Time        | Activity   |
    | 09:00–10:30 | Algorithms |

    ## Actual log
    | Time        | Activity   |
    | 09:20–10:30 | Algorithms |

The planned part is the plan (one block, `Algorithms`, 90 min); the section under `## Actual
log` (or `## What I actually did`, `## Time log`, `## Ist`, `## Registro real`: `LOG_WORDS`) is
left out, with one warning on its heading's line. A log under each day is left out of each day.
A plan that is nothing but a log keeps its lines, as there is no other plan to read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.bare_hour_lists import timed_line
from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line
from planexport.reader.outline import unwrap
from planexport.reader.sections import timed
from planexport.reader.table_logs import results_log
from planexport.reader.tracking_tables import tracking_table
from planexport.reader.words import LOG_FORM_WORDS, LOG_WORDS, MONTHS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Node

__all__ = ["log_heading", "without_logs"]

# A weekday or month name this long or longer is a date beside the log's words (`Mon`, `März`).
_DATE_WORD = 3
_ASIDE = lazy(r"\([^()]*\)|\[[^\[\]]*\]")  # "(fill in as you go)", "[optional]"
_LETTERS = lazy(r"[a-z]+")


def log_heading(node: Node) -> bool:
    """Whether a heading names a record of what was done (`## Actual log`, `### Ist`, `## 📝
    What I actually did (fill in)`, `### Time log – Monday 3 March`), by its words alone
    besides a date: `## Planned vs actual` is no log."""
    return node.kind == "heading" and _log_words(node.text)


@per_line
def _log_words(text: str) -> bool:
    """Whether a heading's text names a log (see `log_heading`): asked once per text, as a long
    plan repeats its headings (`#### 4-Hour Plan`)."""
    words = _LETTERS.findall(fold(_ASIDE.sub(" ", unwrap(text))))
    if len(words) > 1 and words[-1] in LOG_FORM_WORDS:
        words = words[:-1]  # "Daily Log Template": the form a log is written in
    if " ".join(words) in LOG_WORDS:
        return True
    undated = [w for w in words if len(w) < _DATE_WORD or (w not in WEEKDAYS and w not in MONTHS)]
    return undated != words and " ".join(undated) in LOG_WORDS


def _section_end(nodes: list[Node], start: int) -> int:
    """Where the section of the heading at `start` ends: at the next heading of its level or
    above."""
    level = nodes[start].level
    return next(
        (
            j
            for j in range(start + 1, len(nodes))
            if nodes[j].kind == "heading" and nodes[j].level <= level
        ),
        len(nodes),
    )


def _read_elsewhere(nodes: list[Node]) -> bool:
    """Whether a log's section holds a table other recognisers already take as a record: a table
    of scores (`| Score |`, left out silently) or of planned and actual times (said there)."""
    return any(results_log(node) or tracking_table(node) for node in nodes)


def _has_times(nodes: list[Node]) -> bool:
    """Whether `nodes` hold a length or a time of day: a plan to read without the logs."""
    if timed(nodes):
        return True
    for node in nodes:
        texts = [item.text for item in node.items] + [c for row in node.rows[1:] for c in row]
        if node.kind == "paragraph":
            texts.append(node.text)
        if any(timed_line(unwrap(text).strip()) for text in texts):
            return True
    return False


def without_logs(nodes: list[Node], ctx: Ctx) -> list[Node]:
    """The outline without its logs' sections, each said once on its heading's line, when what
    is left still holds times to read; else the outline as it is. A Pomodoro tracker's day
    (`**Focus Duration:** 25 minutes` over `- [X] Pomodoro 1`) is read as its Pomodoros."""
    from planexport.reader.pomodoro_lists import pomodoro_lists

    nodes = pomodoro_lists(nodes)  # each list asked first whether an item says "pomodoro"
    spans: list[tuple[int, int]] = []
    idx = 0
    while idx < len(nodes):
        if not log_heading(nodes[idx]):
            idx += 1
            continue
        end = _section_end(nodes, idx)
        if not _read_elsewhere(nodes[idx + 1 : end]):
            spans.append((idx, end))
        idx = end
    if not spans:
        return nodes
    dropped = {j for start, end in spans for j in range(start, end)}
    kept = [node for j, node in enumerate(nodes) if j not in dropped]
    if not _has_times(kept):
        return nodes
    for start, _ in spans:
        heading = unwrap(nodes[start].text).strip()
        ctx.warn(
            nodes[start].line,
            f'"{heading}" is read as a log of what was done, not as the plan: skipped',
        )
    return kept
