"""Paragraph lines of start times with no day above them (`**9:00** Check-in` / `**9:30** Talk
1` under a title only): one day, read as the same lines bulleted would be."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["start_paragraphs"]


def start_paragraphs(nodes: list[Node]) -> int | None:
    """Where the first run of paragraphs that each start with a time of day begins, two or more
    of them giving a start alone (`**9:00** Check-in`, `**9:47 Lecture 1**`, `9:00 Check-in`), as
    a day's agenda of start times; None when the plan has no such run."""
    from planexport.reader.list_blocks import agenda_run

    for idx, node in enumerate(nodes):
        if node.kind == "paragraph" and agenda_run(nodes, idx) is not None:
            return idx
    return None
