"""Which column of a table holds what: span, length, start and end, title, note, label, day."""

from __future__ import annotations

import re
from collections.abc import Callable

from planexport.reader.blocks import is_break
from planexport.reader.count_titles import count_title
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.note_spans import spans_beside_starts
from planexport.reader.numbered_titles import worded_title
from planexport.reader.outline import Node, unwrap
from planexport.reader.sparse_titles import sparse_title
from planexport.reader.title_columns import named_title
from planexport.reader.training_tables import done_log
from planexport.reader.words import (
    DAY_COLUMN_WORDS,
    HOUR_WORDS,
    MINUTE_WORDS,
    NOTE_COLUMN_WORDS,
    SKIP_COLUMN_WORDS,
    TITLE_COLUMN_WORDS,
    fold,
)
from planexport.reader.workout_columns import workout_title

__all__ = [
    "BARE",
    "advice_table",
    "cell_at",
    "column_roles",
    "date_column",
    "has_word",
    "header_names",
    "header_unit",
    "length_header",
]

_LABEL_COLUMNS = ("block", "bloque", "bloc", "blocco", "bloco", "blok", "session", "slot", "step",
                  "part")  # fmt: skip
# A column of the parts of a session: "| Part | Length |", "| Teil | Dauer |".
_PART_HEADS = ("part", "teil", "teile", "parte", "parti", "partie", "deel", "delen")
# "Part 2", "Teil 3:", "2.", "IV": a cell that numbers its part rather than naming it.
_NUMBERED_PART = lazy(r"^\W*(?:[a-z]+\s+)?(?:\d+|[ivx]+)\W*$")
# A column of the order of a routine's steps: "| Order | Action |" over "| 1 | Stretch |".
_STEP_HEADS = frozenset(("order", "orden", "ordre", "reihenfolge", "volgorde", "ordem", "ordine",
                         "step", "schritt", "paso", "etape", "passo", "stap"))  # fmt: skip
# A column of sessions ("Morning", "Afternoon") named in each language.
_SESSION_HEADS = ("session", "sesion", "sessione", "sitzung", "sessao", "sessie", "seance")
_STARTS = ("start", "begin", "from", "von", "desde", "inicio", "debut", "inizio", "beginn", "van",
           "starts", "ab")  # fmt: skip
_ENDS = ("end", "until", "to", "bis", "hasta", "fin", "fine", "fim", "tot", "ende", "ends")
_HOUR_WORD = lazy(HOUR_WORDS, re.IGNORECASE)
_MINUTE_WORD = lazy(MINUTE_WORDS, re.IGNORECASE)
_UNIT_IN_HEADER = lazy(
    rf"[(\[]\s*(?:(?P<h>{HOUR_WORDS})|(?P<m>{MINUTE_WORDS}))\.?\s*[)\]]|\bin\s+(?:(?P<h2>{HOUR_WORDS})"
    rf"|(?P<m2>{MINUTE_WORDS}))\b",
    re.IGNORECASE,
)
# "| 4 |", "| 0,5-1 |" under "Dauer (Stunden)": a length whose unit is in the header.
BARE = lazy(r"^\s*\d+(?:[.,]\d+)?(?:\s*[-\u2013~]\s*\d+(?:[.,]\d+)?)?\s*$")
_DATE_COLUMNS = ("date", "datum", "fecha", "data", "when", "wann", "cuando", "quand", "quando",
                 "wanneer", "termin")  # fmt: skip
# "Prüfungstermin", "Klausurdatum": a German compound naming the day; a deadline's is not one.
_DATE_COMPOUND = lazy(r"[a-z]{3,}(?:datum|termin)")
_DEADLINE_PARTS = ("abgabe", "einsende", "einreich", "anmelde", "melde", "frist", "end", "schluss")


def dates_named(header: str) -> bool:
    """Whether a column's header names the rows' dates (`Datum`, `Termin`, `Prüfungstermin`)."""
    if has_word(header, _DATE_COLUMNS):
        return True
    return any(
        _DATE_COMPOUND.fullmatch(word) and not word.startswith(_DEADLINE_PARTS)
        for word in re.findall(r"[a-z]+", header)
    )


