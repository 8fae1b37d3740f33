"""Lengths that are no block: a tip's `50 minutes`, an exercise's `100 m in 10 s`, a share."""

from __future__ import annotations

import re

from planexport.reader.durations import Found, find_duration, without_urls
from planexport.reader.elapsed_hours import elapsed_hours
from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line
from planexport.reader.meal_tips import meal_tip
from planexport.reader.pace_lengths import is_pace
from planexport.reader.problem_words import asks_for_result
from planexport.reader.prose_sentences import is_sentence
from planexport.reader.signed_lengths import signed_change
from planexport.reader.words import HOUR_WORDS, MINUTE_WORDS, fold

__all__ = ["in_sentence", "is_advice", "is_recap_heading", "not_a_block"]

# Labels of advice and remarks, folded: what follows them is said about the plan, not scheduled.
_ADVICE = frozenset(
    (
        "tip", "tips", "hint", "hints", "note", "notes", "nb", "n.b", "remark", "reminder",
        "advice", "suggestion", "warning", "caution", "important", "why this matters",
        "why it matters",
        "dica", "dicas", "nota", "notas", "observacao", "observacoes", "obs", "lembrete",
        "sugestao", "atencao", "importante",
        "consejo", "consejos", "sugerencia", "recomendacion", "aviso", "truco",
        "astuce", "astuces", "conseil", "conseils", "remarque", "rappel", "attention",
        "hinweis", "hinweise", "tipp", "tipps", "anmerkung", "bemerkung", "achtung", "merke",
        "wichtig",
        "consiglio", "consigli", "suggerimento", "attenzione", "promemoria",
        "opmerking", "let op", "noot", "advies", "herinnering", "belangrijk",
        # A goal says what the plan is for ("**Obiettivo**: … entri nei 90 minuti").
        "goal", "goals", "objective", "objectives", "aim", "obiettivo", "obiettivi",
        "objetivo", "objetivos", "objectif", "objectifs", "ziel", "ziele", "doel", "doelen",
    )
)  # fmt: skip
# "**Dica**: …", "> 💡 Tip: …", "- **Note:** …": a short label, then a colon.
# The marks before the label are bounded: unbounded, a line of a thousand `*` takes seconds.
_LABEL = lazy(
    r"^[^\w]{0,12}?[*_]{0,6}(?P<label>[^\W\d][\w .'-]{0,30}?)[*_\s]*:(?P<rest>.*)$", re.DOTALL
)
# Words of a heading over the totals of the day (`## 📊 Sessie totaal overzicht`).
_RECAP_WORDS = frozenset(
    ("total", "totals", "totaal", "totale", "overview", "overzicht", "panoramica")
)  # a "## Recap" that names blocks is read by the recaps: their restating is said there
# A quantity in another unit: metres, seconds, kilograms, speeds (`10 m/s`, `25 s`, `2 kg`).
_QUANTITY = lazy(
    r"\d\s*(?:km/h|m/s[²2]?|km|cm|mm|kg|mg|g|m|s|sec|ms|mph|kph|n|j|kj|w|kw|kwh|v|hz|mol|l|ml"
    r"|pa|°c?|m[²³])(?![\w/])",
    re.IGNORECASE,
)
_SHARE_BEFORE = lazy(r"\d\s*%\s*[(\[]?\s*$")  # "75% (90 minuten)"
_SHARE_AFTER = lazy(r"^\s*[(\[]?\s*\d+(?:[.,]\d+)?\s*%")  # "20 min (67%)"


# "**Q: Can I learn the kana by spending 30 minutes a day?**", "¿Basta con 20 minutos al día?":
# a line that ends in a question mark asks about the length inside it, it plans none.
_QUESTION = lazy(r"\?[\s*_)\]\"'\u201d\u00bb]*$")
# "Da 11 min → 7 min", "from 10 min -> 7 min": a length cut down, not an activity.
_CHANGE = lazy(
    rf"\d\s*(?:{MINUTE_WORDS}|{HOUR_WORDS}|')?\s*(?:→|->|=>|⇒|➜)\s*~?\d+(?:[.,]\d+)?\s*"
    rf"(?:{MINUTE_WORDS}|{HOUR_WORDS}|')(?!\w)",
    re.IGNORECASE,
)
# What time a change saves ("**Risparmio: 4 minuti**", "Begrüßung kürzen (spart 5')"), folded.
_SAVING_WORDS = ("risparmio", "risparmi", "risparmia", "saving", "savings", "saves",
                 "spart", "ersparnis", "einsparung", "ahorro", "ahorra", "ahorras", "economie",
                 "economise", "economia", "economiza", "poupanca", "poupa", "besparing",
                 "bespaart", "scheelt", "gain", "gagne")  # fmt: skip


