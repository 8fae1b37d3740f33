"""Tips that give a length as an example, never a block: `a short session (e.g. 20 minutes)
beats one long one` under `## Tips`, and any timed line with a tip's lead (`**Tip:** …`).

A length right after `e.g.`, `for example`, `such as`, `like`, `z. B.`, `zum Beispiel`, `p. ex.`,
`par exemple`, `por ejemplo`, `p. ej.`, `ad esempio`, `per esempio`, `bijvoorbeeld`, `bijv.`,
`por exemplo` says what a length could be, not how long a block is. Under a heading of tips or
principles (`## Tips`, `## Tipps`, `## Conseils`, `## Consejos`, `## Consigli`, `## Dicas`, `##
Principles`, `## Grundsätze`, `## Principes`, `## Principios`, `## Principi`, `## Princípios`,
`## Aanbevelingen` …) a line whose every length is such an example is a tip: a note where it
stands in a day, no line of a plan's one day, and never warned as a block left out. Elsewhere
(`- Stretching (e.g. 10 min)` in a routine) the length is the block's, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.prose_lengths import not_a_block
from planexport.reader.stated_totals import stated_total
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Item, Node

__all__ = ["example_lead", "tip_lines", "tips_only"]

# The words that give an example, right before its length ("(e.g. 20 minutes)", "z. B. 20 Min.").
_EXAMPLE = lazy(
    r"(?:\be\.\s?g\.?|\beg\.|\bfor\s+(?:example|instance)|\bsuch\s+as|\blike|\bz\.\s?b\.?"
    r"|\bzum\s+beispiel|\bbeispielsweise|\bp\.\s?ex\.?|\bpar\s+exemple|\bpor\s+ejemplo"
    r"|\bp\.\s?ej\.?|\bad\s+esempio|\bad\s+es\.|\bper\s+esempio|\bbijvoorbeeld|\bbijv\.|\bbv\."
    r"|\bpor\s+exemplo)[\s,:~≈]*(?:ca\.?\s*|about\s+|around\s+|etwa\s+|environ\s+|circa\s+)?$",
    re.IGNORECASE,
)
_TIP = "a tip or a remark"  # what `not_a_block` says of a line with a tip's lead
# Headings of tips and principles, folded: what stands under them is said about the plan.
_TIP_HEADINGS = frozenset(
    (
        "tip", "tips", "hints", "advice", "principles", "recommendations", "suggestions",
        "tipp", "tipps", "hinweise", "ratschlage", "empfehlungen", "grundsatze", "prinzipien",
        "consejo", "consejos", "recomendaciones", "sugerencias", "principios",
        "conseil", "conseils", "astuces", "recommandations", "principes",
        "consiglio", "consigli", "suggerimenti", "raccomandazioni", "principi",
        "dica", "dicas", "recomendacoes", "sugestoes",
        "advies", "adviezen", "aanbevelingen", "principes", "uitgangspunten",
    )
)  # fmt: skip


def example_length(text: str) -> bool:
    """Whether a line gives lengths, each of them as an example (`(e.g. 20 minutes)`)."""
    found = find_duration(text)
    if found is None:
        return False
    while found is not None:
        if found.at is not None or not _EXAMPLE.search(text[: found.start]):
            return False
        found = find_duration(text, found.end)
    return True


_LETTERS = lazy(r"[a-z]+")
# A line led by the word "example" (`*Beispiel:* 15:30–16:00 Mathe`, `Ejemplo: 9:00 repaso`)
# shows what a plan could hold, even at a clock time: it is no block of this one.
_EXAMPLE_LEAD = lazy(
    r"^[\W_]{0,12}?[*_]{0,6}(?:for\s+|par\s+|por\s+|ad\s+|per\s+|zum\s+)?(?:examples?|beispiele?"
    r"|ejemplos?|exemples?|esempi[oa]?|exemplos?|voorbeelden|voorbeeld|bijvoorbeeld|e\.\s?g\.?)"
    r"[*_\s]*:",
    re.IGNORECASE,
)


def example_lead(text: str) -> bool:
    """Whether a line is led by the word "example" (`*Beispiel:* 15:30–16:00 Mathe`)."""
    return _EXAMPLE_LEAD.match(fold(text)) is not None


def tip_heading(text: str) -> bool:
    """Whether a heading is over tips or principles (`## 💡 Tips`, `## Conseils pratiques`)."""
    return any(word in _TIP_HEADINGS for word in _LETTERS.findall(fold(text)))


def tip_lines(nodes: list[Node]) -> frozenset[int]:
    """The lines that are tips with a length: a tip's lead (`**Tip:** … 20 minutes`) anywhere,
    and examples of a length (`(e.g. 20 minutes)`) under a heading of tips."""
    found: set[int] = set()
    under_tips = False
    leads: dict[str, bool] = {}  # a plan's lines repeat ("- Add:"): each is asked once
    for node in nodes:
        if node.kind == "heading":
            under_tips = tip_heading(node.text)
            continue
        for line, text in _lines(node):
            if ":" in text and text not in leads:
                # as a block reads it: "**Note:** 3 min + 7 min = 10 min" and a clock span
                # stay; or led by the word "example"
                tip = not_a_block(text) == _TIP and stated_total(text) is None
                leads[text] = tip or example_lead(text)
            lead = ":" in text and leads[text]
            if lead or (under_tips and example_length(text)):
                found.add(line)
    return frozenset(found)


def tips_only(node: Node, tips: frozenset[int]) -> bool:
    """Whether a list or a paragraph has timed lines, every one of them a tip."""
    timed = [line for line, text in _lines(node) if find_duration(text) is not None]
    return bool(timed) and all(line in tips for line in timed)


def _lines(node: Node) -> list[tuple[int, str]]:
    if node.kind == "paragraph":
        return [(node.line, node.text)]
    if node.kind == "list":
        return _items(node.items)
    return []


def _items(items: list[Item]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for item in items:
        found.append((item.line, item.text))
        found += _items(item.children)
    return found
