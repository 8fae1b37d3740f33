"""A year written short after a word in a plan's heading: `# Bootcamp'23`, `## Summer ’24`,
`# Class of '25`. An apostrophe and two digits right after a word (or a word and a space) is
how people shorten a year, so `'23` is 2023 and a `### Monday, July 10` under it is dated
2023-07-10. A fiscal year (`FY24`) is no calendar year and is left alone, as are minutes
(`20'`), feet and inches (`5'10"`) and digits that go on (`'230`)."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["short_year"]

# "Bootcamp'23", "Summer ’24", "Class of '25": a word of letters, an apostrophe, two digits.
_SHORT = lazy(r"(?<![\w'’‘])[^\W\d_]{2,}\s?['’‘](?P<year>\d{2})(?![\w'’‘\"″])")


def short_year(text: str) -> int | None:
    """The year a heading writes short (`Bootcamp'23`: 2023), else None."""
    match = _SHORT.search(text)
    return 2000 + int(match["year"]) if match is not None else None
