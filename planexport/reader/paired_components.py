"""MDX components written with an opening and a closing tag, one attribute a time, date or
length: `<Event time="09:00">` over `## Opening` and its bullets then `</Event>`, or
`<LectureRow date="22/03/2024" time="13:00-14:30">` over `<>Introduction</>`. Each is a row of
the table its run stands for, its attributes the columns and its text the title; the MDX lines
around them (`import X from '…'`, a wrapping `<Timeline>`) are no plan."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["paired_components", "timed_keys"]

_ATTRIBUTE = r"""[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?"""
# `<Event time="09:00">`, its attributes over several lines too; not `<Event … />`.
_OPEN = lazy(rf"<(?P<name>[A-Z][\w.]*)(?P<attrs>(?:\s+{_ATTRIBUTE})*)\s*>")
_PAIR = lazy(r"""(?P<key>[\w-]+)\s*=\s*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|\{(?P<e>[^{}]*)\})""")
# A line that is only an opening or closing tag of a component (`<Timeline title="…">`).
_TAG_LINE = lazy(rf"^\s*</?(?P<name>[A-Z][\w.]*)(?:\s+{_ATTRIBUTE})*\s*>\s*$")
# `import {LectureRow} from '@site/src/components/Lectures'`, `export const meta = {…}`.
_MDX_LINE = lazy(r"^(?:import\s.+\sfrom\s+['\"].+['\"];?|import\s+['\"].+['\"];?|export\s.+)$")
_TAG = lazy(r"<[^<>]*>")
# Attribute names that give a time of day, a date or a length, in the seven languages.
_TIMED = frozenset(
    (
        "time", "times", "start", "starts", "end", "ends", "begin", "from", "to", "until",
        "duration", "length", "date", "datetime", "day", "hour", "hours", "slot", "when",
        "starttime", "endtime", "startdate", "zeit", "uhrzeit", "beginn", "ende", "dauer",
        "datum", "hora", "inicio", "fin", "duracion", "fecha", "heure", "debut", "duree",
        "ora", "inizio", "fine", "durata", "data", "tijd", "eind", "duur", "fim", "duracao",
    )
)  # fmt: skip


def timed_keys(keys: list[str]) -> bool:
    """Whether one of a component's attribute names gives a time, date or length."""
    return any(re.sub(r"[-_]", "", key.lower()) in _TIMED for key in keys)


def _quoted(value: str) -> str:
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "\u201d") + '"'


def _content(text: str) -> tuple[str, str]:
    """The title a component's text gives (its first line, a heading's marks and tags left out)
    and the rest of it as one line."""
    lines = []
    for line in text.split("\n"):
        plain = " ".join(_TAG.sub(" ", line).split())
        plain = re.sub(r"^#{1,6}\s+", "", plain)
        if plain:
            lines.append(plain)
    return (lines[0] if lines else ""), "; ".join(re.sub(r"^[-*+]\s+", "", x) for x in lines[1:])


def paired_components(text: str) -> str:
    """`text` with each component that has a closing tag and a time, date or length attribute
    written as one self-closing component on its first line (its text a `title`, the rest its
    `notes`), the lines it took blank; when there is one, the lines of MDX imports
    and exports and the bare tags of other components (`<Timeline>`, `</LectureTable>`) are
    blank too. Every line keeps its number."""
    if "</" not in text or not re.search(r"<[A-Z]", text):
        return text  # most plans
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out = list(lines)
    rows: set[str] = set()  # the names of the components read as rows
    pos = 0
    for match in _OPEN.finditer(text):
        if match.start() < pos:
            continue
        pairs = {
            m["key"]: " ".join((m["q"] or m["s"] or m["e"] or "").split())
            for m in _PAIR.finditer(match["attrs"])
        }
        if not any(timed_keys([k]) and re.search(r"\d", v) for k, v in pairs.items()):
            continue  # `<Chart data={points}>`: no time, date or length in it
        close = text.find(f"</{match['name']}>", match.end())
        nested = text.find(f"<{match['name']}", match.end())
        if close < 0 or 0 <= nested < close:
            continue
        first = text.count("\n", 0, match.start())
        last = text.count("\n", 0, close)
        before = text[starts[first] : match.start()].strip()
        after = text[close + len(match["name"]) + 3 : starts[last + 1] - 1].strip()
        if before or after:
            continue  # the component shares its lines with other text
        title, details = _content(text[match.end() : close])
        keys = dict(pairs)
        if "title" in keys:
            details = "; ".join(x for x in (title, details) if x)
        elif title:
            keys["title"] = title
        if details and "notes" not in keys:
            keys["notes"] = details
        attrs = " ".join(f"{key}={_quoted(value)}" for key, value in keys.items())
        out[first] = f"<{match['name']} {attrs} />"
        for j in range(first + 1, last + 1):
            out[j] = ""
        pos = close
        rows.add(match["name"])
    if not rows:
        return text
    for j, line in enumerate(out):
        tag = _TAG_LINE.match(line)
        if _MDX_LINE.match(line) or (tag is not None and tag["name"] not in rows):
            out[j] = ""
    return "\n".join(out)