def _named_what(name: str, col: int, taken: set[int | None]) -> bool:
    """Whether a column is named by what its rows are about (`Focus`, `Topic`), not a session."""
    return (
        col not in taken
        and has_word(name, TITLE_COLUMN_WORDS)
        and not has_word(name, _SESSION_HEADS)
    )


def _parts_named(header: str, cells: list[str], heads: frozenset[str] | None = None) -> bool:
    """Whether a `Part` column (or a column of `heads`) names each part (`| Opening |`,
    `| Einstieg |`), rather than numbering them (`| 1 |`, `| Part 2 |`): then it is the column
    of titles."""
    if heads is not None and not has_word(header, tuple(heads)):
        return False
    if heads is None and not has_word(header, _PART_HEADS):
        return False
    if not any(cell.strip() for cell in cells):
        return False
    return all(
        re.search(r"[^\W\d_]", cell) and not _NUMBERED_PART.match(fold(unwrap(cell).strip()))
        for cell in cells
        if cell.strip()
    )


def _session_beside(header: list[str], title_col: int | None, taken: set[int | None]) -> int | None:
    """The title column when it names sessions and another column names what each is about
    (`| Session | Time | Focus |`, `| Sesión | Hora | Tema |`); None otherwise."""
    if title_col is None or not has_word(header[title_col], _SESSION_HEADS):
        return None
    if not any(_named_what(name, c, taken | {title_col}) for c, name in enumerate(header)):
        return None
    return title_col


# "Fach-Nr.", "Subject no.", "Course code", "Kurs-ID": a column of numbers naming no row.
_NUMBERING = ("nr", "no", "nro", "num", "number", "nummer", "numero", "code", "codigo", "id")


def _numbering(header: str) -> bool:
    """Whether a header names a column of numbers or codes (`Fach-Nr.`, `Course code`)."""
    return any(word in _NUMBERING for word in re.findall(r"[a-z]+", header))


def header_names(node: Node) -> list[str]:
    return [fold(unwrap(cell)) for cell in node.rows[0]] if node.rows else []


def has_word(header: str, words: tuple[str, ...]) -> bool:
    found = re.findall(r"[a-z]+", header)
    return any(w == word or w in (word + "s", word + "es") for w in found for word in words)


def header_unit(header: str) -> str | None:
    words = re.sub(r"[^\w\s]", " ", header).split()
    if len(words) == 1 and _HOUR_WORD.fullmatch(words[0]):
        return "h"  # "| Hours |", "| Stunden |"
    if len(words) == 1 and _MINUTE_WORD.fullmatch(words[0]):
        return "min"
    match = _UNIT_IN_HEADER.search(header)
    if match is None:
        return None
    return "h" if match.group("h") or match.group("h2") else "min"