def _saving(text: str) -> bool:
    found = find_duration(text)
    if found is None:
        return False
    before = re.findall(r"[a-z]+", fold(text[: found.start]))
    # The word just before the length ("spart 5'", "Risparmio: 4 minuti", "saves 10 min").
    return bool(before) and before[-1] in _SAVING_WORDS


def _label(text: str) -> tuple[str, str] | None:
    """The label before a line's colon and what follows it (`Dica`, `Use um caderno…`)."""
    match = _LABEL.match(text)
    if match is None:
        return None
    label = fold(" ".join(match.group("label").replace("*", " ").split()))
    return label, match.group("rest")


def is_advice(text: str) -> bool:
    """Whether a line is a tip or a remark (`**Dica**: …`, `Note: …`, `**Pro tip:** …`)."""
    found = _label(text)
    if found is None:
        return False
    words = found[0].split()
    return bool(words) and len(words) <= 3 and (found[0] in _ADVICE or words[-1] in _ADVICE)


def is_problem(text: str, found: Found) -> bool:
    """Whether a length is a quantity in an exercise (`percorre 200 m em 25 s`, `a = 3 m/s²`)."""
    after = text[found.end : found.end + 1]
    if after and after in "/²³^" and re.fullmatch(r"\d+(?:[.,]\d+)?\s*m", found.text, re.I):
        return True  # "3 m/s²" is an acceleration
    others = text[: found.start] + " " + text[found.end :]
    return _QUANTITY.search(others) is not None and asks_for_result(text)


def is_share(text: str, found: Found) -> bool:
    """Whether a length comes with its share of a whole (`75% (90 minuten)`, `20 min (67%)`)."""
    return bool(_SHARE_BEFORE.search(text[: found.start]) or _SHARE_AFTER.match(text[found.end :]))


@per_line  # a line of a long plan is asked about each time it is written
def not_a_block(text: str) -> str | None:
    """Why a line with a length is not a block (a tip, an exercise, a share), or None."""
    from planexport.reader.limit_lengths import limit_length
    from planexport.reader.opening_hours import opening_hours
    from planexport.reader.problem_names import named_problem

    text = without_urls(text)  # "…/watch?t=45m": no question, no quantity
    if opening_hours(text):
        return "a place's opening hours"  # "the office (open daily 9am-5pm)"
    found = find_duration(text)
    if found is None or found.at is not None:
        return None
    if is_advice(text):
        return "a tip or a remark"
    if _QUESTION.search(text) and re.search(r"[^\W\d_]", text[: found.start]):
        return "a question"  # "- [10 min] Debate: ¿quién ganó?" is led by its length: a block
    if is_problem(text, found):
        return "an exercise's quantity"
    if named_problem(text, found):
        return "a problem's number and name"  # "155 Min Stack"
    if limit_length(text, found):
        return "a limit or a fact"  # "Lambda timeout 15 min", "Cluster start = 3–8 minutes"
    if is_pace(text, found.end, found.start):
        return "a pace per question"  # "Average 1 minute per question"
    if meal_tip(text):
        return "a tip on when to eat or drink"
    if is_share(text, found):
        return "a share of the time"
    if _CHANGE.search(text) or signed_change(text):
        return "a change of length"  # "40 → 35 min", "**Net**: -5 min"
    if _saving(text):
        return "a saving of time"
    if is_sentence(text, found):
        return "a sentence of prose"
    if (hours := elapsed_hours(text)) is not None:
        return (
            f"a moment {hours} in, not a time of day"  # "Auto-cierre a las 2 h: si pasan 2 horas"
        )
    return None


@per_line
def in_sentence(text: str) -> bool:
    """Whether a labelled line says its length inside a sentence (`**Reforço**: Dedique 1 hora
    a tópicos com dificuldade`), not as the label's length (`**Reading**: 45 min`)."""
    labelled = _label(text)
    found = find_duration(text)
    if labelled is None or found is None or found.at is not None:
        return False
    rest = labelled[1]
    start = found.start - (len(text) - len(rest))
    if start < 0:
        return False  # the length is in the label: "**Reading (45 min)**: chapter 3"
    before = re.sub(r"\([^)]*\)", " ", rest[:start])
    after = re.sub(r"\([^)]*\)?|\[[^\]]*\]?", " ", rest[start + len(found.text) :])
    if re.search(r"[(\[]\s*$", rest[:start]):
        return False  # "Practice (60 min)": a bracketed length
    return len(re.findall(r"\w+", before)) >= 1 and len(re.findall(r"\w+", after)) >= 2


def is_recap_heading(text: str) -> bool:
    """Whether a heading with no length names a recap of what is above (`## Totaal overzicht`)."""
    if find_duration(text) is not None:
        return False
    words = re.findall(r"\w+", fold(text))
    # "Gesamtübersicht": German writes the recap in one word
    return any(
        w in _RECAP_WORDS or w.startswith("gesamt") or w.endswith("ubersicht") for w in words
    )
