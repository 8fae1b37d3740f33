"""The plan file as text before Markdown reads it: decoding, line ends, tabs and front matter.

A file is UTF-8, or UTF-16 with its byte-order mark (what Windows Notepad saves as "Unicode");
its lines end in `\n`; rows pasted from a spreadsheet become pipe rows; and YAML (or TOML) front
matter is split off with its lines blanked, so that every later line number stays true.
"""

from __future__ import annotations

from typing import Any

from planexport.errors import PlanError
from planexport.reader.double_hyphens import en_dash_spans
from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["decode", "front_matter", "normalise"]

# Windows Notepad's "Unicode" and "Unicode big endian": UTF-16 with its byte-order mark.
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, source: str) -> str:
    """Text of `data`: UTF-8, or UTF-16 that starts with its byte-order mark; a PlanError naming
    the line of the first bad byte otherwise."""
    if data.startswith(_UTF16_MARKS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            line = data[: error.start].decode("utf-16", errors="replace").count("\n") + 1
            raise PlanError(
                f"not UTF-16 text (bytes at offset {error.start})", file=source, line=line
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PlanError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
            file=source,
            line=line,
        ) from None


# Marks that take no room, left in text copied from web pages and word processors
# (`Intro to Ratios\u200b: 9 minutes`): a zero-width space, a word joiner, a byte-order mark
# inside the text. The joiners that shape a script or an emoji (U+200C, U+200D) stay.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))


def normalise(text: str) -> str:
    """Text without a byte-order mark or zero-width spaces, with `\\n` line ends, `15:00--15:10`
    as an en dash, rows pasted from a spreadsheet (TAB-separated) as pipe rows, and other tabs as
    spaces."""
    text = text.removeprefix("\ufeff")
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = text.translate(_INVISIBLE)
    text = en_dash_spans(text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\t" not in text:
        return text  # no TAB: no rows to make, nothing to expand
    lines = _tab_rows(text.split("\n"))
    return "\n".join(line.expandtabs(4) for line in lines)


# "07:30 - 08:30<TAB>Matemáticas": text, a TAB, more text (a leading TAB is indentation; a
# list item, heading or quote with a TAB in it stays what it is).
_TAB_ROW = lazy(r"^(?![-*+]\s|\d{1,3}[.)]\s|#|>)[^\s|][^\t]*(?:\t+[^\t\s][^\t]*)+$")


def _tab_rows(lines: list[str]) -> list[str]:
    """Runs of two or more TAB-separated lines (outside code fences) as pipe rows."""
    out = list(lines)
    outside = set(unfenced(lines))
    run: list[int] = []
    for n, line in enumerate([*lines, ""]):
        if n in outside and _TAB_ROW.match(line):
            run.append(n)
            continue
        if len(run) >= 2:
            for k in run:
                cells = [cell.strip().replace("|", "\\|") for cell in lines[k].split("\t")]
                out[k] = "| " + " | ".join(cell for cell in cells if cell) + " |"
        run = []
    return out


def front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """Split YAML (or TOML) front matter off, blanking its lines so that line numbers stay true."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "+++":
        from planexport.reader.toml_front import toml_front_matter  # Hugo pages only

        return toml_front_matter(lines) or ({}, text)
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, text
    meta = _simple_front_matter(lines[1:end])
    if meta is None:
        # A leading `---` is also a thematic break: only a block that reads as keys is front matter,
        # and only one that starts as keys (`title:` first) is front matter with a mistake in it.
        stated = _starts_with_key(lines[1:end])
        meta = _yaml_front_matter(lines[1:end], source, strict=stated)
        blank = not "".join(lines[1:end]).strip()
        if not isinstance(meta, dict) or not (meta or stated or blank):
            if stated:
                raise PlanError(
                    "front matter is not a mapping of keys to values", file=source, line=1
                )
            return {}, text  # "---" over "## Lesplan" and a list: a rule, then Markdown
    body = "\n" * (end + 1) + "\n".join(lines[end + 1 :])
    return meta, body


# `key: value` with a value that YAML reads as this very text (it starts with a letter, has no
# `:` or `#`, and is no YAML boolean or null), or as a decimal whole number.
_SIMPLE_ENTRY = lazy(
    r"^(?P<key>[A-Za-z_][\w-]*):[ \t]+"
    r"(?:(?P<int>0|[1-9][0-9]*)|(?P<text>[^\W\d_][^:#\x00-\x1f\x7f]*?))[ \t]*$"
)
_YAML_WORDS = frozenset(
    f(word)
    for word in ("yes", "no", "true", "false", "on", "off", "null")
    for f in (str.lower, str.title, str.upper)
)


def _simple_front_matter(lines: list[str]) -> dict[str, Any] | None:
    """Front matter of flat `key: value` lines as YAML reads it, or None for anything else.

    Docusaurus-style headers (`id: go`, `title: Go Track`, `sidebar_position: 2`) are the
    common case; reading them this way spares every run the import of PyYAML.
    """
    meta: dict[str, Any] = {}
    for line in lines:
        if not line.strip():
            continue
        entry = _SIMPLE_ENTRY.match(line)
        if entry is None or entry["text"] in _YAML_WORDS:
            return None
        meta[entry["key"]] = int(entry["int"]) if entry["int"] else entry["text"]
    return meta or None  # none at all: YAML's own reading (an empty mapping is None there)


# The first line of front matter: a plain key and its colon (`title:`, `sidebar_position:`).
_KEY_LINE = lazy(r"^[A-Za-z_][\w-]*:(?:[ \t]|$)")


def _starts_with_key(lines: list[str]) -> bool:
    first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    return _KEY_LINE.match(first) is not None


def _yaml_front_matter(lines: list[str], source: str, *, strict: bool) -> Any:
    """The block as YAML reads it; a YAML error is the plan's only when `strict`, else None."""
    import yaml

    try:
        return yaml.safe_load("\n".join(lines)) or {}
    except yaml.YAMLError as error:
        from planexport.reader.template_front import has_placeholders, placeholder_yaml

        if has_placeholders(text := "\n".join(lines)):
            try:  # `dateCreated: {{date:YYYY-MM-DD}}`: a note template's placeholder
                return placeholder_yaml(text) or {}
            except yaml.YAMLError:
                pass
        if not strict:
            return None
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or "bad YAML"
        raise PlanError(f"front matter: {problem}", file=source, line=line) from None
