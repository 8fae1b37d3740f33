"""Tables timed by their header alone: `| Minutes | Activity |` over `| 10 | Warm-up |`
(`Minuten`, `Minutos`, `Min.`, `Hours`), each row's length a bare number under the header
that names its unit. Outside every day such a table is not read, and is said so once.
"""

from __future__ import annotations

from planexport.reader.outline import Node
from planexport.reader.table_columns import BARE, header_names, header_unit

__all__ = ["header_timed_rows"]


def header_timed_rows(node: Node) -> tuple[str, int]:
    """The header naming a unit (`Minutes`) and how many rows give a bare number under it;
    ("", 0) when no column of the table is so timed."""
    for col, header in enumerate(header_names(node)):
        if header_unit(header) is None:
            continue
        count = sum(
            1 for row in node.rows[1:] if col < len(row) and BARE.match(row[col].strip("*_ "))
        )
        if count:
            return node.rows[0][col].strip(), count
    return "", 0