def column_roles(node: Node) -> dict[str, int | None]:
    """Which column holds what: span, duration, title, note, label, day."""
    header = header_names(node)
    body = node.rows[1:]
    width = len(header)

    def count(col: int, test: Callable[[str], bool]) -> int:
        return sum(1 for row in body if col < len(row) and test(row[col]))

    def span(cell: str) -> bool:
        found = find_duration(cell)
        return found is not None and found.at is not None

    def length(cell: str) -> bool:
        found = find_duration(cell)
        # "| 10am - 10:15am | 15 min break |": a break's length says nothing of the column.
        # "| Done: Pull A (42m). |": what a log says was done is no length of the plan.
        return found is not None and found.at is None and not is_break(cell) and not done_log(cell)

    spans = [count(c, span) for c in range(width)]
    lengths = [count(c, length) for c in range(width)]
    filled = [count(c, lambda cell: bool(cell.strip(" -—–"))) for c in range(width)]
    starts = [count(c, lambda cell: find_point_time(cell) is not None and len(cell) <= 12)
              for c in range(width)]  # fmt: skip
    spans = spans_beside_starts(spans, starts, len(body))  # "| 10:00 | … | open 10:00–12:30 |"
    if any(spans) or any(n >= 2 and 2 * n >= len(body) for n in starts):
        # "| 13:00 | Tokens (20 min teaser) |": with times elsewhere, a column of text with a
        # length here and there is no duration column.
        lengths = [n if 2 * n >= filled[c] else 0 for c, n in enumerate(lengths)]
        # "| 5:30-7:30 | Study (2 hrs) |" under "Activity": a title that says its length.
        lengths = [0 if _titled(header[c]) else n for c, n in enumerate(lengths)]
    # "| Durata | Cumul. |": the running total is no length of the row.
    lengths = [0 if _cumulative(header[c]) else n for c, n in enumerate(lengths)]
    for col in range(width):
        if header_unit(header[col]) and count(col, lambda cell: bool(BARE.match(cell))):
            lengths[col] = max(lengths[col], count(col, lambda cell: bool(BARE.match(cell))))
    points = starts  # "| Start | End | Activity |": a span written in two columns.
    start_col = next((c for c in range(width) if points[c] and has_word(header[c], _STARTS)), None)
    end_col = next((c for c in range(width) if points[c] and has_word(header[c], _ENDS)), None)
    most_spans, most_lengths = max(spans, default=0), max(lengths, default=0)
    span_col = spans.index(most_spans) if most_spans else None
    # "| Tema | Duración (min) |" over one "| Exam (130 min), review (120 min) | 240 |": as many
    # lengths in the topic as in the column headed as lengths, the header decides.
    tied = [c for c in range(width) if most_lengths and lengths[c] == most_lengths]
    dur_col = next((c for c in tied if length_header(header[c])), tied[0] if tied else None)
    if span_col is not None and dur_col == span_col:
        dur_col = None
    taken = {span_col, dur_col}
    at_col = None
    if start_col is not None and end_col is not None and span_col is None:
        taken |= {start_col, end_col}
    else:
        start_col = end_col = None
        if span_col is None and dur_col is not None:
            # "| Zeit | Dauer |" over "| 13:00 | 15' |": each row starts at its time; a table of
            # one row too ("| 09:00 | Revisão geral | 1h |").
            at_col = next(
                (
                    c
                    for c in range(width)
                    if c != dur_col
                    and starts[c] >= min(2, len(body))
                    and 2 * starts[c] >= filled[c]
                ),
                None,
            )
            taken.add(at_col)

    def named(words: tuple[str, ...]) -> int | None:
        return next(
            (c for c, name in enumerate(header) if c not in taken and has_word(name, words)),
            None,
        )

    day_col = next(
        (c for c, name in enumerate(header) if c not in taken and has_word(name, DAY_COLUMN_WORDS)),
        None,
    )
    taken.add(day_col)
    # "| Fach-Nr. | Bezeichnung |": the subject's number is no title, its name is.
    title_col = next(
        (
            c
            for c, name in enumerate(header)
            if c not in taken and has_word(name, TITLE_COLUMN_WORDS) and not _numbering(name)
        ),
        None,
    )
    session_col = _session_beside(header, title_col, taken)
    if session_col is not None:
        # "| Session | Time | Focus |": the session is when in the day, the focus what.
        title_col = next(c for c, name in enumerate(header) if _named_what(name, c, taken))
        taken.add(session_col)
    taken.add(title_col)
    note_col = named(NOTE_COLUMN_WORDS)
    label_col = session_col if session_col is not None else named(_LABEL_COLUMNS)
    if label_col is None and title_col is not None:
        label_col = named(_SESSION_HEADS)  # "| Sesión | Hora | Tema |": "Mañana", "Tarde"
    skip = {c for c, name in enumerate(header) if has_word(name, SKIP_COLUMN_WORDS)}
    skip |= {
        c for c in range(width) if c not in taken and _marks([r[c] for r in body if c < len(r)])
    }
    places = {c for c, name in enumerate(header) if c not in taken and has_word(name, _PLACES)}
    if title_col is None:
        numbers = {
            c for c in range(width) if _row_numbers(header[c], [r[c] for r in body if c < len(r)])
        }
        free = [
            c
            for c in range(width)
            if c not in taken
            and c != label_col
            and c not in skip
            and c != note_col
            and c not in numbers
        ]
        steps = [r[label_col] for r in body if label_col is not None and label_col < len(r)]
        if label_col is not None and _parts_named(header[label_col], steps, _STEP_HEADS):
            # "| Step | Time |" over "| Scales | 10 min |": the steps name the blocks.
            title_col, label_col = label_col, None
            if note_col is None:
                note_col = next((c for c in free if c not in places and c != title_col), None)
        # "| Heures | Description | Lieu |": the place is where, the description what.
        if title_col is None:
            title_col = next((c for c in free if c not in places), None)
        if title_col is None and note_col is not None and places and note_col not in places:
            title_col, note_col = note_col, None
        title_col = free[0] if title_col is None and free else title_col
        if title_col is None and note_col is not None and label_col is None and dur_col is None:
            title_col, note_col = note_col, None  # "| Time | Description |": its only words
        if title_col is None and label_col is not None:
            cells = [r[label_col] for r in body if label_col < len(r)]
            if _parts_named(header[label_col], cells):
                title_col, label_col = label_col, None  # "| Part | Length |" over "| Opening |"
        if title_col is not None and title_col == note_col:
            note_col = None
    elif note_col is None and label_col is not None and label_col < title_col:
        steps = [r[label_col] for r in body if label_col < len(r)]
        if _parts_named(header[label_col], steps, _STEP_HEADS):
            # "| Step | What to do | Time |" over "| Warm-up | Open strings |": named steps.
            title_col, note_col, label_col = label_col, title_col, None
    if note_col is None and title_col is not None:
        from planexport.reader.phase_columns import phase_column

        if (phase := phase_column(header, body, title_col)) is not None and phase not in taken:
            title_col, note_col = phase, title_col  # "| Phase | Durée | Activités détaillées |"
    if note_col is None and title_col is not None and span_col is not None:
        # "Subject | Topic": a second title column is the block's note.
        taken.add(title_col)
        note_col = named(TITLE_COLUMN_WORDS)
        if note_col in skip:
            note_col = None
    if (
        dur_col is not None
        and title_col not in (None, dur_col)
        and at_col is None
        and not length_header(header[dur_col])
        and _in_sentences([r[dur_col] for r in body if dur_col < len(r)])
    ):
        dur_col = None  # "| Übung läuft über | Begrüßung kürzen (spart 5') |": advice, no plan
    used = {span_col, dur_col, at_col, start_col, end_col, day_col, title_col, note_col, label_col}
    # "| Lieu |" beside the block's title: where it takes place, said in its note.
    place_col = next((c for c in sorted(places) if c not in used), None)
    # "| Focus | Resources | Specific Action Items |": a second column of what to do or read
    # beside the note's, said in the note after it.
    more_col = next(
        (
            c
            for c, name in enumerate(header)
            if note_col is not None
            and c not in used
            and c not in skip
            and c not in places
            and has_word(name, (*NOTE_COLUMN_WORDS, *TITLE_COLUMN_WORDS))
        ),
        None,
    )
    roles = {
        "place": place_col,
        "at": at_col,
        "span": span_col,
        "dur": dur_col,
        "title": title_col,
        "note": note_col,
        "more": more_col,
        "label": label_col,
        "day": day_col,
        "start": start_col,
        "end": end_col,
    }
    worded_title(node.rows[0], body, roles)  # "| Modul | Titel |" over "| 01 | Einführung |"
    named_title(node.rows[0], body, roles)  # "| Time | Block | Content |": titled by the block
    sparse_title(header, body, roles, skip | places)  # "| 09:05 |  | A talk |" under "Event"
    workout_title(node.rows[0], body, roles)  # "| Day | Workout | Duration | Focus |"
    count_title(header, body, roles, skip | places)  # "| Day | Problems | Time | Areas |"
    return roles


