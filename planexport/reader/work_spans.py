"""Work, commute and other commitments in a day of clock spans (`- 9:00 - 17:00: Work/Other
commitments`, `| 07:30–08:00 | Pendeln |`, `08:30 - 17:30 Oficina`): busy time, kept as notes
and as the day's busy spans."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.shift_words import SHIFTS, shift_kinds
from planexport.reader.title_markup import plain_title
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.model import BusySpan
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.sections import DayBody

__all__ = ["Busy", "busy_spans", "is_work", "work_as_notes"]

# Words that name the work, the way to it, or the day's other commitments on their own.
_WORK = frozenset((
    "work", "working", "job", "office", "commute", "commuting", "workday", "shift", "commitments",
    "school", "university", "uni", "college",
    "arbeit", "arbeiten", "arbeitszeit", "arbeitstag", "buro", "pendeln", "pendelzeit",
    "arbeitsweg", "heimweg", "heimfahrt", "schicht", "verpflichtungen", "schule", "universitat",
    "hochschule",
    "trabajo", "trabajar", "oficina", "laboral", "desplazamiento", "trayecto", "turno",
    "compromisos", "escuela", "colegio", "universidad", "facultad", "traslado",
    "travail", "travailler", "boulot", "bureau", "domicile-travail", "trajet", "engagements",
    "ecole", "universite", "fac",
    "lavoro", "lavorare", "ufficio", "lavorativa", "lavorativo", "casa-lavoro", "pendolarismo",
    "tragitto", "impegni", "scuola", "universita",
    "trabalho", "trabalhar", "escritorio", "expediente", "deslocamento", "casa-trabalho",
    "compromissos", "escola", "faculdade", "universidade",
    "werk", "werken", "kantoor", "werkdag", "woon-werkverkeer", "forensen", "reistijd",
    "verplichtingen", "universiteit", "hogeschool",
    # working from home, one word in each language: "Teletrabajo", "Télétravail", "Thuiswerken"
    "telework", "teleworking", "teletrabajo", "teletravail", "telelavoro", "teletrabalho",
    "thuiswerken",
)) | SHIFTS  # fmt: skip
# Words that only say which work, where, or how one gets there: "Day job", "At work", "Commute
# to work", "Fahrt zur Arbeit", "Jornada laboral", "Au bureau", "Op het werk", "Classes at
# university". Alone they are no work ("Travel", "Classes").
_WITH = frozenset((
    "at", "the", "to", "from", "in", "my", "other", "and", "or", "day", "time", "hours", "full",
    "part", "full-time", "part-time", "remote", "home", "travel", "drive", "bus", "train", "ride",
    "walk", "go", "classes", "class", "lectures", "lessons",
    "auf", "der", "die", "das", "dem", "im", "zur", "zum", "zu", "von", "nach", "bei", "und",
    "oder", "andere", "sonstige", "tag", "zeit", "fahrt", "weg", "unterricht",
    "vorlesungen", "homeoffice",
    "en", "el", "la", "al", "a", "de", "del", "y", "o", "otros", "otras", "mi", "jornada", "dia",
    "viaje", "ida", "vuelta", "regreso", "clases", "casa",
    "au", "le", "l", "du", "des", "et", "ou", "autres", "mon", "ma", "journee",
    "aller", "retour", "cours", "maison",
    "il", "lo", "di", "e", "altri", "altre", "mio", "giornata", "orario", "viaggio",
    "andata", "ritorno", "lezioni",
    "no", "na", "ao", "do", "da", "em", "outros", "outras", "meu", "volta", "trajeto",
    "aulas",
    "op", "het", "naar", "van", "mijn", "reizen", "reis", "terug", "lessen",
    "colleges", "thuis",
    # where the work is done, in person or not: "Trabalho presencial", "Trabajo remoto", "Arbeit
    # vor Ort", "Travail en présentiel", "Lavoro in presenza", "Werk op locatie", "On-site work"
    "onsite", "on-site", "in-person", "hybrid", "presencial", "remoto", "remota", "hibrido",
    "hibrida", "vor", "ort", "prasenz", "presentiel", "distanciel", "sur", "site", "presenza",
    "smart", "locatie",
))  # fmt: skip
# The way home on its own is a commute: a word of going ("Drive home", "Fahrt nach Hause",
# "Volver a casa", "Retour à la maison", "Rientro a casa", "Voltar para casa", "Naar huis")
# with a word of home, and nothing else but the little words between them.
_GOING = frozenset((
    "go", "going", "drive", "ride", "walk", "travel", "head", "back", "way", "trip", "journey",
    "commute", "fahrt", "weg", "heimweg", "zuruck", "volver", "regreso", "vuelta", "camino",
    "viaje", "ir", "retour", "rentrer", "trajet", "chemin", "rientro", "ritorno", "tornare",
    "tragitto", "viaggio", "voltar", "volta", "regresso", "caminho", "viagem", "trajeto",
    "naar", "terug", "reis", "rit",
))  # fmt: skip
_HOME = frozenset(("home", "hause", "heim", "casa", "maison", "huis", "thuis"))
_HOMEWARD = frozenset(("to", "the", "my", "nach", "a", "la", "de", "al", "para", "pra", "e"))
# Words that read as study when the first comes before the second, though each is in the lists
# above: "Office hours" (a course's), "School work", "Home work", "Trabajo de casa" (homework).
_STUDY_PAIRS = (
    ("office", "hours"), ("school", "work"), ("home", "work"), ("class", "work"),
    ("college", "work"), ("uni", "work"), ("university", "work"), ("trabajo", "casa"),
    ("trabalho", "casa"), ("travail", "maison"), ("lavoro", "casa"),
)  # fmt: skip
# Words of a remark in brackets that says what the span holds beside the work: "Work (includes
# lunch break)", "Arbeit (inkl. Mittagspause)", "Trabajo (con descanso para comer)", "Travail
# (pause déjeuner comprise)", "Lavoro (pausa pranzo inclusa)", "Trabalho (com almoço)".
_REMARK = frozenset((
    "includes", "including", "included", "incl", "with", "lunch", "break", "breaks", "meal",
    "inkl", "inklusive", "einschliesslich", "mit", "mittagspause", "mittag", "mittagessen",
    "pause", "pausen",
    "incluye", "incluido", "incluida", "con", "almuerzo", "comida", "comer", "descanso",
    "para", "pausa",
    "inclus", "incluse", "comprise", "compris", "avec", "dejeuner", "repas", "pauses",
    "inclusa", "incluso", "compresa", "compreso", "pranzo", "pasto",
    "inclui", "incluindo", "com", "almoco", "intervalo",
    "inclusief", "met", "lunchpauze", "pauze", "pauzes",
))  # fmt: skip
_WORDS = lazy(r"[a-z]+(?:-[a-z]+)*")
_BRACKETS = lazy(r"\(([^)]*)\)|\[([^\]]*)\]")


@functools.lru_cache(maxsize=2048)
def is_work(title: str) -> bool:
    """Whether a title is only a work, commute or commitment phrase (`Work`, `Work/Other
    commitments`, `Commute to work`, `Arbeitszeit`, `Jornada laboral`, `Au bureau`, `Op het
    werk`) or a shift (`Night shift`, `Nachtschicht`, `Turno de noche`, `Poste de nuit`), with
    a remark in brackets on what it includes (`Work (includes lunch break)`) or, for a shift,
    where it is worked (`Night shift (ICU)`, `Nachtschicht (Intensiv)`); a title that does
    something there (`Work on project`, `Deep work`, `Homework`, `Trabajo práctico`) or gives a
    subject in brackets (`Work (algebra)`) is study."""
    text = fold(title)
    # "Night shift", "Turno de noche", "Poste de nuit": when the shift runs is no subject.
    kinds = shift_kinds(_WORDS.findall(text))
    words = _WORDS.findall(_BRACKETS.sub(" ", text))
    # "Night shift (ICU)", "Nachtdienst (Station 4)", "Guardia (urgencias)": a shift's
    # brackets say where it is worked, never a subject.
    shift = bool(kinds) or any(word in SHIFTS for word in words)
    if not shift and _subject_in_brackets(text, kinds):
        return False  # "Work (calculus)": the subject of a session
    if _homeward(words):
        return True
    if not words or len(words) > 6:
        return False
    if not kinds and not any(word in _WORK for word in words):
        return False
    if any(word not in _WORK and word not in _WITH and word not in kinds for word in words):
        return False
    return not any(
        first in words and second in words[words.index(first) + 1 :]
        for first, second in _STUDY_PAIRS
    )


def _subject_in_brackets(text: str, kinds: frozenset[str]) -> bool:
    """Whether brackets in a folded title hold more than a remark on what the work includes
    (`work (calculus)`, not `work (includes lunch break)`)."""
    known = _WITH | _WORK | _REMARK | kinds
    for match in _BRACKETS.finditer(text):
        inside = _WORDS.findall(match.group(1) or match.group(2) or "")
        if any(word not in known and len(word) > 1 for word in inside):
            return True
    return False


def _homeward(words: list[str]) -> bool:
    """Whether words are only the way home (`drive home`, `voltar para casa`, `naar huis`)."""
    return (
        0 < len(words) <= 5
        and any(word in _GOING for word in words)
        and any(word in _HOME for word in words)
        and all(word in _GOING or word in _HOME or word in _HOMEWARD for word in words)
    )


class Busy:
    """The work spans a plan's days hold beside study: said once, by the first line."""

    def __init__(self) -> None:
        self.found: dict[int, str] = {}  # line -> title, a template read on several days once

    def warn(self, ctx: Ctx) -> None:
        """One warning for the whole plan, naming the first work line and counting the rest."""
        if not self.found:
            return
        first = min(self.found)
        more = len(self.found) - 1
        counted = f" (and {more} more)" if more else ""
        ctx.warn(first, f'read "{self.found[first]}"{counted} as busy time, not study')


