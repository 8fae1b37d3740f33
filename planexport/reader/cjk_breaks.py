"""A meal or a break written in Chinese, Japanese or Korean (`午饭`, `享用午餐`, `昼食`,
`점심 식사`, `🍱 昼休み`): a gap between blocks, as `Lunch` is; a meal joined to other things
(`夕食、洗い物、風呂`) stays a block, as `Dinner and dishes` does."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.words import CJK_BREAK_WORDS, CJK_EATING_VERBS

__all__ = ["cjk_break"]

# Han, kana and hangul: a title without any is left to the other languages' words at once.
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# What is not part of the name: emoji, marks, brackets and what they hold, a trailing colon.
_BRACKET = lazy(r"[(（\[【].*$")
_MARKS = lazy(r"[^\w\s]|_")


def cjk_break(title: str) -> bool:
    """Whether `title` names a meal or a break in Chinese, Japanese or Korean and nothing else."""
    if _CJK.search(title) is None:
        return False
    name = " ".join(_MARKS.sub(" ", _BRACKET.sub(" ", title)).split())
    if name in CJK_BREAK_WORDS:
        return True
    verb = next((v for v in CJK_EATING_VERBS if name.startswith(v)), None)
    return verb is not None and name[len(verb) :].strip() in CJK_BREAK_WORDS
