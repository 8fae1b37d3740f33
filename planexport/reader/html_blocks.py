"""Raw HTML in a plan: its headings and simple tables as the outline's headings and tables."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.grid_marks import STRIKE, struck_cell
from planexport.reader.html_tracks import joined_tracks, start_end_first
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, header_row
from planexport.reader.table_weekly import weekday_of

__all__ = ["html_nodes"]

_HEADING = lazy(r"h[1-6]")
# A site generator's tag (Hugo `{{< relref "about.md" >}}`, `{{% note %}}`, Liquid `{% link x %}`,
# `{{ page.title }}`): filled in when the site is built, no text of the plan.
_TEMPLATE_TAG = lazy(r"\{\{[<%]?.*?[%>]?\}\}|\{%.*?%\}", re.DOTALL)
_IGNORED = ("style", "script", "template")
_STRUCK = ("s", "del", "strike")
_PARALLEL = (
    "parallel sessions in one row of an HTML table are read as one block titled by all of them"
)


class _Table:
    def __init__(self, line: int) -> None:
        self.line = line
        self.rows: list[list[str]] = []
        self.lines: list[int] = []
        self.merged = False  # a cell spans rows: written out in each, unless cells span columns too
        self.spans: dict[tuple[int, int], int] = {}  # (row, cell) -> how many rows it spans
        self.spanned = False  # its merged cells are written out in each row they span
        self.gaps: list[int] = []  # before which row an empty `<tr></tr>` stood, once for each
        self.joined = False  # a cell spans columns: a slot for every track
        self.joined_rows: set[int] = set()  # which rows have such a cell


class _Reader(HTMLParser):
    """Headings and tables of an HTML block, in order; the text of any other element is left
    out (as Markdown leaves it)."""

    def __init__(self, first: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first = first
        self.nodes: list[Node] = []
        self.ignored = 0
        self.heading: tuple[int, int, list[str]] | None = None
        self.tables: list[_Table] = []  # nested tables: the innermost is read into its cell
        self.row: list[str] | None = None
        self.row_table: _Table | None = None  # the table the open row belongs to
        self.cell: list[str] | None = None

    def _line(self) -> int:
        return self.first + self.getpos()[0] - 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _IGNORED:
            self.ignored += 1
        elif tag == "table":
            self.tables.append(_Table(self._line()))
        elif self.tables and tag == "tr":
            self.row = []
            self.row_table = self.tables[-1]
            self.row_table.lines.append(self._line())
        elif self.tables and tag in ("td", "th") and self.row is not None:
            self.cell = []
            for key, value in attrs:
                if key in ("rowspan", "colspan") and value and value.strip() not in ("", "1"):
                    if key == "rowspan":
                        table = self.tables[-1]
                        table.merged = True
                        count = value.strip()
                        if count.isdigit() and int(count) > 1 and self.row is not None:
                            table.spans[(len(table.rows), len(self.row))] = int(count)
                    else:
                        self.tables[-1].joined = True
                        self.tables[-1].joined_rows.add(len(self.tables[-1].rows))
        elif tag == "br" and self.cell is not None:
            self.cell.append("<br>")
        elif tag in _STRUCK and self.cell is not None:
            self.cell.append(STRIKE)  # "<td><s>Course B</s></td>": struck out, as in Markdown
        elif tag == "li" and self.cell is not None:
            # "<ul><li>09:00 - 09:15 Welcome</li><li>…": an item per line, as "- …<br>- …"
            self.cell.append("<br>- " if "".join(self.cell).strip() else "- ")
        elif _HEADING.fullmatch(tag) and not self.tables:
            self.heading = (int(tag[1]), self._line(), [])

    def handle_endtag(self, tag: str) -> None:
        if tag in _IGNORED:
            self.ignored = max(0, self.ignored - 1)
        elif tag in _STRUCK and self.cell is not None:
            self.cell.append(STRIKE)
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(struck_cell(_text(self.cell)))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.row_table is not None:
            # The row's own table: a table opened and left unclosed inside a cell is not it.
            if self.row:
                self.row_table.rows.append(self.row)
            else:
                self.row_table.lines.pop()  # "<tr></tr>": no row of its own, but a cell
                self.row_table.gaps.append(len(self.row_table.rows))  # spanning rows counts it
            self.row = None
            self.row_table = None
        elif tag == "table" and self.tables:
            self._close(self.tables.pop())
        elif _HEADING.fullmatch(tag) and self.heading is not None:
            level, line, parts = self.heading
            text = _text(parts).replace("<br>", " ")
            if text:
                self.nodes.append(Node("heading", line, level=level, text=text))
            self.heading = None

    def handle_data(self, data: str) -> None:
        if self.ignored:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.heading is not None:
            self.heading[2].append(data)

    def _close(self, table: _Table) -> None:
        caption = table_caption(table.rows, table.joined_rows)
        if caption is not None:
            # "<th colspan=2>Friday Oct 31st, 2014</th>" over the rows: the table's heading.
            self.nodes.append(Node("heading", table.lines[0], level=4, text=caption))
            table.rows, table.lines = table.rows[1:], table.lines[1:]
            table.joined = False
        if table.merged and not table.joined:
            table.rows, table.merged, table.spanned = _written_out(table), False, True
        if table.joined and not table.merged and table.rows:
            table.rows = start_end_first(table.rows)  # "| 09:00 | 09:15 | Opening |"
        joined = joined_tracks(table.rows) if table.joined and not table.merged else None
        if joined is not None:
            table.rows = joined[0]
            if joined[1]:
                self.nodes.append(Node("skipped", table.line, text=_PARALLEL))
        if table.merged or (table.joined and joined is None):
            # Merged cells are parallel tracks or shared slots: which one a reader follows is
            # theirs to choose, so the table is named, not guessed at.
            self.nodes.append(
                Node(
                    "skipped",
                    table.line,
                    text="an HTML table with merged cells (rowspan/colspan) is not read; "
                    "write it as a Markdown table with one column per track",
                )
            )
            return
        rows = [row for row in table.rows if any(cell for cell in row)]
        lines = [line for row, line in zip(table.rows, table.lines, strict=False) if any(row)]
        if not rows or max(len(row) for row in rows) < 2:
            return
        rows, lines = header_row(rows, lines)  # "<tr><td>10:00 AM - 6:00 PM</td>…": no header
        if len(rows) < 2:
            return
        from planexport.reader.hour_sides import hour_sides

        rows = hour_sides(rows)  # "<td>11:00</td>…<td>11:00</td>": the hour on both sides
        if day_rows(rows):
            rows, lines = [[""] * len(rows[0]), *rows], [lines[0], *lines]  # no header row
        self.nodes.append(
            Node(
                "table",
                table.line,
                rows=rows,
                row_lines=lines,
                html=True,
                spans_rows=table.spanned,
            )
        )


def _written_out(table: _Table) -> list[list[str]]:
    """The rows of a table whose cells span rows (`<td rowspan="2">Session A</td>`), each such
    cell written out again in the rows it spans, as a Markdown table writes it. As a browser
    draws it: a span stops at the table's last row, an empty row (`<tr></tr>`) is one of the
    rows a span covers, and a short row ends in empty cells."""
    pending: dict[int, tuple[str, int]] = {}  # column -> its text, the rows it still covers
    out: list[list[str]] = []
    for at, row in enumerate(table.rows):
        for _ in range(table.gaps.count(at)):
            # "<tr></tr>": a row that only the cells spanning it fill, one row of their span
            pending = {col: (text, left - 1) for col, (text, left) in pending.items() if left > 1}
        cells = iter(enumerate(row))
        written: list[str] = []
        while True:
            column = len(written)
            if column in pending:
                text, left = pending.pop(column)
                written.append(text)
                if left > 1:
                    pending[column] = (text, left - 1)
                continue
            cell = next(cells, None)
            if cell is None:
                if any(key > column for key in pending):
                    written.append("")  # a short row, before a column still covered
                    continue
                break
            written.append(cell[1])
            span = table.spans.get((at, cell[0]), 1)
            if span > 1:
                pending[column] = (cell[1], span - 1)
        out.append(written)
    width = max((len(row) for row in out), default=0)
    return [row + [""] * (width - len(row)) for row in out]


def table_caption(rows: list[list[str]], joined: set[int]) -> str | None:
    """The text of a first row that is one cell spanning the whole table (a caption), when no
    other row joins cells; else None."""
    if joined != {0} or len(rows) < 2 or len(rows[0]) != 1 or not rows[0][0].strip():
        return None
    if any(len(row) < 2 for row in rows[1:]):
        return None
    text = rows[0][0].replace("<br>", " ").strip()
    if find_duration(text) or find_point_time(text) is not None:
        return None  # "<td colspan=2>09:00 Opening</td>": a row of the plan across both tracks
    return text


def day_rows(rows: list[list[str]]) -> bool:
    """Whether a table has no header: its first row already names a day (`<td>Friday</td>`)
    and so do the others."""
    names = [weekday_of(row[0]) if row else None for row in rows]
    return names[0] is not None and sum(1 for name in names if name) >= 2


def without_template_tags(html: str) -> str:
    """`html` without a site generator's tags (`<a href="{{< relref "about.md" >}}">Excursion</a>`
    is `<a href="">Excursion</a>`, so the quotes in the tag no longer end the attribute early and
    spill `}}">` into the cell), its lines kept where they were."""
    if "{{" not in html and "{%" not in html:
        return html
    return _TEMPLATE_TAG.sub(lambda tag: "\n" * tag.group().count("\n"), html)


def _text(parts: list[str]) -> str:
    text = " ".join(" ".join(parts).split())
    return re.sub(r"\s*<br>\s*", "<br>", text).strip()


def html_nodes(html: str, line: int) -> list[Node]:
    """The headings and tables of an HTML block that starts at `line`."""
    reader = _Reader(line)
    reader.feed(without_template_tags(html))
    reader.close()
    return reader.nodes
