"""The lines outside fenced code blocks that the line-by-line passes read (`fenced.unfenced`),
and the blocks themselves for the passes that read some of them (`fenced.fenced_blocks`)."""

from __future__ import annotations

from planexport.reader.dutch_lengths import dutch_lengths
from planexport.reader.fenced import Fenced, fenced_blocks, unfenced
from planexport.reader.kramdown_attributes import drop_attribute_lists


def test_a_fence_closes_only_at_a_fence_of_its_own_mark_and_length() -> None:
    lines = ["````", "```", "~~~", "code", "````", "text"]
    assert list(unfenced(lines)) == [4, 5]


def test_a_fence_indented_four_spaces_is_code_not_a_fence() -> None:
    lines = ["    ```", "09:00 Reading", "   ```", "code", "```", "text"]
    assert list(unfenced(lines)) == [0, 1, 4, 5]


def test_attribute_lists_in_a_longer_fence_stay_as_written() -> None:
    text = "````\n```\n{: .kept}\n````\n- 09:00 - 10:00 Reading {: .x}"
    assert drop_attribute_lists(text) == "````\n```\n{: .kept}\n````\n- 09:00 - 10:00 Reading"


def test_dutch_hours_in_a_tilde_fence_inside_backticks_stay_as_written() -> None:
    text = "```\n~~~\n4u code\n```\n- 9u Lezen 2u\n- 13u Schrijven 3u"
    assert dutch_lengths(text) == "```\n~~~\n4u code\n```\n- 9u Lezen 2 uur\n- 13u Schrijven 3 uur"


def test_blocks_come_with_their_info_and_the_level_of_the_heading_above() -> None:
    lines = ["```text", "a", "```", "## Week", "~~~ mermaid", "gantt", "~~~", "```py", "x"]
    assert list(fenced_blocks(lines)) == [Fenced(0, 2, "text", 0), Fenced(4, 6, "mermaid", 2)]


def test_a_block_rewritten_line_for_line_while_walking_is_not_read_again() -> None:
    lines = ["```", "```", "", "```", "b", "```"]
    seen = []
    for block in fenced_blocks(lines):
        seen.append(block.start)
        lines[block.start : block.end + 1] = ["```"] * (block.end + 1 - block.start)
    assert seen == [0, 3]
