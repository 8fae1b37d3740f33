"""Parts of a line written as sentences, each a name with its length and what to do:
`Theory (1 hour) – Read the chapter, take notes. Practice (1 hour) – Work through examples.`

Each sentence opens with a short name and its length in brackets, then a dash and the task: a
block per sentence, written as a line of its own would be (`Theory – Read the chapter, take
notes (1 hour)`). A sentence without such an opening keeps the line whole.
"""

from __future__ import annotations

from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy

__all__ = ["sentence_parts"]

# "… take notes. Practice (1 hour) – …": a full stop, then the next sentence's capital
_STOP = lazy(r"(?<=[^\W\d_)])\.\s+(?=[^\W\d_])")
# "Theory (1 hour) – Read the chapter": a name of a few words, its length, a dash, the task
_PART = lazy(
    rf"^(?P<name>[^\W\d_][^():.{DASH}]{{0,40}}?)\s*\((?P<length>[^()]+)\)\s*[{DASH}:]\s*\S"
)


def sentence_parts(text: str) -> list[str] | None:
    """The sentences of `text`, each as a block line (`Theory – Read the chapter (1 hour)`),
    or None unless there are two or more and each opens with a name and its length."""
    parts = [p.strip().rstrip(".").strip() for p in _STOP.split(text.strip())]
    if len(parts) < 2:
        return None
    out: list[str] = []
    for part in parts:
        match = _PART.match(part)
        if match is None:
            return None
        found = find_duration(match.group("length"))
        if found is None or found.at is not None or match.group("length")[found.end :].strip():
            return None
        task = part[match.end() - 1 :].strip()
        out.append(f"{match.group('name').strip()} – {task} ({match.group('length').strip()})")
    return out
