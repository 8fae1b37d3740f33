"""A summary of the day's time after its clock agenda (`**Summary of a Regular Day:**` over
`- Instructor: 1h TA rate + 2h Course rate`, `### Summary` over `- Lectures: 2.5 hours`): it
restates the day, so its lines are no more blocks; a warning names them.

Only lines with a length and no clock time, right under a label that names a summary
(`Summary`, `Recap`, `Totals`, `Time breakdown`, `Zusammenfassung`, `Resumen`, `Résumé`,
`Riepilogo`, `Resumo`, `Samenvatting`) written after a block pinned to a clock time: a list
under `**Summary:**` before the agenda, or one that holds clock times itself, is read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import every_item, unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["drop_summaries"]

_WORDS = ("summ", "recap", "total", "breakdown", "zusammenfass", "resum", "riepilog", "samenvat")
_LABEL = lazy(
    r"^[\W_]*(?:(?:daily|day|time|study|hours?)\s+)?(?:summary|recap|totals?|time\s+breakdown"
    r"|breakdown|zusammenfassung|resumen|resume|recapitulatif|riepilogo|resumo|samenvatting)"
    r"\b[^:]{0,40}:?[\W_]*$",
    re.IGNORECASE,
)


def drop_summaries(nodes: list[Node], blocks: list[RawBlock], ctx: Ctx) -> list[RawBlock]:
    """`blocks` without those read from a summary of the day under a summary label."""
    if not any(raw.at is not None for raw in blocks):
        return blocks  # a day with no clock agenda has nothing to sum up
    dropped: set[int] = set()
    for idx, node in enumerate(nodes[:-1]):
        if node.kind not in ("paragraph", "heading") or len(node.text) > 80:
            continue
        low = node.text.lower()
        if not any(word in low for word in _WORDS):
            continue  # most lines of a day: no summary word, no pattern tried
        if not _LABEL.match(fold(unwrap(node.text))):
            continue
        below = nodes[idx + 1]
        if below.kind != "list":
            continue
        lines = {item.line for item in every_item(below.items)}
        parts = [raw for raw in blocks if raw.line in lines]
        pinned_before = any(raw.at is not None and raw.line < node.line for raw in blocks)
        if parts and pinned_before and all(raw.at is None for raw in parts):
            dropped |= {raw.line for raw in parts}
            ctx.warn(
                node.line,
                f'"{unwrap(node.text).strip(" :")}" sums up the day above: its {len(parts)} '
                f"line{'s' if len(parts) > 1 else ''} not read as more blocks",
            )
    return [raw for raw in blocks if raw.line not in dropped] if dropped else blocks
