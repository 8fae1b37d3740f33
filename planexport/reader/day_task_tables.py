"""A table under a day whose rows give no length and no time (`### Jour 2-3` over `| Tâche |
Description | Status |` and `| Lecture doc | README, CONTRIBUTING | □ |`): a list of tasks for
the day, not blocks to schedule. Its rows are the day's notes, as an untimed list's lines are
(`Lecture doc | README, CONTRIBUTING`), never dropped without a word. Cells that say nothing,
empty boxes of a status column (`□`, `[ ]`) or dashes, are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["task_rows"]

# A cell that says nothing: empty, a dash, an empty or ticked box.
_EMPTY = lazy(r"^[\s\-–—_.□☐☑✅✔✓❌xX\[\]]*$")


def task_rows(node: Node) -> list[str]:
    """Each row of the table below its header as a note: its cells that say something, joined
    by bars (`Lecture doc | README, CONTRIBUTING`)."""
    notes = []
    for row in node.rows[1:]:
        said = [cell.strip() for cell in row if not _EMPTY.match(unwrap(cell))]
        if said:
            notes.append(" | ".join(said))
    return notes