# Headers of a column that says where a block takes place, folded.
_PLACES = ("location", "place", "venue", "room", "where", "ort", "raum", "saal", "lugar", "sala",
           "aula", "local", "lieu", "salle", "luogo", "sede", "locale", "locatie", "zaal",
           "plaats", "lokaal", "waar", "wo", "donde", "dove", "onde", "ubicacion",
           "localizacao")  # fmt: skip
_MARK = r"\[[ xX]?\]|[✅✔☑☐⬜❌✗✘]\ufe0f?|[xX]"


def _marks(cells: list[str]) -> bool:
    """Whether a column holds only done marks (`[X]`, `[ ]`, `✅`): a status, never a title."""
    filled = [unwrap(cell).strip() for cell in cells if cell.strip()]
    return bool(filled) and all(re.fullmatch(_MARK, cell) for cell in filled)


def _titled(header: str) -> bool:
    """A header that names titles (`Activity`, `Tätigkeit`) and no unit of length."""
    return has_word(header, TITLE_COLUMN_WORDS) and header_unit(header) is None


_LENGTH_HEADERS = ("duration", "dauer", "durata", "duracion", "duree", "duracao", "duur", "length",
                   "lange", "time", "zeit", "tiempo", "temps", "tempo", "tijd", "minutes",
                   "minuten", "minutos", "minuti", "hours", "stunden", "horas", "ore", "heures",
                   "uren", "min", "h")  # fmt: skip


