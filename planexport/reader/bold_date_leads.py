"""A weekday heading whose bold lead holds its date, then a title after the bold:
`### **Monday, March 2, 2026** - DAY 1` reads as `### Monday, March 2, 2026 - DAY 1` does, so
the date is the day's and `DAY 1` its title (not `2026 - DAY 1`)."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["unbold_date_lead"]

# "**Monday, March 2, 2026** - …", "**Sunday, December 1** – …": a bold lead with a digit in it,
# then more text after a space.
_BOLD_DATE_LEAD = lazy(r"^(?P<mark>\*\*|__)(?P<lead>[^*_]*\d[^*_]*)(?P=mark)(?=\s+\S)")


def unbold_date_lead(text: str) -> str:
    """`text` with the bold marks of a dated lead taken off; as is otherwise."""
    if not text.startswith(("**", "__")):
        return text  # the cheap test: most headings open with no bold
    match = _BOLD_DATE_LEAD.match(text)
    return text if match is None else match["lead"] + text[match.end() :]
