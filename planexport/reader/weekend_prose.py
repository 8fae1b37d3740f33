"""A group of days over one line of prose with a length (`## Fin de semana` over `Sábado/Domingo:
trabajar en el proyecto (2-3 horas).`): those days, each that long, not a template skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import is_total
from planexport.reader.durations import find_duration

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["prose_length"]

_SHORT = 200  # a line of plan, not a paragraph of advice


def prose_length(nodes: list[Node]) -> bool:
    """Whether a section holds only prose and exactly one short line of it gives a length."""
    if any(node.kind not in ("paragraph", "hr") for node in nodes):
        return False
    lengths = [
        node
        for node in nodes
        if node.kind == "paragraph"
        and (found := find_duration(node.text)) is not None
        and found.at is None
        and not is_total(node.text)
    ]
    return len(lengths) == 1 and len(lengths[0].text) <= _SHORT
