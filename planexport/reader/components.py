"""MDX components that carry a plan in their attributes (`<LectureRow date="02/10/2023"
time="17:30-19:00" topic="L01 Intro" />`): a run of them is the table it stands for."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.paired_components import timed_keys

__all__ = ["component_nodes", "component_tables"]

_ATTRIBUTE = r"""[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?"""
_COMPONENT = lazy(rf"<(?P<name>[A-Z][\w.]*)(?P<attrs>(?:\s+{_ATTRIBUTE})*)\s*/>")
_PAIR = lazy(r"""(?P<key>[\w-]+)\s*=\s*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|\{(?P<e>[^{}]*)\})""")


def component_nodes(content: str, line: int) -> list[Node] | None:
    """One node per self-closing component when the text holds nothing else, else None."""
    found = list(_COMPONENT.finditer(content))
    if not found or _COMPONENT.sub("", content).strip():
        return None
    nodes = []
    for match in found:
        at = line + content.count("\n", 0, match.start())
        pairs = {
            m["key"]: " ".join((m["q"] or m["s"] or m["e"] or "").split())
            for m in _PAIR.finditer(match["attrs"])
        }
        nodes.append(
            Node("component", at, text=match["name"], rows=[list(pairs), list(pairs.values())])
        )
    return nodes


def component_tables(nodes: list[Node]) -> list[Node]:
    """Runs of components of one name as tables (a column per attribute, a row per component);
    a lone component, or one with no attributes, is left out as other HTML."""
    out: list[Node] = []
    run: list[Node] = []

    def flush() -> None:
        if len(run) > 1:
            header = list(dict.fromkeys(key for node in run for key in node.rows[0]))
            rows = [header]
            for node in run:
                values = dict(zip(node.rows[0], node.rows[1], strict=True))
                rows.append([values.get(key, "") for key in header])
            out.append(
                Node(
                    "table", run[0].line, rows=rows, row_lines=[run[0].line, *(n.line for n in run)]
                )
            )
        else:
            out.extend(Node("html", node.line) for node in run)
        run.clear()

    for node in nodes:
        if node.kind == "component" and node.rows[0]:
            if run and run[0].text != node.text:
                if timed_keys(run[0].rows[0]) and not timed_keys(node.rows[0]):
                    continue  # `<LectureDivider topic="Week 2"/>` between timed rows: no row
                flush()
            run.append(node)
        elif node.kind == "html" and run:
            continue  # `<LectureTable>`, blank HTML between rows: the run goes on
        else:
            flush()
            out.append(node)
    flush()
    return out
