"""A row whose time and title cells are written the other way round (`| Final discussion |
16:45 -- 17:00 |` under `| Time | Topic |`): read as if in their columns."""

from __future__ import annotations

from planexport.reader.durations import find_duration

__all__ = ["swapped_row"]


def _lone_span(cell: str) -> bool:
    """Whether `cell` holds a clock span and nothing else (`16:45 -- 17:00`, `**9-10 am**`)."""
    found = find_duration(cell)
    return (
        found is not None
        and found.at is not None
        and not cell[: found.start].strip(" *_")
        and not cell[found.end :].strip(" *_")
    )


def swapped_row(row: list[str], cols: dict[str, int | None]) -> list[str] | None:
    """The row with its span and title cells exchanged, when the span column holds words with
    no time in them and the title column a clock span alone; else None."""
    span_col, title_col = cols["span"], cols["title"]
    if span_col is None or title_col is None or max(span_col, title_col) >= len(row):
        return None
    span_cell, title_cell = row[span_col], row[title_col]
    if not title_cell.strip() or not span_cell.strip() or find_duration(span_cell) is not None:
        return None
    if not any(c.isalpha() for c in span_cell) or not _lone_span(title_cell):
        return None
    turned = list(row)
    turned[span_col], turned[title_col] = title_cell, span_cell
    return turned
