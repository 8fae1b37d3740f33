"""The reader's block parser leaves out the rules a text gives nothing to: the tokens are the
same as with every rule on, setext headings (`Day 1` over `=====`) included."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from planexport.reader import parse_markdown
from planexport.reader.block_parser import block_parser

_TEXTS = [
    "# Plan\n\nDay 1\n=====\n\n- Arrays (30 min)\n",
    "Day 1\n-----\n- Arrays (30 min)\n\n---\n\nDay 2\n---\n- Graphs (1h)\n",
    "- Week 1\n  Day 1\n  ---\n  - Arrays (30 min)\n",
    "> Day 1\n> ===\n> - Arrays (30 min)\n",
    "# Plan\n\n## Day 1\n\n- Arrays (30 min)\n\n---\n\n## Day 2\n\n- - -\n",
    "Day 1\r\n=====\r\n- Arrays (30 min)\r\n",
]


def _all_rules() -> MarkdownIt:
    parser = MarkdownIt("commonmark").enable("table")
    parser.disable(["inline", "text_join"])
    return parser


@pytest.mark.parametrize("text", _TEXTS)
def test_the_tokens_are_those_of_every_rule(text: str) -> None:
    full = [(t.type, t.map, t.content) for t in _all_rules().parse(text)]
    assert [(t.type, t.map, t.content) for t in block_parser(text).parse(text)] == full


def test_setext_headings_are_days_and_a_rule_alone_is_not() -> None:
    plan = parse_markdown(_TEXTS[1], source="setext.md")
    assert [(d.title, [b.title for v in d.variants for b in v.blocks]) for d in plan.days] == [
        ("Day 1", ["Arrays"]),
        ("Day 2", ["Graphs"]),
    ]
