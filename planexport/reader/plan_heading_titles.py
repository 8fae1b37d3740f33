"""A plan with no `# Title`: the heading that opens the file names it, when it is no day.

    ## Chemistry revision

    ### Day 1
    - 09:00-10:00 Atoms and ions

is titled `Chemistry revision`, as a person reading it would say, not by the file's name. The
heading must open the file and head all of it (no later heading of its level or above, so
`## Infos pratiques` beside `## Questions` is a section, not a title). A file whose first heading
is a day (`## Day 1`, `## Monday`), a week (`## Week 1`) or a block (`## Warm-up (10 min)`), or
that has a heading of level 1 anywhere, keeps its title as before.
"""

from __future__ import annotations

from planexport.reader.blocks import tidy, tidy_emphasis
from planexport.reader.days import week_numbers
from planexport.reader.durations import find_duration
from planexport.reader.outline import Node, unwrap


def first_heading_title(nodes: list[Node], first: int) -> str | None:
    """The text of the heading that opens the file and heads all of it, before its first day
    (`first`, the index of the first day's node), when the plan has no heading of level 1 and
    the heading names no week and says no length or time; None otherwise."""
    if first < 1 or not nodes or nodes[0].kind != "heading":
        return None
    head = nodes[0]
    if any(n.kind == "heading" and n.level <= head.level for n in nodes[1:]):
        return None  # "## Infos pratiques" beside "## Questions-réponses": a section
    if head.level == 1 or find_duration(head.text) is not None or week_numbers([head])[0]:
        return None
    return tidy(tidy_emphasis(unwrap(head.text))) or None