def length_header(header: str) -> bool:
    """Whether a header names lengths (`Dauer`, `Duración`, `Time (min)`)."""
    return header_unit(header) is not None or has_word(header, _LENGTH_HEADERS)


def _in_sentences(cells: list[str]) -> bool:
    """Whether the lengths of a column are said inside sentences (`Intro kürzen (spart 5')`)."""
    wordy = 0
    timed = 0
    for cell in cells:
        found = find_duration(cell)
        if found is None:
            continue
        timed += 1
        rest = cell[: found.start] + " " + cell[found.end :]
        wordy += len(re.findall(r"[^\W\d_]{2,}", rest)) >= 3
    return timed > 0 and 2 * wordy > timed


def advice_table(node: Node) -> bool:
    """Whether a table says lengths only inside sentences, with no column of times or lengths
    (`| Situation | What to cut |` over `Drop the slides (saves 5 min)`): no schedule."""
    cols = column_roles(node)
    if any(cols[key] is not None for key in ("span", "dur", "at", "start")):
        return False
    return any(find_duration(cell) for row in node.rows[1:] for cell in row)


def _cumulative(header: str) -> bool:
    """`Cumul.`, `Kumuliert`, `Total so far`, `Acumulado`: a running total, folded."""
    return bool(re.search(r"\b(?:cumul|kumul|acumul|running total|so far|bisher)", header))


def _row_numbers(header: str, cells: list[str]) -> bool:
    """`| # |`, `| Nr |`, `| N. |`, `| Order |`, `| Paso |` over `1`, `2`, …: the rows'
    numbers or the order of their steps, not their titles."""
    filled = [unwrap(cell).strip() for cell in cells if cell.strip()]
    numbered = [cell for cell in filled if re.fullmatch(r"\d{1,3}[.)]?", cell)]
    words = re.findall(r"[a-z]+", header)
    return (
        re.fullmatch(r"#|n[ro]?\.?|n[°º]|num(?:ber|ero|mer)?\.?|nummer|no\.?|id|", header.strip())
        is not None
        or (len(words) == 1 and words[0] in _STEP_HEADS)
    ) and (len(numbered) >= 2 and 2 * len(numbered) >= len(filled))


def cell_at(row: list[str], col: int | None) -> str:
    return row[col].strip() if col is not None and col < len(row) else ""


def date_column(node: Node, cols: dict[str, int | None]) -> int | None:
    """The column that dates the rows (`Datum`, `Mo, 11.05.2020`), when most rows have one."""
    from planexport.reader.table_dates import cell_date

    body = [row for row in node.rows[1:] if any(cell.strip() for cell in row)]
    if not body:
        return None
    taken = {cols["span"], cols["dur"], cols["start"], cols["end"]}
    header = header_names(node)
    for col in range(len(header)):
        if col in taken and col != cols["day"]:
            continue
        # The rows' dates lead the row or are headed as dates; a "Deadline" column is not one.
        lead = col == 0 or (col == 1 and cols["day"] == 0)
        if not lead and not dates_named(header[col]):
            continue
        found = sum(1 for row in body if col < len(row) and cell_date(row[col], None))
        if found and 2 * found >= sum(1 for row in body if col < len(row) and row[col].strip()):
            return col
    return None
