"""A length written inside a link's text (`[Warm-up drills (7 min)](https://…)`): the link whole,
the length after it, so that the title is the link's text and never cut at its `[`."""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.problem_names import named_problem

__all__ = ["length_out_of_link"]

_LINK = lazy(r"\[(?P<text>[^\[\]]*)\]\((?P<url>[^()\s]*)\)")


def length_out_of_link(text: str) -> str:
    """`text` with the first link whose text holds a length written as `[text](url) (length)`."""
    if "](" not in text:
        return text
    for link in _LINK.finditer(text):
        inner = link.group("text")
        found = find_duration(inner)
        if found is None or found.at is not None or named_problem(inner, found):
            continue  # "[155 Min Stack](…)": a problem's number and name
        before, after = inner[: found.start].rstrip(), inner[found.end :].lstrip()
        if before.endswith("(") and after.startswith(")"):
            before, after = before[:-1].rstrip(), after[1:].lstrip()
        name = f"{before} {after}".strip()
        if not name:
            return text  # "[30 min](…)": the link is only its length
        moved = f"[{name}]({link.group('url')}) ({found.text.strip()})"
        return text[: link.start()] + moved + text[link.end() :]
    return text
