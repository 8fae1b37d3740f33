"""A legend before a grid (`* 🧮 = [Calc 1A](…)`, `M: Mathematics`): its keys name the cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node

if TYPE_CHECKING:
    from planexport.model import Plan

__all__ = ["named_by_legend"]

# A short key (an emoji, a letter or two, an abbreviation), "=" or ":" or a dash, then its name.
_ENTRY = lazy(r"^\s*(?P<key>[^\s=:]{1,4}?)\s*(?:=|:|\s[-–—]\s)\s*(?P<name>\S.{0,80}?)\s*$")
_LINK = lazy(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
_BOLD_MARKS = lazy(r"\*\*|__")


def _legend(nodes: list[Node]) -> dict[str, str]:
    """Keys and names of every legend: two or more such lines in one list or paragraph."""
    legend: dict[str, str] = {}
    for node in nodes:
        if node.kind == "list":
            lines = [item.text for item in node.items]
        elif node.kind == "paragraph":
            lines = node.text.split("\n")
        else:
            continue
        entries = [_entry(line) for line in lines]
        if len(entries) >= 2 and all(entry is not None for entry in entries):
            legend.update(entry for entry in entries if entry is not None)
    return legend


def _entry(line: str) -> tuple[str, str] | None:
    match = _ENTRY.match(_BOLD_MARKS.sub("", line))
    if match is None or find_duration(line) is not None:
        return None
    key = match.group("key").strip("*_ ")
    name = _LINK.sub(lambda m: m.group("text"), match.group("name")).strip("*_ ")
    if not key or not name or key.isdigit():
        return None
    return key, name


def named_by_legend(plan: Plan, nodes: list[Node]) -> Plan:
    """The plan with each block titled by a legend's key (`🧮`) titled by its name."""
    legend = _legend(nodes)
    if not legend or not any(
        b.title.strip() in legend for d in plan.days for v in d.variants for b in v.blocks
    ):
        return plan
    days = []
    for day in plan.days:
        variants = []
        for variant in day.variants:
            blocks = tuple(
                b.model_copy(update={"title": legend[b.title.strip()]})
                if b.title.strip() in legend
                else b
                for b in variant.blocks
            )
            variants.append(variant.model_copy(update={"blocks": blocks}))
        days.append(day.model_copy(update={"variants": tuple(variants)}))
    return plan.model_copy(update={"days": tuple(days)})
