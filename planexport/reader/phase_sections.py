"""The phases of one lesson written as sibling sections of timed steps: one day, not a day and
then lines in no day.

A lesson plan with no day headings often gives each phase a section of its own,

    # Lesson Plan - Fractions
    ### Warm-up
    - Show a pizza and ask who wants a slice (5 minutes)
    ### Activities
    1. Cut paper strips into halves and quarters (15 minutes)
    2. Build a fraction wall together (10 minutes)
    ### Closure
    - Where do fractions show up at home?

and a teacher reads the three phases as one lesson: the day that starts at the first timed
section runs on over the sibling sections after it that hold nothing but steps with a length
(`Activities`), up to the first that does not (`Closure`). Before, the day ended at the first
section and the later steps were "in no day".

Only for a lesson: a section heading names a phase of one (`Warm-up`, `Activities`, `Einstieg`,
`Desarrollo`, `Déroulement`…) or a heading above the sections says it is a lesson or session
(`Lesson Plan`, `Unterrichtsentwurf`, `Plan de clase`, `Séance`…). Sibling sections of lengths in
another plan (`## Push` / `## Pull` workouts) stay as they were, as do sections named as days.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["phase_sections"]

# Words of a lesson's phases, in the languages the reader knows.
_PHASE = lazy(
    r"(?i)\b(?:warm[\s-]?ups?|starters?|introduction|intro|hook|lead[\s-]?in|activit(?:y|ies)"
    r"|procedures?|main\s+activit|practice|guided\s+practice|independent\s+practice|plenary"
    r"|closure|closing|wrap[\s-]?up|cool[\s-]?down|exit\s+ticket|einstieg|erarbeitung"
    r"|sicherung|vertiefung|abschluss|inicio|desarrollo|cierre|actividad(?:es)?|apertura"
    r"|abertura|desenvolvimento|fechamento|atividades?|accueil|d[ée]roul[ée]|activit[ée]s?"
    r"|synth[èe]se|riscaldamento|attivit[àa]|chiusura|opwarming|afsluiting)\b"
)
# Words of a heading that says the file is a lesson or a session of teaching.
_LESSON = lazy(
    r"(?i)\b(?:lesson|lessons|unterricht\w*|stunde|plan\s+de\s+clase|clase|sesi[óo]n"
    r"|plano\s+de\s+aula|aula|s[ée]ance|le[çc]on|lezione|workshop|session)\b"
)


def phase_sections(nodes: list[Node], head: int, end: int) -> int:
    """Where the one day that starts at heading `head` (its section ending at `end`) ends: after
    the sibling sections in a row that hold only steps with a length, when they are a lesson's
    phases; else `end`."""
    level = nodes[head].level
    if not _steps(nodes[head + 1 : end]):
        return end
    lesson = _lesson(nodes, head)
    phases = [nodes[head].text]
    last = end
    while end < len(nodes) and nodes[end].kind == "heading" and nodes[end].level == level:
        from planexport.reader.blocks import is_aside
        from planexport.reader.day_headings import day_match
        from planexport.reader.day_word_headings import says_day
        from planexport.reader.outline import unwrap

        title = unwrap(nodes[end].text)
        if day_match(title) is not None or says_day(title) or is_aside(title):
            break
        after = next(
            (
                j
                for j in range(end + 1, len(nodes))
                if nodes[j].kind == "heading" and nodes[j].level <= level
            ),
            len(nodes),
        )
        if not _steps(nodes[end + 1 : after]):
            break
        phases.append(title)
        end = after
    if end == last or not (lesson or any(_PHASE.search(text) for text in phases)):
        return last
    return end


def _lesson(nodes: list[Node], head: int) -> bool:
    """Whether a heading above `head` says the file is a lesson (`# Lesson Plan: …`)."""
    level = nodes[head].level
    return any(
        node.kind == "heading" and node.level < level and _LESSON.search(node.text)
        for node in nodes[:head]
    )


def _steps(body: list[Node]) -> bool:
    """Whether `body` holds steps and every one has a length but no clock time; paragraphs of
    text may stand beside them."""
    from planexport.reader.durations import find_duration

    items = [item for node in body if node.kind == "list" for item in node.items]
    if not items or any(node.kind not in ("list", "paragraph") for node in body):
        return False
    for item in items:
        found = find_duration(item.text)
        if found is None or found.at is not None:
            return False
    return True
