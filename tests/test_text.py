"""Plan text (inline Markdown) rendered as plain text."""

from __future__ import annotations

import pytest

from planexport.text import plain


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        (
            "Create **system design template** in markdown.",
            "Create system design template in markdown.",
        ),
        ("*one* _two_ ***three*** __four__ ~~five~~", "one two three four five"),
        ("Run `go test ./...` and `a*b*c`", "Run go test ./... and a*b*c"),
        ("[Projects](../topic-banks/projects.md)", "Projects (../topic-banks/projects.md)"),
        (
            "See [**the** docs](https://example.com/ä?q=1,2)",
            "See the docs (https://example.com/ä?q=1,2)",
        ),
        ("<https://example.com>", "https://example.com"),
        ("<someone@example.com>", "someone@example.com"),
        ("![diagram](img/arch.png)", "diagram (img/arch.png)"),
        ("[](https://example.com)", "https://example.com"),
        ("\\*not emphasis\\* and &amp; and &lt;", "*not emphasis* and & and <"),
        ("a <br> b", "a <br> b"),
        ("line one  \nline two\n  line three", "line one\nline two\nline three"),
        ("windows\r\nline", "windows\nline"),
    ],
)
def test_markdown_becomes_plain_text(markdown: str, text: str) -> None:
    assert plain(markdown) == text


@pytest.mark.parametrize(
    "text",
    [
        "Pagination, filtering, sorting.",
        "2–3 problems; 1–2 more",
        "C:\\Users\\me and a \\ lone backslash",
        "snake_case_name and 2 * 3 * 4",
        "  leading and trailing spaces  ",
        "Ünïcødé — 日本語 🎉",
        "x" * 5000,
    ],
)
def test_plain_text_is_unchanged(text: str) -> None:
    assert plain(text) == text
