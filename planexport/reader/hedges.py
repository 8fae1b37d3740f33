"""A hedge that ends the words before a length (`about 45 min`, `e.g. 30 min`, `ca. 45 Min.`,
`~1 h`), or a cap (`up to 30 min`, `max 20 min`, `at least 45 min`, `<15 min`): it belongs to
the length, so the title before it is read without it (`Reading ca. 45 Min.` is titled
`Reading`, `Drill (max 20 min)` is titled `Drill`, 20 minutes; `Estudo leve (máximo 2h)` is
titled `Estudo leve`).
"""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["without_hedge"]

# Words that hedge the length after them: "about 45 min", "e.g. 30 min", "ca. 45 Min.", "~1 h".
_HEDGE = lazy(
    r"(?:(?<!\w)(?:about|around|appr(?:ox(?:imately)?)?|roughly|circa|ca|etwa|ungef[aä]hr|rund"
    r"|environ|env|aprox(?:imadamente)?|unos|unas|cerca de|circa|ongeveer|zo'n|por volta de"
    r"|e\.\s?g|z\.\s?b|p\.\s?ej|p\.\s?ex|bijv|for example|zum beispiel|por ejemplo"
    r"|par exemple|ad esempio|bijvoorbeeld"
    # caps: "up to 30 min", "max. 20 Min.", "at least 45 min", "höchstens", "como máximo"
    r"|up\s+to|max(?:imum)?|at\s+most|at\s+least|no\s+more\s+than|bis\s+zu|h[öo]chstens"
    r"|maximal|mindestens|hasta|como\s+m[áa]ximo|al\s+menos|jusqu'[àa]|au\s+plus|au\s+moins"
    r"|fino\s+a|al\s+massimo|almeno|no\s+m[áa]ximo|pelo\s+menos|maximaal|minstens"
    # "(máximo 2h)", "(mínimo 1 hora)", "(massimo 2 ore)": the cap alone, in es, pt, it
    r"|m[áa]ximo|m[íi]nimo|massimo|minimo)\.?,?"
    r"|[~≈±]|<=?|≤)\s*$",
    re.IGNORECASE,
)
# What the last character before the spaces may be where a hedge ends: a letter of its word,
# its dot or comma, or one of the signs.
_ENDS = ".,~\u2248\u00b1<=\u2264"


def without_hedge(text: str) -> str:
    """`text`, the words before a length, without the hedge that ends them.

    Most titles end in a dash, a bracket or a colon before their length, where no hedge can
    end: those are given back at once, without the pattern trying each place in them.
    """
    last = text.rstrip()[-1:]
    if not last or not (last.isalpha() or last in _ENDS):
        return text
    return _HEDGE.sub("", text)
