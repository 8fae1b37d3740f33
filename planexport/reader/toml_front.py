"""TOML front matter (`+++` … `+++`, as Hugo writes it): the page's title, its lines blanked."""

from __future__ import annotations

from typing import Any

from planexport.reader.lazy import lazy

__all__ = ["toml_front_matter"]

# 'title = "Day 1 Schedule"' at the top level (before any "[menu.day1]" table)
_TITLE = lazy(r"""^title\s*=\s*(?P<q>["'])(?P<text>.*)(?P=q)\s*(?:#.*)?$""")


def toml_front_matter(lines: list[str]) -> tuple[dict[str, Any], str] | None:
    """The title of a `+++` block and the text with the block's lines blanked (line numbers stay
    true); None when the text does not start with one. A page's `date =` is when the page was
    written, not the day of the plan, and its menus and weights are the site's: only the title
    is kept."""
    if not lines or lines[0].strip() != "+++":
        return None
    end = next((n for n in range(1, len(lines)) if lines[n].strip() == "+++"), None)
    if end is None:
        return None
    meta: dict[str, Any] = {}
    for line in lines[1:end]:
        if line.lstrip().startswith("["):
            break  # a table: keys below are its own, not the page's
        match = _TITLE.match(line.strip())
        if match is not None and match["text"].strip():
            meta["title"] = match["text"].strip()
            break
    return meta, "\n" * (end + 1) + "\n".join(lines[end + 1 :])