def work_as_notes(body: DayBody, busy: Busy) -> None:
    """A day's clock spans of work as notes when the same plan of the day has other timed
    blocks: the day's study is around them. A day of work spans alone (a roster) keeps them."""
    kept: list[tuple[float, list[RawBlock]]] = []
    taken: dict[int, RawBlock] = {}
    for hours, blocks in body.variants:
        rest = [raw for raw in blocks if not _work_span(raw)]
        if len(rest) == len(blocks) or not any(raw.at is not None for raw in rest):
            kept.append((hours, blocks))
            continue
        written = round(sum(raw.hi for raw in blocks) / 60, 2)
        # A length the day states ("Day 1 (3h)") stays; one summed from the spans drops the work.
        kept.append(
            (round(sum(raw.hi for raw in rest) / 60, 2) if hours == written else hours, rest)
        )
        taken.update({raw.line: raw for raw in blocks if _work_span(raw)})
    if not taken or len({hours for hours, _ in kept}) < len(kept) or min(h for h, _ in kept) <= 0:
        return  # two plans of the day would have the same length: the model keeps them apart
    body.variants = kept
    last = -1
    for line in sorted(taken):
        busy.found.setdefault(line, plain_title(taken[line].title))
        last = _insert_note(body, taken[line], after=last)
        span = ((taken[line].at or 0) % (24 * 60), taken[line].hi, taken[line].title)
        if span not in body.busy:
            body.busy.append(span)


def busy_spans(body: DayBody, links: frozenset[str]) -> tuple[BusySpan, ...]:
    """The day's work spans as the model's busy time (`links`: the labels the plan defines)."""
    if not body.busy:
        return ()
    from planexport.model import made_busy

    return tuple(
        made_busy(at=_hhmm(start), minutes=minutes, title=plain_title(title, links) or title)
        for start, minutes, title in body.busy
        if 0 < minutes <= 24 * 60  # a day's time: a longer span is no one day's work
    )


def _work_span(raw: RawBlock) -> bool:
    """Whether a block is a clock span of work with nothing more under it (no items, no note)."""
    return (
        raw.at is not None and not raw.items and not raw.note and (raw.work or is_work(raw.title))
    )


def _insert_note(body: DayBody, raw: RawBlock, *, after: int) -> int:
    """The span as a note where its line stands among the day's notes (after the note put
    before it): the list item as written (`9:00 - 17:00: Work`), else its clock span and title
    (`08:00–16:30 Arbeit`, a table's row). Returns where the note stands."""
    item = next((item for item in body.items if item.line == raw.line), None)
    if item is not None:
        text = item.text
    else:
        start = raw.at or 0
        end = (start + raw.hi) % (24 * 60)
        text = f"{_hhmm(start)}–{_hhmm(end)} {raw.title}"
    if text in body.notes:
        return after
    before = {i.text for i in body.items if i.line < raw.line}
    at = max(sum(1 for note in body.notes if note in before), after + 1)
    body.notes.insert(at, text)
    return at


def _hhmm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
